/**
 * A strict LMS profile for any SCORM API object (scorm-again in the e2e harness and in
 * `npm run preview:lms`, the fake API in unit tests). Real LMSs are stricter than scorm-again;
 * each rule below is one we met in a real system, read from its source (Moodle 4.5,
 * mod/scorm/datamodels/scorm_13.js and datamodel.php) or seen in the field. Self-contained (no
 * imports): the preview server and the e2e harness serve it to the browser as it is.
 *
 * Test-only code: it never ships in a package.
 */
export interface StrictProfile {
  version: '12' | '2004';
  /**
   * Moodle 4.5's rules:
   * - scorm_13.js CMIShortIdentifier `^[\w\.]{1,250}$`: every node of a choice / sequencing
   *   learner_response or correct_responses pattern must match it, else SetValue is "false",
   *   GetLastError 406 (a hyphen is refused).
   * - scorm_13.js: a choice correct_responses pattern equal to an earlier one is 351.
   * - datamodel.php: an `adl.nav.request` other than suspendAll is run through the sequencing
   *   library, which fails with a PHP error; the page answers HTML instead of "true\n0", so every
   *   later Commit and Terminate (StoreData re-sends the request each time) returns "false", 101.
   * - scorm_13.js: cmi.interactions.n.id with n above _count is 351 "Set Out Of Order".
   */
  moodle?: boolean;
  /** Commit and Terminate block the page this long, like a synchronous XHR to a slow server. */
  commitDelayMs?: number;
  /** SetValue and Commit store the value but answer "false" with GetLastError 0 (several LMSs). */
  falseWithZero?: boolean;
  /** A regular expression: SetValue on a matching element is refused (1.2: 405, 2004: 351). */
  refuse?: string | null;
  /** Initialize fails this many times (1.2: 101, 2004: 102) before it works. */
  failInitialize?: number;
}

type Fn = (...args: string[]) => unknown;

const NAMES = {
  '12': { init: 'LMSInitialize', finish: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit', err: 'LMSGetLastError' },
  '2004': { init: 'Initialize', finish: 'Terminate', set: 'SetValue', commit: 'Commit', err: 'GetLastError' },
} as const;

/** Moodle scorm_13.js CMIShortIdentifier. */
export const MOODLE_SHORT_IDENTIFIER = /^[\w.]{1,250}$/;

/** Parses the profile from URL parameters (`moodle=1&slowCommit=500&falseZero=1&refuse=…&failInit=2`). */
export function profileFromQuery(version: '12' | '2004', params: URLSearchParams): StrictProfile {
  return {
    version,
    moodle: params.get('moodle') === '1',
    commitDelayMs: Number(params.get('slowCommit') ?? 0) || 0,
    falseWithZero: params.get('falseZero') === '1',
    refuse: params.get('refuse'),
    failInitialize: Number(params.get('failInit') ?? 0) || 0,
  };
}

/** Wraps the API object's methods in place with the profile's rules. */
export function applyStrictProfile(api: Record<string, unknown>, profile: StrictProfile): void {
  const names = NAMES[profile.version];
  const original = (name: string): Fn => {
    const fn = api[name];
    if (typeof fn !== 'function') throw new Error(`strict profile: the API has no ${name}`);
    return (fn as Fn).bind(api);
  };
  const init = original(names.init);
  const finish = original(names.finish);
  const set = original(names.set);
  const commit = original(names.commit);
  const lastError = original(names.err);
  const refuse = profile.refuse ? new RegExp(profile.refuse) : null;
  const refuseCode = profile.version === '12' ? '405' : '351';
  const types = new Map<string, string>();
  const patterns = new Map<string, string[]>();
  let interactionCount = 0;
  let initFailures = profile.failInitialize ?? 0;
  let navBroken = false;
  let forced: string | null = null;
  const moodle2004 = profile.moodle === true && profile.version === '2004';

  const fail = (code: string): string => {
    forced = code;
    return 'false';
  };
  const block = () => {
    const until = Date.now() + (profile.commitDelayMs ?? 0);
    while (Date.now() < until) {
      // a synchronous XHR: the page can do nothing else meanwhile
    }
  };
  /** Moodle's checks on a value before it is stored; a code when refused, else null. */
  const moodleRefusal = (element: string, value: string): string | null => {
    const id = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
    if (id && Number(id[1]) > interactionCount) return '351';
    const m = /^cmi\.interactions\.(\d+)\.(learner_response|correct_responses\.\d+\.pattern)$/.exec(element);
    const type = m ? types.get(m[1] ?? '') : undefined;
    if (m && (type === 'choice' || type === 'sequencing')) {
      if (!value.split('[,]').every((node) => MOODLE_SHORT_IDENTIFIER.test(node))) return '406';
      if (type === 'choice' && m[2] !== 'learner_response') {
        const seen = patterns.get(m[1] ?? '') ?? [];
        if (seen.includes(value)) return '351';
      }
    }
    return null;
  };

  api[names.init] = (...args: string[]) => {
    forced = null;
    if (initFailures > 0) {
      initFailures -= 1;
      return fail(profile.version === '12' ? '101' : '102');
    }
    return init(...args);
  };
  api[names.set] = (...args: string[]) => {
    forced = null;
    const [element = '', value = ''] = args;
    if (refuse?.test(element)) return fail(refuseCode);
    if (moodle2004) {
      const refused = moodleRefusal(element, value);
      if (refused) return fail(refused);
    }
    const result = set(element, value);
    if (String(result) === 'true') {
      const id = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
      if (id && Number(id[1]) === interactionCount) interactionCount += 1;
      const type = /^cmi\.interactions\.(\d+)\.type$/.exec(element);
      if (type) types.set(type[1] ?? '', value);
      const pattern = /^cmi\.interactions\.(\d+)\.correct_responses\.\d+\.pattern$/.exec(element);
      if (pattern) patterns.set(pattern[1] ?? '', [...(patterns.get(pattern[1] ?? '') ?? []), value]);
      if (moodle2004 && element === 'adl.nav.request' && value !== '_none_' && value !== 'suspendAll') navBroken = true;
      if (profile.falseWithZero) return fail('0');
    }
    return result;
  };
  api[names.commit] = (...args: string[]) => {
    forced = null;
    block();
    if (navBroken) return fail('101');
    const result = commit(...args);
    return String(result) === 'true' && profile.falseWithZero ? fail('0') : result;
  };
  api[names.finish] = (...args: string[]) => {
    forced = null;
    block();
    if (navBroken) return fail('101'); // Moodle: StoreData failed, the session is not terminated
    return finish(...args);
  };
  api[names.err] = () => forced ?? lastError();
}
