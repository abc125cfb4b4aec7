/**
 * A small in-memory LMS API for unit tests, in either version's method names. It records
 * every call, keeps the data model in a Map, and can be told to fail (return "false" with an
 * error code), to answer with numbers instead of strings, or to throw.
 */
export interface Call {
  method: string;
  args: string[];
}

export interface FakeOptions {
  version: '1.2' | '2004';
  data?: Record<string, string | number>;
}

export function fakeScormApi({ version, data = {} }: FakeOptions) {
  const store = new Map<string, string | number>(Object.entries(data));
  const calls: Call[] = [];
  let lastError: string | number = 0;
  const fail = { commit: 0, set: new Map<string, number>(), setCode: 0, commitCode: 101, initialize: false, throwOn: '' };
  const name = (m12: string, m2004: string) => (version === '1.2' ? m12 : m2004);
  const record = (method: string, args: string[]) => calls.push({ method, args });
  const api: Record<string, (...args: string[]) => unknown> = {
    [name('LMSInitialize', 'Initialize')]: (...args) => {
      record('initialize', args);
      lastError = fail.initialize ? 102 : 0; // 2004 RTE 3.1.7.6: 102 general initialization failure
      return fail.initialize ? 'false' : 'true';
    },
    [name('LMSFinish', 'Terminate')]: (...args) => {
      record('terminate', args);
      lastError = 0;
      return 'true';
    },
    [name('LMSGetValue', 'GetValue')]: (...args) => {
      record('get', args);
      const element = args[0] ?? '';
      if (store.has(element)) {
        lastError = 0;
        return store.get(element);
      }
      if (/\._count$/.test(element)) {
        const prefix = element.replace(/_count$/, '');
        const indices = new Set([...store.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('.')[0]));
        lastError = 0;
        return indices.size; // a number, as some LMSs answer
      }
      lastError = version === '1.2' ? 401 : 403;
      return '';
    },
    [name('LMSSetValue', 'SetValue')]: (...args) => {
      record('set', args);
      const [element = '', value = ''] = args;
      if (fail.throwOn === element) throw new Error('LMS exploded');
      const left = fail.set.get(element) ?? 0;
      if (left > 0) {
        fail.set.set(element, left - 1);
        lastError = fail.setCode;
        return false; // a boolean false, as some LMSs answer
      }
      store.set(element, value);
      lastError = 0;
      return 'true';
    },
    [name('LMSCommit', 'Commit')]: (...args) => {
      record('commit', args);
      if (fail.commit > 0) {
        fail.commit -= 1;
        lastError = fail.commitCode;
        return 'false';
      }
      lastError = 0;
      return 'true';
    },
    [name('LMSGetLastError', 'GetLastError')]: () => lastError,
    [name('LMSGetErrorString', 'GetErrorString')]: (code) => `error ${code}`,
    [name('LMSGetDiagnostic', 'GetDiagnostic')]: (code) => `diagnostic ${code}`,
  };
  return {
    api,
    store,
    calls,
    fail,
    sets: () => calls.filter((c) => c.method === 'set').map((c) => c.args),
    count: (method: string) => calls.filter((c) => c.method === method).length,
  };
}
