/**
 * An absolute http(s) URL, resolved against `base`, or null. Used for every URL the course
 * navigates to that came from outside (cmi5 returnURL): never javascript:, data: or the like.
 */
export function httpUrl(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
