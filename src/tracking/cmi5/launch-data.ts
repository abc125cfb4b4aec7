import { httpUrl } from '../../util/http-url.ts';
import type { LaunchMode } from '../tracker.ts';
import { bad, ok, type Parsed } from '../xapi/parsed.ts';
import type { Context } from '../xapi/types.ts';
import { CMI5 } from '../xapi/vocabulary.ts';

/** cmi5 §10: the LMS.LaunchData state document, the parts the AU acts on. */
export interface LaunchData {
  launchMode: LaunchMode;
  /** 0–1, or null when the course structure set none. */
  masteryScore: number | null;
  moveOn: string | null;
  returnUrl: string | null;
  /** returnURL was given but is not an http(s) URL (javascript:, data:…): ignored, for the admin. */
  returnUrlIgnored: string | null;
  contextTemplate: Context;
  sessionId: string;
}

export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';

const MODES: Record<string, LaunchMode> = { Normal: 'normal', Browse: 'browse', Review: 'review' };

export function parseLaunchData(body: string, baseUrl: string): Parsed<LaunchData> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return bad('State-dokumentet LMS.LaunchData er ikke gyldig JSON.');
  }
  if (typeof data !== 'object' || data === null) return bad('State-dokumentet LMS.LaunchData er ikke et JSON-objekt.');
  const d = data as Record<string, unknown>;
  const mode = typeof d.launchMode === 'string' ? MODES[d.launchMode] : undefined;
  if (!mode) return bad(`LMS.LaunchData.launchMode må være "Normal", "Browse" eller "Review", ikke ${JSON.stringify(d.launchMode)}.`);
  const template = d.contextTemplate;
  if (typeof template !== 'object' || template === null || Array.isArray(template)) return bad('LMS.LaunchData.contextTemplate mangler eller er ikke et objekt.');
  const ctx = template as Context;
  // §10 contextTemplate MUST carry the session id (§9.6.3.1), which every statement must include.
  const sessionId = ctx.extensions?.[CMI5.sessionId];
  if (typeof sessionId !== 'string' || sessionId === '') return bad(`LMS.LaunchData.contextTemplate mangler session id (${CMI5.sessionId}).`);
  let masteryScore: number | null = null;
  if (d.masteryScore !== undefined && d.masteryScore !== null) {
    if (typeof d.masteryScore !== 'number' || !(d.masteryScore >= 0 && d.masteryScore <= 1)) return bad('LMS.LaunchData.masteryScore må være et tall mellom 0 og 1.');
    masteryScore = d.masteryScore;
  }
  // A bad returnURL must not cost the learner the course: ignore it (never navigate to
  // javascript:/data:), tell the admin, and stay on the course's own end screen.
  const returnUrl = httpUrl(d.returnURL, baseUrl);
  const returnUrlIgnored = d.returnURL !== undefined && d.returnURL !== null && returnUrl === null ? JSON.stringify(d.returnURL).slice(0, 200) : null;
  return ok({
    launchMode: mode,
    masteryScore,
    moveOn: typeof d.moveOn === 'string' ? d.moveOn : null,
    returnUrl,
    returnUrlIgnored,
    contextTemplate: ctx,
    sessionId,
  });
}

/** cmi5 §11.1: languagePreference is a comma-separated list, most preferred first; the valid tags, in order. */
export function parseLanguagePreference(body: string | null): string | null {
  if (!body) return null;
  try {
    const d = JSON.parse(body) as { languagePreference?: unknown };
    if (typeof d.languagePreference !== 'string') return null;
    const tags = d.languagePreference.split(',').map((t) => t.trim()).filter((t) => /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(t));
    return tags.length ? tags.join(',') : null;
  } catch {
    return null;
  }
}
