/** The calendar day of `at` on the learner's own clock, as YYYY-MM-DD. */
export function dayOf(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

/** The start of a YYYY-MM-DD day on the learner's clock; null when it is not a real calendar day (2026-02-30). */
export function fromDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  return date && dayOf(date) === day ? date : null;
}
