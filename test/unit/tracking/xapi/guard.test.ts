import { describe, expect, it, vi } from 'vitest';
import type { Tracker } from '../../../../src/tracking/tracker.ts';
import { guarded } from '../../../../src/tracking/xapi/guard.ts';
import { fixtureCourse } from './fixture-course.ts';
import { snapshotOf } from './helpers.ts';

describe('guarded tracker', () => {
  it('turns every throw into a log line; start becomes LAUNCH_INVALID with the error for the admin', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = () => {
      throw new Error('boom');
    };
    const broken: Tracker = { start: () => Promise.reject(new Error('boom')), record: boom, flush: boom, exit: () => Promise.reject(new Error('boom')), onStatus: () => () => undefined };
    const t = guarded('xapi', broken);
    const info = await t.start();
    expect(info).toMatchObject({ notice: 'LAUNCH_INVALID', adminDetail: 'Uventet feil ved oppstart: Error: boom' });
    expect(() => t.record([], snapshotOf(fixtureCourse))).not.toThrow();
    expect(() => t.flush()).not.toThrow();
    await expect(t.exit()).resolves.toEqual({ returnUrl: null });
    expect(error).toHaveBeenCalledTimes(5);
    error.mockRestore();
  });
});
