import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strictProfileScript } from '../../../packaging/lms-preview/strict-profile-script.ts';
import type { Handler } from '../support/static-server.ts';

/**
 * A simulated LMS for the end-to-end tests: scorm-again (the LMS side, strictest settings) in
 * the PARENT page, the built course in an iframe — how Moodle embeds a SCO. Every API call is
 * recorded with its result and the error code right after it, and the suspend_data length at
 * every commit. Commits can be made to fail ("false" + an error code) for a while.
 *
 *   /__lms/lms.html?v=12|2004[&init=<JSON for loadFromJSON>][&popup=1][&moodle=0|1&slowCommit=ms&falseZero=1&refuse=re&failInit=n]
 *
 * popup=1: the course opens in a new window (Moodle's "new window" display) from a button on
 * the LMS page, window.open as Moodle does it, so the API is on the course window's opener.
 *
 * The strict profile (packaging/lms-preview/strict-profile.ts) sits between the course and
 * scorm-again: Moodle 4.5's rules for SCORM 2004 by default, and faults on request.
 */
export type LmsVersion = '12' | '2004';

export interface ApiCall {
  method: string;
  args: string[];
  result: string;
  error: string;
}

const PAGE = String.raw`<!doctype html>
<html><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,"></head>
<body>
<script>
  const params = new URLSearchParams(location.search);
  const v = params.get('v');
  const init = params.get('init');
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5, strict_errors: true, autoCompleteLessonStatus: false, mastery_override: false, score_overrides_status: false };
  const names = v === '12'
    ? { global: 'API', init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', err: 'LMSGetLastError', suspend: 'cmi.suspend_data' }
    : { global: 'API_1484_11', init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', err: 'GetLastError', suspend: 'cmi.suspend_data' };
  const api = v === '12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (init) api.loadFromJSON(JSON.parse(init));
  // As strict as the real LMSs: Moodle's rules for SCORM 2004 unless moodle=0, plus any fault asked for.
  if (v === '2004' && !params.has('moodle')) params.set('moodle', '1');
  StrictProfile.applyStrictProfile(api, StrictProfile.profileFromQuery(v === '12' ? '12' : '2004', params));
  window.__calls = [];
  window.__commits = [];
  window.__failCommits = { left: 0, code: v === '12' ? '101' : '391' };
  let forced = null;
  const lastError = api[names.err].bind(api);
  const wrap = (name) => {
    const original = api[name].bind(api);
    api[name] = (...args) => {
      let result;
      if (name === names.commit && window.__failCommits.left > 0) {
        window.__failCommits.left -= 1;
        forced = window.__failCommits.code;
        result = 'false';
      } else {
        forced = null;
        result = original(...args);
      }
      const error = forced ?? String(lastError());
      window.__calls.push({ method: name, args: args.map(String), result: String(result), error: String(error) });
      if (name === names.commit && String(result) === 'true') window.__commits.push({ suspend: String(api.cmi.suspend_data ?? ''), location: String(v === '12' ? api.cmi.core.lesson_location : api.cmi.location) });
      return result;
    };
  };
  for (const n of [names.init, names.finish, names.get, names.set, names.commit]) wrap(n);
  api[names.err] = () => forced ?? lastError();
  window[names.global] = api;
  window.__api = api;
  window.__names = names;
</script>
<iframe id="sco" src="/index.html" style="width:100%;height:90vh;border:0" title="Kurs"></iframe>
</body></html>`;

/** The launch button of the popup display: the opened window is kept as window.__sco. */
const POPUP_LAUNCH = `<button id="launch" type="button" onclick="window.__sco = window.open('/index.html', 'scorm_content', 'popup,width=1000,height=800')">Start</button>`;

/** Serves the LMS page and scorm-again's browser builds under /__lms/. */
export function lmsHandler(root: string): Handler {
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/__lms/')) return false;
    if (path === '/__lms/lms.html') {
      const v = new URL(req.url ?? '/', 'http://x').searchParams.get('v');
      const lib = v === '12' ? 'scorm12.js' : 'scorm2004.js';
      const popup = new URL(req.url ?? '/', 'http://x').searchParams.get('popup') === '1';
      const page = popup ? PAGE.replace(/<iframe id="sco"[^>]*><\/iframe>/, POPUP_LAUNCH) : PAGE;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.replace('<body>', `<body>\n<script src="/__lms/${lib}"></script>\n<script src="/__lms/strict-profile.js"></script>`));
      return true;
    }
    if (path === '/__lms/strict-profile.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(await strictProfileScript(root));
      return true;
    }
    const lib = /^\/__lms\/(scorm12|scorm2004)\.js$/.exec(path)?.[1];
    if (!lib) return false;
    const js = await readFile(join(root, 'node_modules', 'scorm-again', 'dist', `${lib}.js`), 'utf8');
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    return true;
  };
}
