import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../../src/util/http-url.ts';

describe('httpUrl', () => {
  it.each([
    ['https://lms.example/back', 'https://lms.example/back'],
    ['/return?x=1', 'https://au.example/return?x=1'],
    ['http://lms.example', 'http://lms.example/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['', null],
    [42, null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(httpUrl(raw, 'https://au.example/index.html')).toBe(expected);
  });
});
