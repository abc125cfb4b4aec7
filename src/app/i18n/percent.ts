/**
 * A number with a percent sign as bokmål and nynorsk write it (Språkrådet: a space before the
 * sign), the space a no-break one (U+00A0), so the sign never wraps alone onto the next line.
 */
export const norwegianPercent = (n: number): string => `${n}\u00a0%`;
