/**
 * The simulated LMS page of `npm run preview:lms`. scorm-again (loaded as a classic script)
 * is the LMS side; the course runs in the iframe exactly as packaged. This file is compiled
 * on the fly by serve.ts and never becomes part of the course bundle.
 */
type ScormFn = (...args: string[]) => unknown;
interface ScormAgainApi {
  cmi: unknown;
  loadFromJSON(json: unknown): void;
  [method: string]: unknown;
}
type ApiClass = new (settings: Record<string, unknown>) => ScormAgainApi;
type StrictProfileModule = typeof import('./strict-profile.ts');

const win = window as unknown as Window & Record<string, unknown>;
const params = new URLSearchParams(location.search);
const version = params.get('v') === '2004' ? '2004' : '12';
const v12 = version === '12';
const STORE = `lms-preview:scorm${version}`;
const names = v12
  ? { global: 'API', methods: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'], commit: 'LMSCommit', finish: 'LMSFinish', err: 'LMSGetLastError' }
  : { global: 'API_1484_11', methods: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'], commit: 'Commit', finish: 'Terminate', err: 'GetLastError' };

const $ = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
const calls = $('calls');
const cmiView = $('cmi');
const frame = $('sco') as HTMLIFrameElement;
const failBox = $('fail') as HTMLInputElement;
const profileBox = $('profile') as HTMLSelectElement;
($('version') as HTMLSelectElement).value = version;

/** What a real LMS keeps between sessions of one attempt (interactions are kept only in the log). */
function persisted(cmi: Record<string, unknown>): Record<string, unknown> {
  const pick = (o: unknown, keys: string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const x = (o as Record<string, unknown> | undefined)?.[k];
      if (x !== undefined && x !== '') out[k] = x;
    }
    return out;
  };
  const objectives = Object.values((cmi.objectives ?? {}) as Record<string, Record<string, unknown>>).map((o): Record<string, unknown> => pick(o, v12 ? ['id', 'status', 'score'] : ['id', 'success_status', 'completion_status', 'score', 'progress_measure']));
  if (v12) {
    const core = cmi.core as Record<string, unknown>;
    return { suspend_data: cmi.suspend_data, core: { ...pick(core, ['lesson_location', 'lesson_status', 'score', 'student_name']), entry: core.exit === 'suspend' ? 'resume' : '' }, objectives };
  }
  return { ...pick(cmi, ['location', 'suspend_data', 'completion_status', 'success_status', 'score', 'progress_measure', 'learner_name']), entry: cmi.exit === 'suspend' ? 'resume' : '', objectives };
}

function save(api: ScormAgainApi): void {
  const cmi = JSON.parse(JSON.stringify(api.cmi)) as Record<string, unknown>;
  localStorage.setItem(STORE, JSON.stringify(persisted(cmi)));
}

function row(text: string[], fail: boolean): void {
  const tr = document.createElement('tr');
  if (fail) tr.className = 'fail';
  for (const t of text) {
    const td = document.createElement('td');
    td.textContent = t;
    tr.append(td);
  }
  calls.append(tr);
  tr.scrollIntoView({ block: 'nearest' });
}

function launch(): void {
  const Api = win[v12 ? 'Scorm12API' : 'Scorm2004API'] as ApiClass;
  const api = new Api({ autocommit: false, lmsCommitUrl: false, logLevel: 4, autoCompleteLessonStatus: false });
  const saved = localStorage.getItem(STORE);
  const data: Record<string, unknown> = saved ? (JSON.parse(saved) as Record<string, unknown>) : {};
  if (v12) data.core = { student_name: 'Nordmann, Ola', ...(data.core as object | undefined) };
  else data.learner_name ??= 'Ola Nordmann';
  api.loadFromJSON(data);
  // As strict as a real LMS: the chosen profile (packaging/lms-preview/strict-profile.ts) wraps the API.
  const profile = new URLSearchParams(profileBox.value);
  (win.StrictProfile as StrictProfileModule).applyStrictProfile(api, (win.StrictProfile as StrictProfileModule).profileFromQuery(version, profile));
  row(['— profile —', profileBox.value || 'none', '', ''], false);
  $('state').textContent = saved ? 'resuming the saved attempt' : 'new attempt';
  const lastError = (api[names.err] as ScormFn).bind(api);
  let forced: string | null = null;
  for (const method of names.methods) {
    const original = (api[method] as ScormFn).bind(api);
    api[method] = (...args: string[]) => {
      let result: unknown;
      if (method === names.commit && failBox.checked) {
        forced = v12 ? '101' : '391';
        result = 'false';
      } else {
        forced = null;
        result = original(...args);
      }
      const code = forced ?? String(lastError());
      row([method, args.join(' = '), String(result), code], code !== '0');
      if ((method === names.commit && String(result) === 'true') || method === names.finish) save(api);
      cmiView.textContent = JSON.stringify(api.cmi, null, 2);
      return result;
    };
  }
  api[names.err] = () => forced ?? lastError();
  win[names.global] = api;
  row(['— launch —', saved ? 'entry=resume' : 'ab-initio', '', ''], false);
  frame.src = `/course/scorm${version}/index.html?t=${Date.now()}`;
}

$('version').addEventListener('change', (e) => {
  location.search = `?v=${(e.target as HTMLSelectElement).value}`;
});
$('relaunch').addEventListener('click', launch);
$('reset').addEventListener('click', () => {
  localStorage.removeItem(STORE);
  calls.textContent = '';
  launch();
});
launch();

export {};
