import { afterEach, describe, expect, it, vi } from 'vitest';
import { guarded } from '../../../src/tracking/guard.ts';
import { createTracker as cmi5 } from '../../../src/tracking/targets/cmi5.ts';
import { createTracker as scorm12 } from '../../../src/tracking/targets/scorm12.ts';
import { createTracker as scorm2004 } from '../../../src/tracking/targets/scorm2004.ts';
import { createTracker as web } from '../../../src/tracking/targets/web.ts';
import { createTracker as xapi } from '../../../src/tracking/targets/xapi.ts';
import type { CreateTracker, Tracker, TrackerContext } from '../../../src/tracking/tracker.ts';
import { fixtureCourse } from './xapi/fixture-course.ts';
import { snapshotOf } from './xapi/helpers.ts';

/** Anything that throws on every property read: a window, snapshot or context from a hostile world. */
function hostile(what: string): never {
  return new Proxy(
    {},
    {
      get() {
        throw new Error(`hostile ${what}`);
      },
    },
  ) as never;
}

const context = (over: Partial<TrackerContext> = {}): TrackerContext => ({
  courseId: 'https://x.example/c',
  courseTitle: 'C',
  courseVersion: '1.0.0',
  objectiveIds: ['a'],
  masteryScore: 80,
  trackReflectionText: false,
  window: hostile('window'),
  ...over,
});

const targets: Record<string, CreateTracker> = { scorm12, scorm2004, xapi, cmi5, web };

afterEach(() => vi.restoreAllMocks());

/** Every Tracker method, driven the way the UI drives it; none may throw or reject. */
async function driveAll(t: Tracker): Promise<void> {
  const info = await t.start();
  expect(info).toHaveProperty('notice');
  expect(() => t.onStatus(() => {
    throw new Error('listener');
  })).not.toThrow();
  expect(() => t.record([], hostile('snapshot'))).not.toThrow();
  expect(() => t.flush()).not.toThrow();
  await expect(t.exit()).resolves.toHaveProperty('returnUrl');
}

describe('one never-throw guard for every target', () => {
  it.each(Object.keys(targets))('%s: a throwing window, snapshot and status listener never reach the UI', async (name) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const create = targets[name];
    if (!create) throw new Error(name);
    await driveAll(create(context()));
  });

  it.each(Object.keys(targets))('%s: an adapter whose construction throws still starts, with LAUNCH_INVALID', async (name) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const create = targets[name];
    if (!create) throw new Error(name);
    const t = create(hostile('context'));
    await expect(t.start()).resolves.toMatchObject({ notice: 'LAUNCH_INVALID' });
    expect(error.mock.calls.some((c) => String(c[0]).startsWith(`[${name}]`))).toBe(true);
    await driveAll(t);
  });

  it('turns every throw into a log line; start becomes LAUNCH_INVALID with the error for the admin', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = () => {
      throw new Error('boom');
    };
    const broken: Tracker = { start: () => Promise.reject(new Error('boom')), record: boom, flush: boom, exit: () => Promise.reject(new Error('boom')), onStatus: boom };
    const t = guarded('xapi', () => broken);
    const info = await t.start();
    expect(info).toMatchObject({ notice: 'LAUNCH_INVALID', adminDetail: 'Uventet feil ved oppstart: Error: boom' });
    expect(() => t.record([], snapshotOf(fixtureCourse))).not.toThrow();
    expect(() => t.flush()).not.toThrow();
    await expect(t.exit()).resolves.toEqual({ returnUrl: null });
    expect(t.onStatus(() => undefined)).toBeTypeOf('function');
    expect(error).toHaveBeenCalledTimes(6);
  });
});
