/** Either a value or a precise problem for the admin (which parameter, what is wrong). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T = never>(problem: string): Parsed<T> => ({ ok: false, problem });
