import type { Frame, Page } from 'puppeteer-core';
import type { ApiCall, LmsVersion } from './lms-harness.ts';

/** Helpers to read the simulated LMS (parent page) from the tests. */
export interface LmsView {
  calls: ApiCall[];
  /** suspend_data and location as the LMS held them at each successful commit. */
  commits: { suspend: string; location: string }[];
  /** The LMS's data model as scorm-again holds it (JSON of api.cmi). */
  cmi: Record<string, unknown>;
}

export async function readLms(page: Page): Promise<LmsView> {
  return page.evaluate(() => {
    const w = window as unknown as { __calls: ApiCall[]; __commits: { suspend: string; location: string }[]; __api: { cmi: unknown } };
    return { calls: w.__calls, commits: w.__commits, cmi: JSON.parse(JSON.stringify(w.__api.cmi)) as Record<string, unknown> };
  });
}

export async function courseFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sco');
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no course frame');
  await frame.waitForSelector('#app main, #app [data-action="start"]');
  return frame;
}

/** `profile`: strict-profile query parameters, e.g. { slowCommit: '500' }. */
export function lmsUrl(base: string, v: LmsVersion, init?: unknown, profile: Record<string, string> = {}): string {
  const extra = Object.entries(profile).map(([k, x]) => `&${k}=${encodeURIComponent(x)}`).join('');
  return `${base}/__lms/lms.html?v=${v}${init === undefined ? '' : `&init=${encodeURIComponent(JSON.stringify(init))}`}${extra}`;
}

/** Walks a nested cmi JSON by a dotted path, e.g. "core.lesson_status" or "interactions.childArray". */
export function at(cmi: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), cmi);
}

export function list(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value as Record<string, unknown>[];
  if (value !== null && typeof value === 'object') return Object.values(value as Record<string, Record<string, unknown>>);
  return [];
}
