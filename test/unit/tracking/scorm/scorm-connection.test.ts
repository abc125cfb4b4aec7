import { describe, expect, it, vi } from 'vitest';
import { asString, connect, isTrue, SCORM12_METHODS, SCORM2004_METHODS, type ScormFault } from '../../../../src/tracking/scorm/scorm-connection.ts';
import { fakeScormApi } from './fake-scorm-api.ts';

describe('LMS answers, normalised', () => {
  it.each([
    [true, true],
    ['true', true],
    [' TRUE ', true],
    [1, true],
    [false, false],
    ['false', false],
    ['', false],
    [undefined, false],
    [0, false],
  ])('isTrue(%j) = %j', (value, expected) => {
    expect(isTrue(value)).toBe(expected);
  });
  it.each([
    [3, '3'],
    ['x', 'x'],
    [null, ''],
    [undefined, ''],
    [{}, ''],
  ])('asString(%j) = %j', (value, expected) => {
    expect(asString(value)).toBe(expected);
  });
});

describe('connection faults', () => {
  const setup = (version: '1.2' | '2004') => {
    const fake = fakeScormApi({ version, data: { 'cmi.core.lesson_mode': 'normal', 'cmi.mode': 'normal', 'cmi.objectives._count': 2 } });
    const log = vi.fn<(f: ScormFault) => void>();
    const conn = connect(fake.api, version === '1.2' ? SCORM12_METHODS : SCORM2004_METHODS, { quietGetCodes: version === '1.2' ? [401] : [403], log });
    if (!conn) throw new Error('expected a connection');
    return { fake, log, conn };
  };

  it('is null for something that is not a full API', () => {
    expect(connect({ LMSInitialize: () => 'true' }, SCORM12_METHODS, { quietGetCodes: [], log: () => undefined })).toBeNull();
    expect(connect(null, SCORM2004_METHODS, { quietGetCodes: [], log: () => undefined })).toBeNull();
  });

  it('a SetValue that returns false is logged with the error code, string and diagnostic', () => {
    const { fake, log, conn } = setup('2004');
    fake.fail.set.set('cmi.location', 1);
    fake.fail.setCode = 406;
    expect(conn.set('cmi.location', 'p1')).toBe(false);
    expect(conn.lastCode()).toBe(406);
    expect(log).toHaveBeenCalledWith({ call: 'SetValue', element: 'cmi.location', code: 406, text: 'error 406', diagnostic: 'diagnostic 406' });
    expect(conn.set('cmi.location', 'p1')).toBe(true);
    expect(conn.lastCode()).toBe(0);
  });

  it('a Commit that returns "false" is logged, not thrown (1.2 names)', () => {
    const { fake, log, conn } = setup('1.2');
    fake.fail.commit = 1;
    expect(conn.commit()).toBe(false);
    expect(log.mock.calls[0]?.[0]).toMatchObject({ call: 'LMSCommit', code: 101 });
    expect(conn.commit()).toBe(true);
  });

  it('an API that throws becomes a logged failure', () => {
    const { fake, log, conn } = setup('1.2');
    fake.fail.throwOn = 'cmi.core.exit';
    expect(conn.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(log.mock.calls[0]?.[0]).toMatchObject({ call: 'LMSSetValue', element: 'cmi.core.exit', diagnostic: 'LMS exploded' });
  });

  it('GetValue: numbers become strings; an expected "not initialized" is quiet and null', () => {
    const { log, conn } = setup('2004');
    expect(conn.get('cmi.objectives._count')).toBe('2');
    expect(conn.get('cmi.location')).toBeNull();
    expect(conn.lastCode()).toBe(403);
    expect(log).not.toHaveBeenCalled();
  });
});
