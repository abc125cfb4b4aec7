/**
 * xAPI durations are ISO 8601 (xAPI 1.0.3 §4.6), and an LRS may truncate to 0.01 s, so we
 * send at most two decimals. Hours rather than days keep the value unambiguous.
 */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
