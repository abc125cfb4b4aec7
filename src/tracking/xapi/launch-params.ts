import { langParameter } from '../../app/i18n/choose-locale.ts';
import { absoluteIri, parseActor } from './actor.ts';
import { bad, ok, type Parsed } from './parsed.ts';
import type { Agent } from './types.ts';
import { UUID_PATTERN } from './uuid.ts';

/** What a Tin Can launch (Rustici "Tin Can launch" document, "Launch Link") gives the course. */
export interface TinCanLaunch {
  /** Always ends in "/" so resource paths can be appended. */
  endpoint: string;
  auth: string;
  actor: Agent;
  registration: string | null;
  activityId: string | null;
  /** The learner's language (a language tag) when the LMS gives one (`lang`), else null. */
  language: string | null;
}

/** The Tin Can launch parameters the course reads (tracking sheet: packaging/xapi/tracking-sheet.ts). */
export const TIN_CAN_LAUNCH_PARAMS = [
  { name: 'endpoint', required: true, what: 'LRS-ets xAPI-adresse (http/https, uten brukernavn, spørring eller fragment).' },
  { name: 'auth', required: true, what: 'Verdien til Authorization-headeren (f.eks. `Basic …`).' },
  { name: 'actor', required: true, what: 'Deltakeren som xAPI Agent i JSON, med nøyaktig én identifikator (mbox, mbox_sha1sum, openid eller account). Også Tin Can 0.95-formen med lister.' },
  { name: 'registration', required: false, what: 'UUID for påmeldingen; følger med på alle utsagn og State-dokumentet.' },
  { name: 'activity_id', required: false, what: 'Kursets aktivitets-id i LMS-et; ellers kursets egen id.' },
  { name: 'lang', required: false, what: 'Deltakerens foretrukne språk som språkkode (f.eks. `nn-NO`, `en`); kurset åpner på det når det finnes (nb, nn, en), ellers nettleserens språk eller bokmål.' },
] as const;

/** An xAPI endpoint: absolute http(s), no user:password inside the URL. */
export function parseEndpoint(raw: string | null, param = 'endpoint'): Parsed<string> {
  if (raw === null || raw.trim() === '') return bad(`Parameteren "${param}" mangler.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return bad(`Parameteren "${param}" er ikke en absolutt URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad(`Parameteren "${param}" må være en http(s)-URL, ikke ${url.protocol}.`);
  if (url.username || url.password) return bad(`Parameteren "${param}" må ikke inneholde brukernavn eller passord.`);
  if (url.search || url.hash) return bad(`Parameteren "${param}" må ikke ha spørring (?…) eller fragment (#…).`);
  return ok(url.href.endsWith('/') ? url.href : `${url.href}/`);
}

/** An Authorization header value: printable ASCII only (no line breaks: header injection). */
export function parseAuth(raw: string | null): Parsed<string> {
  if (raw === null || raw.trim() === '') return bad('Parameteren "auth" mangler.');
  if (!/^[\x20-\x7e]+$/.test(raw)) return bad('Parameteren "auth" inneholder tegn som ikke er tillatt i en Authorization-header.');
  if (raw.length > 8192) return bad('Parameteren "auth" er for lang.');
  return ok(raw.trim());
}

export function parseRegistration(raw: string | null, required: boolean): Parsed<string | null> {
  if (raw === null || raw === '') return required ? bad('Parameteren "registration" mangler.') : ok(null);
  return UUID_PATTERN.test(raw) ? ok(raw.toLowerCase()) : bad('Parameteren "registration" er ikke en UUID.');
}

export function parseActivityId(raw: string | null, param: string, required: boolean): Parsed<string | null> {
  if (raw === null || raw === '') return required ? bad(`Parameteren "${param}" mangler.`) : ok(null);
  return absoluteIri(raw) ? ok(raw) : bad(`Parameteren "${param}" er ikke en absolutt IRI.`);
}

/**
 * endpoint, auth and actor are required. registration and activity_id are optional in the
 * Tin Can launch document (an LMS may omit them), but when present they must be well formed.
 */
export function parseTinCanLaunch(search: string): Parsed<TinCanLaunch> {
  const q = new URLSearchParams(search);
  const endpoint = parseEndpoint(q.get('endpoint'));
  if (!endpoint.ok) return endpoint;
  const auth = parseAuth(q.get('auth'));
  if (!auth.ok) return auth;
  const actor = parseActor(q.get('actor'));
  if (!actor.ok) return actor;
  const registration = parseRegistration(q.get('registration'), false);
  if (!registration.ok) return registration;
  const activityId = parseActivityId(q.get('activity_id'), 'activity_id', false);
  if (!activityId.ok) return activityId;
  // `lang` is advisory: a malformed one is ignored, never a reason to refuse the launch.
  return ok({ endpoint: endpoint.value, auth: auth.value, actor: actor.value, registration: registration.value, activityId: activityId.value, language: langParameter(search) });
}
