import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../src/app/i18n/choose-locale.ts';

describe('chooseLocale', () => {
  it.each([
    [null, ['nb'], 'nb'],
    ['nb-NO', ['nb'], 'nb'],
    ['no', ['nb', 'nn'], 'nb'],
    ['nn-NO', ['nb', 'nn'], 'nn'],
    ['nno', ['nb', 'nn'], 'nn'],
    ['nn_NO', ['nb'], 'nb'],
    ['en-GB', ['nb', 'en'], 'en'],
    ['sv-SE,en', ['nb', 'en'], 'en'],
    ['de', ['nb', 'nn', 'en'], 'nb'],
    ['', ['nb'], 'nb'],
  ] as const)('%j with %j → %s', (preferred, available, expected) => {
    expect(chooseLocale(preferred, available)).toBe(expected);
  });
});
