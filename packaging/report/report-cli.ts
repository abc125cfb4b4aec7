import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadValidCourse } from '../validate-course.ts';
import { LrsError } from './lrs-pages.ts';
import { MoodleExportError } from './moodle-export.ts';
import { MOODLE_SOURCE, readMoodleExport } from './moodle-interactions.ts';
import { writeOutputs, writeReport } from './report.ts';

const USAGE = `npm run report -- --endpoint <xAPI endpoint> [options]
npm run report -- --moodle-interactions <file.txt> [--out DIR]

  --endpoint URL        the LRS's xAPI root, e.g. https://lrs.example/xapi/
  --user, --password    Basic credentials (or LRS_USER / LRS_PASSWORD in the environment)
  --auth VALUE          a whole Authorization header value instead (or LRS_AUTH)
  --activity IRI        the activity to report on (default: the course id in course/course.ts;
                        for cmi5, the AU id your LMS assigned)
  --since, --until      ISO 8601 timestamps (statements stored after / at or before)
  --registration UUID   one registration only
  --limit N             statements per page (default 500)
  --out DIR             where to write rapport.html and the CSV files (default: report/)
  --moodle-interactions FILE
                        instead of an LRS: Moodle's SCORM Interactions report, downloaded as
                        text ("CSV", tab-separated .txt) with "Summary of question" ticked`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      endpoint: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      auth: { type: 'string' },
      activity: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      registration: { type: 'string' },
      limit: { type: 'string' },
      out: { type: 'string', default: 'report' },
      'moodle-interactions': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const moodleFile = values['moodle-interactions'];
  if (moodleFile !== undefined) {
    const course = await loadValidCourse(resolve(import.meta.dirname, '../..'));
    const agg = await readMoodleExport(course, resolve(moodleFile));
    const { model, files } = await writeOutputs(course, agg, `fil ${basename(moodleFile)}`, resolve(values.out), undefined, MOODLE_SOURCE);
    console.log(`${model.statements} rader, ${model.learners.total} deltakere. Written:\n  ${files.join('\n  ')}`);
    return 0;
  }
  const user = values.user ?? process.env.LRS_USER;
  const password = values.password ?? process.env.LRS_PASSWORD;
  const auth = values.auth ?? process.env.LRS_AUTH ?? (user !== undefined ? `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}` : undefined);
  if (!values.endpoint || !auth) {
    console.error(`${!values.endpoint ? '--endpoint is missing' : 'credentials are missing (--user/--password, --auth or LRS_USER/LRS_PASSWORD)'}\n\n${USAGE}`);
    return 2;
  }
  for (const t of [values.since, values.until]) {
    if (t !== undefined && Number.isNaN(Date.parse(t))) {
      console.error(`not an ISO 8601 timestamp: ${t}`);
      return 2;
    }
  }
  const course = await loadValidCourse(resolve(import.meta.dirname, '../..'));
  const started = Date.now();
  const { model, files } = await writeReport(course, {
    endpoint: values.endpoint,
    auth,
    ...(values.activity ? { activity: values.activity } : {}),
    ...(values.since ? { since: values.since } : {}),
    ...(values.until ? { until: values.until } : {}),
    ...(values.registration ? { registration: values.registration } : {}),
    ...(values.limit ? { limit: Number(values.limit) } : {}),
    outDir: resolve(values.out),
  });
  // maxRSS is in KiB (Node process.resourceUsage): the peak the whole run needed.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${model.statements} statements, ${model.learners.total} learners, in ${((Date.now() - started) / 1000).toFixed(1)} s, peak memory ${peakMb.toFixed(0)} MB. Written:\n  ${files.join('\n  ')}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof LrsError || error instanceof MoodleExportError ? error.message : error);
    process.exitCode = 1;
  },
);
