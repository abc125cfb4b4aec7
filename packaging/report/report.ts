import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../course/schema/index.ts';
import { createAggregator, type Aggregate } from './aggregate.ts';
import { statementPages, type LrsQuery } from './lrs-pages.ts';
import { reportModel, type ReportModel } from './report-model.ts';
import { renderReport, reportCsv } from './render-report.ts';

export interface ReportOptions extends Omit<LrsQuery, 'activity'> {
  /** The activity to ask the LRS for: the course IRI (xAPI), or the AU id the LMS gave (cmi5). */
  activity?: string;
  outDir: string;
  now?: Date;
}

/** Reads the course's statements page by page, folds each into the aggregate, writes report.html and the CSVs. */
export async function writeReport(course: Course, o: ReportOptions): Promise<{ model: ReportModel; files: string[] }> {
  const agg = createAggregator(course);
  const activity = o.activity ?? course.meta.id;
  for await (const page of statementPages({ ...o, activity })) for (const s of page) agg.add(s);
  const filter = [`aktivitet ${activity}`, o.since ? `fra ${o.since}` : '', o.until ? `til ${o.until}` : '', o.registration ? `påmelding ${o.registration}` : ''].filter(Boolean).join(', ');
  return writeOutputs(course, agg.result(), filter, o.outDir, o.now);
}

/** rapport.html and the CSV files from a finished aggregate, whichever source filled it. */
export async function writeOutputs(course: Course, agg: Aggregate, filter: string, outDir: string, now?: Date, source?: ReportModel['source']): Promise<{ model: ReportModel; files: string[] }> {
  const model = reportModel(course, agg, { filter, ...(source ? { source } : {}), generated: (now ?? new Date()).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' });
  await mkdir(outDir, { recursive: true });
  const files = [join(outDir, 'rapport.html')];
  await writeFile(files[0] ?? '', renderReport(model));
  for (const [name, text] of Object.entries(reportCsv(model))) {
    files.push(join(outDir, name));
    await writeFile(join(outDir, name), text);
  }
  return { model, files };
}
