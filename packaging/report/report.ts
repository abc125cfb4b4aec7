import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../course/schema/index.ts';
import { createAggregator } from './aggregate.ts';
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
  const model = reportModel(course, agg.result(), { filter, generated: (o.now ?? new Date()).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' });
  await mkdir(o.outDir, { recursive: true });
  const files = [join(o.outDir, 'rapport.html')];
  await writeFile(files[0] ?? '', renderReport(model));
  for (const [name, text] of Object.entries(reportCsv(model))) {
    files.push(join(o.outDir, name));
    await writeFile(join(o.outDir, name), text);
  }
  return { model, files };
}
