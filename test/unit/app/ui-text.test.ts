import { describe, expect, it } from 'vitest';
import { SAME_AS_BOKMAL } from '../../../src/app/i18n/same-as-bokmal.ts';
import { uiText, type UiText } from '../../../src/app/i18n/ui-text.ts';

/**
 * nynorsk and English have every key bokmål has (the type already demands it; this also
 * catches an `as` cast or a spread), and none is left in bokmål: every text differs from the
 * bokmål one, apart from the listed keys (src/app/i18n/same-as-bokmal.ts).
 */
const SAME_IN_NN = new Set(SAME_AS_BOKMAL.nn);
const SAME_IN_EN = new Set(SAME_AS_BOKMAL.en);

/** Each text as strings: a function is called with samples that reach each of its branches (1 and many, 0 wrong). */
function samples(value: unknown, key: string): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'function') throw new Error(`unexpected ${typeof value}`);
  const f = value as (...args: unknown[]) => unknown;
  if (key === 'formatDate') return [String(f(new Date(2026, 11, 6)))];
  if (key === 'original') return ['nb', 'nn', 'en'].map((lang) => String(f(lang)));
  return [
    [2, 5],
    [1, 1],
    [0, 4],
  ].map((args) => String(f(...args)));
}

/** Leaves of the text tree by dotted key ("status.saved"). */
function leaves(text: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(text)) {
    if (typeof value === 'object' && value !== null) for (const [k, v] of leaves(value as object, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

const nb = leaves(uiText('nb'));

describe.each([
  ['nn', SAME_IN_NN],
  ['en', SAME_IN_EN],
] as const)('UI text in %s', (locale, same) => {
  const other = leaves(uiText(locale));

  it('has exactly the keys bokmål has, each of the same kind', () => {
    expect([...other.keys()].sort()).toEqual([...nb.keys()].sort());
    for (const [key, value] of nb) expect(typeof other.get(key), key).toBe(typeof value);
  });

  it('leaves no text in bokmål, apart from the listed words that are the same', () => {
    const equal = [...nb].filter(([key, value]) => samples(other.get(key), key).join('|') === samples(value, key).join('|')).map(([key]) => key);
    expect(equal.sort()).toEqual([...same].sort());
  });

  it('has no empty text', () => {
    for (const [key, value] of other) for (const s of samples(value, key)) expect(s.trim(), key).not.toBe('');
  });
});

describe('UI text: numbers and dates as each language writes them', () => {
  const date = new Date(2026, 11, 6);
  it.each([
    ['nb', '6. desember 2026', '80\u00a0%'],
    ['nn', '6. desember 2026', '80\u00a0%'],
    ['en', '6 December 2026', '80%'],
  ] as const)('%s', (locale, day, pct) => {
    const ui: UiText = uiText(locale);
    expect(ui.formatDate(date)).toBe(day);
    expect(ui.percent(80)).toBe(pct);
  });

  it('nynorsk and English follow the chosen forms', () => {
    expect(uiText('nn').status.saved).toBe('Alt er lagra');
    expect(uiText('nn').notRated).toBe('ikkje svart');
    expect(uiText('en').certificateTitle).toBe('Certificate of completion');
    expect(uiText('nn').attemptsLeft(1)).toBe('Du har 1 forsøk att.');
    expect(uiText('en').attemptsLeft(2)).toBe('You have 2 attempts left.');
  });
});
