import { bad, ok, type Parsed } from '../xapi/parsed.ts';
import { inSession } from './session-record.ts';

/**
 * cmi5 §8.2: POST the fetch URL once for the auth token. The URL is one-time use (§8.2.3.1),
 * so the token is kept in sessionStorage: a reload of the same launch reuses it instead of
 * calling the fetch URL again and getting error 1.
 */
export async function fetchToken(win: Window, fetchUrl: string, doFetch: typeof fetch): Promise<Parsed<string>> {
  const key = `cmi5-token:${fetchUrl}`;
  const kept = inSession(win, (s) => s.getItem(key), null);
  if (kept) return ok(kept);
  let body: unknown;
  try {
    const res = await doFetch(fetchUrl, { method: 'POST', credentials: 'omit' });
    body = await res.json();
  } catch (error) {
    return bad(`Fetch-URL-en kunne ikke nås eller svarte ikke med JSON (${String(error)}).`);
  }
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const token = b['auth-token'];
  if (typeof token === 'string' && token !== '') {
    inSession(win, (s) => s.setItem(key, token), undefined);
    return ok(token);
  }
  // §8.2.3.2 error codes: 1 already used/expired, 2 security, 3 application.
  const code = typeof b['error-code'] === 'string' || typeof b['error-code'] === 'number' ? String(b['error-code']) : '?';
  const text = typeof b['error-text'] === 'string' ? b['error-text'] : '';
  return bad(`Fetch-URL-en ga ingen auth-token (feilkode ${code}${text ? `: ${text}` : ''}). Start kurset på nytt fra læringsplattformen.`);
}
