import { describe, expect, it } from 'vitest';
import { cmiTime12, cmiTimespan12, isoDuration, isoTimestamp } from '../../../../src/tracking/scorm/scorm-time.ts';

// Patterns from the specs (SCORM 1.2 RTE 3.4.2 CMITimespan / CMITime; SCORM 2004 RTE 4.1.1.7–8).
const TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const DURATION_2004 = /^P(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)$/;
const TIMESTAMP_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}Z$/;

describe('SCORM 1.2 CMITimespan', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [61_000, '0000:01:01.00'],
    [3_600_000 * 12 + 5, '0012:00:00.01'],
    [3_600_000 * 10_000, '9999:59:59.99'], // capped: 4 digits of hours at most
    [-5, '0000:00:00.00'],
  ])('%d ms → %s', (ms, expected) => {
    expect(cmiTimespan12(ms)).toBe(expected);
    expect(expected).toMatch(TIMESPAN_12);
  });
});

describe('SCORM 1.2 CMITime', () => {
  it('is the local time of day, HH:MM:SS', () => {
    const at = new Date(2026, 10, 27, 9, 5, 7, 999);
    expect(cmiTime12(at)).toBe('09:05:07');
    expect(cmiTime12(at)).toMatch(TIME_12);
  });
});

describe('SCORM 2004 timeinterval (ISO 8601 duration)', () => {
  it.each([
    [0, 'PT0S'],
    [1230, 'PT1.23S'],
    [1500, 'PT1.5S'],
    [60_000, 'PT1M'],
    [3_723_450, 'PT1H2M3.45S'],
    [3_600_000, 'PT1H'],
    [90 * 3_600_000, 'PT90H'],
  ])('%d ms → %s', (ms, expected) => {
    expect(isoDuration(ms)).toBe(expected);
    expect(expected).toMatch(DURATION_2004);
  });
});

describe('SCORM 2004 time (timestamp)', () => {
  it('writes UTC with fractional seconds before the Z, as the spec requires', () => {
    const value = isoTimestamp(new Date(Date.UTC(2026, 10, 27, 16, 35, 47, 123)));
    expect(value).toBe('2026-11-27T16:35:47.12Z');
    expect(value).toMatch(TIMESTAMP_2004);
  });
});
