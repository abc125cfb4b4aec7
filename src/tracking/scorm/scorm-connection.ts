/**
 * One small, version-neutral face over the two SCORM run-time APIs. It turns the LMS's
 * answers into plain booleans and strings, reads GetLastError/GetErrorString/GetDiagnostic
 * after every call that went wrong, logs it, and never throws: an LMS API is foreign code
 * (some throw, some return true/"true"/1, numbers instead of strings).
 */
export interface ScormFault {
  call: string;
  element?: string;
  code: number;
  text: string;
  diagnostic: string;
}

export interface ScormConnection {
  initialize(): boolean;
  terminate(): boolean;
  /** The value, or null when the LMS reports an error for this element. */
  get(element: string): string | null;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** The error code of the last failed call (0 when it succeeded). */
  lastCode(): number;
}

type Fn = (...args: string[]) => unknown;

export interface Methods {
  initialize: string;
  terminate: string;
  get: string;
  set: string;
  commit: string;
  lastError: string;
  errorString: string;
  diagnostic: string;
}

/** SCORM 1.2 RTE 3.3.2: the LMS-prefixed function names. */
export const SCORM12_METHODS: Methods = {
  initialize: 'LMSInitialize',
  terminate: 'LMSFinish',
  get: 'LMSGetValue',
  set: 'LMSSetValue',
  commit: 'LMSCommit',
  lastError: 'LMSGetLastError',
  errorString: 'LMSGetErrorString',
  diagnostic: 'LMSGetDiagnostic',
};

/** SCORM 2004 RTE 3.1.3: the API_1484_11 function names. */
export const SCORM2004_METHODS: Methods = {
  initialize: 'Initialize',
  terminate: 'Terminate',
  get: 'GetValue',
  set: 'SetValue',
  commit: 'Commit',
  lastError: 'GetLastError',
  errorString: 'GetErrorString',
  diagnostic: 'GetDiagnostic',
};

/** LMSs answer "true", true, or even 1; anything else is a failure. */
export function isTrue(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && value.trim().toLowerCase() === 'true';
}

export function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export interface ConnectionOptions {
  /** Error codes that a GetValue may legitimately return (not logged as faults). */
  quietGetCodes: readonly number[];
  log: (fault: ScormFault) => void;
}

/** Wraps an API object when it has every method we need; otherwise null (not a usable API). */
export function connect(api: unknown, methods: Methods, options: ConnectionOptions): ScormConnection | null {
  if (api === null || typeof api !== 'object') return null;
  const record = api as Record<string, unknown>;
  const fns: Partial<Record<keyof Methods, Fn>> = {};
  for (const key of Object.keys(methods) as (keyof Methods)[]) {
    const fn = record[methods[key]];
    if (typeof fn !== 'function') return null;
    fns[key] = (...args: string[]) => (fn as Fn).apply(api, args);
  }
  const call = (key: keyof Methods, ...args: string[]): { ok: true; value: unknown } | { ok: false; error: unknown } => {
    try {
      return { ok: true, value: fns[key]?.(...args) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const lastCode = (): number => {
    const r = call('lastError');
    const code = r.ok ? parseInt(asString(r.value), 10) : NaN;
    return Number.isFinite(code) ? code : 0;
  };
  let last = 0;
  const fault = (name: string, element: string | undefined, code: number, thrown?: unknown): void => {
    last = code || -1;
    const text = call('errorString', String(code));
    const diag = call('diagnostic', String(code));
    options.log({
      call: name,
      ...(element === undefined ? {} : { element }),
      code,
      text: text.ok ? asString(text.value) : '',
      diagnostic: thrown !== undefined ? (thrown instanceof Error ? thrown.message : 'the call threw') : diag.ok ? asString(diag.value) : '',
    });
  };
  const boolCall = (key: keyof Methods, args: string[], element?: string): boolean => {
    last = 0;
    const r = call(key, ...args);
    if (!r.ok) {
      fault(methods[key], element, lastCode(), r.error);
      return false;
    }
    if (isTrue(r.value)) return true;
    const code = lastCode();
    if (code === 0) {
      // "false" with GetLastError 0: several LMSs answer so for a call that worked. Retrying
      // would never end and the learner would read "saving fails"; Adapt's spoor takes it as
      // success with a warning, and so do we.
      console.warn(`[course] LMS ${methods[key]}${element ? `(${element})` : ''} returned "false" with error 0; taken as success`);
      return true;
    }
    fault(methods[key], element, code);
    return false;
  };
  return {
    initialize: () => boolCall('initialize', ['']),
    terminate: () => boolCall('terminate', ['']),
    commit: () => boolCall('commit', ['']),
    set: (element, value) => boolCall('set', [element, value], element),
    lastCode: () => last,
    get(element) {
      last = 0;
      const r = call('get', element);
      if (!r.ok) {
        fault(methods.get, element, lastCode(), r.error);
        return null;
      }
      const code = lastCode();
      if (code === 0) return asString(r.value);
      if (options.quietGetCodes.includes(code)) last = code;
      else fault(methods.get, element, code);
      return null;
    },
  };
}
