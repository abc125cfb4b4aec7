import { parseActor } from '../xapi/actor.ts';
import { parseActivityId, parseEndpoint, parseRegistration } from '../xapi/launch-params.ts';
import { bad, ok, type Parsed } from '../xapi/parsed.ts';
import type { Agent } from '../xapi/types.ts';

/** cmi5 §8.1: the launch URL's five name/value pairs, all required. */
export interface Cmi5Launch {
  endpoint: string;
  fetchUrl: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

/** cmi5 §8.1 launch parameters (tracking sheet: packaging/xapi/tracking-sheet.ts). */
export const CMI5_LAUNCH_PARAMS = [
  { name: 'endpoint', required: true, what: 'LRS-ets xAPI-adresse (cmi5 §8.1.1).' },
  { name: 'fetch', required: true, what: 'Engangs-URL for auth-token (§8.1.2, §8.2); tokenet gjenbrukes ved omlasting i samme fane.' },
  { name: 'actor', required: true, what: 'Deltakeren som Agent med account (§8.1.3, §9.2).' },
  { name: 'registration', required: true, what: 'Påmeldingens UUID (§8.1.4).' },
  { name: 'activityId', required: true, what: 'AU-ens aktivitets-id i LMS-et; objektet for alle cmi5-definerte utsagn (§8.1.5).' },
] as const;

export function parseCmi5Launch(search: string): Parsed<Cmi5Launch> {
  const q = new URLSearchParams(search);
  const endpoint = parseEndpoint(q.get('endpoint'));
  if (!endpoint.ok) return endpoint;
  // §8.1.2: fetch is a URL; we only ever POST to it (§8.2).
  const fetchRaw = q.get('fetch');
  if (fetchRaw === null || fetchRaw === '') return bad('Parameteren "fetch" mangler.');
  let fetchUrl: URL;
  try {
    fetchUrl = new URL(fetchRaw);
  } catch {
    return bad('Parameteren "fetch" er ikke en absolutt URL.');
  }
  if (fetchUrl.protocol !== 'https:' && fetchUrl.protocol !== 'http:') return bad('Parameteren "fetch" må være en http(s)-URL.');
  const actor = parseActor(q.get('actor'));
  if (!actor.ok) return actor;
  // §9.2: the actor of cmi5 defined statements MUST be an Agent with an account.
  if (!actor.value.account) return bad('Parameteren "actor" må ha en "account" (cmi5 §9.2).');
  // Both required: a missing one is a problem above, so their values are never null below.
  const registration = parseRegistration(q.get('registration'), true);
  if (!registration.ok) return registration;
  const activityId = parseActivityId(q.get('activityId'), 'activityId', true);
  if (!activityId.ok) return activityId;
  // §8.1.3: the AU MUST use the "actor" value as given: CATAPULT compares it deep-equal (rule
  // 8.1.3.0-3), so a normalised copy (an added objectType) would be refused. It was validated above.
  const given = JSON.parse(q.get('actor') ?? '{}') as Record<string, unknown>;
  const asGiven = Object.values(given).every((v) => !Array.isArray(v)) ? (given as Agent) : actor.value;
  return ok({ endpoint: endpoint.value, fetchUrl: fetchUrl.href, actor: asGiven, registration: registration.value ?? '', activityId: activityId.value ?? '' });
}
