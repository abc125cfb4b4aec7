import { describe, expect, it } from 'vitest';
import { parseCmi5Launch } from '../../../../src/tracking/cmi5/cmi5-launch.ts';
import { parseTinCanLaunch } from '../../../../src/tracking/xapi/launch-params.ts';

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const good = {
  endpoint: 'https://lrs.example/xapi',
  auth: 'Basic dGVzdDp0ZXN0',
  actor: JSON.stringify({ objectType: 'Agent', name: 'Kari', mbox: 'mailto:kari@example.no' }),
  registration: '6B1B9A59-4A63-4C6F-9D5E-0A1B2C3D4E5F',
  activity_id: 'https://kurs.example/god-ledelse',
};
const without = (key: keyof typeof good) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));

describe('Tin Can launch parameters', () => {
  it('reads a good launch: endpoint gets a trailing slash, registration is lower-cased', () => {
    const r = parseTinCanLaunch(q(good));
    expect(r).toEqual({
      ok: true,
      value: {
        endpoint: 'https://lrs.example/xapi/',
        auth: 'Basic dGVzdDp0ZXN0',
        actor: { objectType: 'Agent', name: 'Kari', mbox: 'mailto:kari@example.no' },
        registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f',
        activityId: 'https://kurs.example/god-ledelse',
        language: null,
      },
    });
  });

  it.each([
    ['old array form', { name: ['Kari'], mbox: ['mailto:kari@example.no'] }, { objectType: 'Agent', name: 'Kari', mbox: 'mailto:kari@example.no' }],
    ['account', { account: { homePage: 'https://lms.example', name: '42' } }, { objectType: 'Agent', account: { homePage: 'https://lms.example', name: '42' } }],
    ['0.95 account array', { name: ['K'], account: [{ accountServiceHomePage: 'https://lms.example', accountName: '42' }] }, { objectType: 'Agent', name: 'K', account: { homePage: 'https://lms.example', name: '42' } }],
    ['sha1', { mbox_sha1sum: 'a'.repeat(40) }, { objectType: 'Agent', mbox_sha1sum: 'a'.repeat(40) }],
  ])('reads the actor in the %s', (_name, actor, expected) => {
    const r = parseTinCanLaunch(q({ ...good, actor: JSON.stringify(actor) }));
    expect(r.ok && r.value.actor).toEqual(expected);
  });

  it('registration and activity_id are optional (the Tin Can launch lets the LMS omit them)', () => {
    const r = parseTinCanLaunch(q({ endpoint: good.endpoint, auth: good.auth, actor: good.actor }));
    expect(r.ok && [r.value.registration, r.value.activityId]).toEqual([null, null]);
  });

  it.each([
    ['no parameters at all', '', '"endpoint" mangler'],
    ['endpoint missing', q(without('endpoint')), '"endpoint" mangler'],
    ['endpoint relative', q({ ...good, endpoint: '/xapi' }), '"endpoint" er ikke en absolutt URL'],
    ['endpoint javascript:', q({ ...good, endpoint: 'javascript:alert(1)' }), '"endpoint" må være en http(s)-URL'],
    ['endpoint with credentials', q({ ...good, endpoint: 'https://u:p@lrs.example/' }), 'brukernavn eller passord'],
    ['auth missing', q(without('auth')), '"auth" mangler'],
    ['auth with a line break', q({ ...good, auth: 'Basic x\r\nX-Evil: 1' }), '"auth" inneholder tegn'],
    ['actor missing', q(without('actor')), '"actor" mangler'],
    ['actor not JSON', q({ ...good, actor: '{name:' }), '"actor" er ikke gyldig JSON'],
    ['actor an array', q({ ...good, actor: '[]' }), 'ikke et JSON-objekt'],
    ['actor without identifier', q({ ...good, actor: '{"name":"Kari"}' }), 'mangler identifikator'],
    ['actor with two identifiers', q({ ...good, actor: JSON.stringify({ mbox: 'mailto:a@b.no', openid: 'https://id.example/a' }) }), 'mer enn én identifikator'],
    ['actor mbox without mailto', q({ ...good, actor: '{"mbox":"kari@example.no"}' }), '"actor.mbox" må ha formen'],
    ['actor a Group', q({ ...good, actor: '{"objectType":"Group","mbox":"mailto:a@b.no"}' }), 'må være en Agent'],
    ['actor account without homePage', q({ ...good, actor: '{"account":{"name":"x"}}' }), '"actor.account.homePage"'],
    ['registration not a UUID', q({ ...good, registration: 'abc' }), '"registration" er ikke en UUID'],
    ['activity_id not an IRI', q({ ...good, activity_id: 'kurs' }), '"activity_id" er ikke en absolutt IRI'],
  ])('rejects %s and names the parameter', (_name, search, problem) => {
    const r = parseTinCanLaunch(search);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(problem);
  });
});

describe('cmi5 launch parameters (cmi5 §8.1)', () => {
  const cmi5 = {
    endpoint: 'https://lms.example/lrs',
    fetch: 'https://lms.example/fetch/abc',
    actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'kari' } }),
    registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f',
    activityId: 'https://lms.example/au/1',
  };
  it('reads a good launch', () => {
    const r = parseCmi5Launch(q(cmi5));
    expect(r.ok && r.value).toMatchObject({ endpoint: 'https://lms.example/lrs/', fetchUrl: cmi5.fetch, activityId: cmi5.activityId });
  });
  it('keeps the actor exactly as the LMS gave it (CATAPULT 8.1.3.0-3 compares it deep-equal)', () => {
    const actor = { account: { homePage: 'https://lms.example', name: 'kari' }, name: 'Kari' };
    const r = parseCmi5Launch(q({ ...cmi5, actor: JSON.stringify(actor) }));
    expect(r.ok && r.value.actor).toEqual(actor);
  });
  it.each([
    ['fetch missing', { ...cmi5, fetch: '' }, '"fetch" mangler'],
    ['fetch relative', { ...cmi5, fetch: 'fetch/abc' }, '"fetch" er ikke en absolutt URL'],
    ['actor without account (§9.2)', { ...cmi5, actor: '{"mbox":"mailto:a@b.no"}' }, 'må ha en "account"'],
    ['registration missing', { ...cmi5, registration: '' }, '"registration" mangler'],
    ['activityId missing', { ...cmi5, activityId: '' }, '"activityId" mangler'],
  ])('rejects %s', (_name, params, problem) => {
    const r = parseCmi5Launch(q(params));
    expect(!r.ok && r.problem).toContain(problem);
  });
});
