/** Time and duration formats of the two SCORM versions. Pure functions, table-tested. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * SCORM 1.2 RTE 3.4.2 CMITimespan: HHHH:MM:SS.SS (hours 2–4 digits, optional 1–2 decimals).
 * Hours beyond 9999 cannot be written; we cap there rather than send an invalid value.
 */
export function cmiTimespan12(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), (9999 * 3600 + 59 * 60 + 59) * 100 + 99);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h, 4)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** SCORM 1.2 RTE 3.4.2 CMITime: HH:MM:SS, a time of day (1.2 has no date); the learner's local time. */
export function cmiTime12(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/**
 * SCORM 2004 RTE 4.1.1.8 timeinterval (second,10,2): ISO 8601 duration, precision 0.01 s,
 * e.g. PT1H2M3.45S. Zero is PT0S.
 */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const rest = cs % 6000;
  const s = rest % 100 === 0 ? String(rest / 100) : (rest / 100).toFixed(2).replace(/0$/, '');
  let out = 'PT';
  if (h) out += `${h}H`;
  if (m) out += `${m}M`;
  if (rest || (!h && !m)) out += `${s}S`;
  return out;
}

/**
 * SCORM 2004 RTE 4.1.1.7 time (second,10,0): YYYY-MM-DDThh:mm:ss.s[TZD]. The time zone
 * designator is only allowed after fractional seconds, so we always write them, in UTC.
 */
export function isoTimestamp(at: Date): string {
  const iso = at.toISOString(); // 2026-11-27T16:35:47.123Z
  return `${iso.slice(0, 22)}Z`; // keep 2 decimals: 2026-11-27T16:35:47.12Z
}
