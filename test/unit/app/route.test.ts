import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, START_HASH } from '../../../src/app/route.ts';

describe('hash routes', () => {
  it('round-trip every screen', () => {
    for (const hash of ['#/', '#/innhold', '#/oppsummering', '#/tilgjengelighet', '#/side/kjenn-rammene-1']) expect(formatRoute(parseRoute(hash))).toBe(hash);
  });

  it('anything else is the start page', () => {
    for (const hash of ['', '#', '#/side/', '#/ukjent', '#/constructor', '#innhold/x']) expect(parseRoute(hash)).toEqual({ screen: 'start' });
    expect(parseRoute('#innhold')).toEqual({ screen: 'contents' });
    expect(parseRoute('#/side/a%2Fb')).toEqual({ screen: 'page', pageId: 'a/b' });
    expect(formatRoute({ screen: 'page', pageId: 'a/b' })).toBe('#/side/a%2Fb');
  });

  it('the prerendered Start link (#/start) reads as the start page, not a page of its own', () => {
    // boot.tsx turns it into a press on Start; the app itself only ever sees the start page there.
    expect(parseRoute(START_HASH)).toEqual({ screen: 'start' });
    expect(formatRoute(parseRoute(START_HASH))).toBe('#/');
  });
});
