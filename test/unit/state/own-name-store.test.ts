import { describe, expect, it } from 'vitest';
import { entriesFor } from '../../../packaging/privacy/inventory.ts';
import { generalizeKey } from '../../../packaging/privacy/observed.ts';
import { loadOwnName, ownNameKey, saveOwnName } from '../../../src/state/own-name-store.ts';
import { memoryStorage } from '../tracking/xapi/helpers.ts';

const COURSE = 'https://kurs.example/test';
const windowWith = (localStorage: Storage) => ({ localStorage }) as unknown as Window;

describe('the web learner\'s own name for the certificate (own-name-store.ts)', () => {
  it('is empty until written, then read back after a reload (the same storage), per course', () => {
    const storage = memoryStorage();
    expect(loadOwnName(windowWith(storage), COURSE)).toBe('');
    saveOwnName(windowWith(storage), COURSE, 'Kari Nordmann');
    expect(loadOwnName(windowWith(storage), COURSE)).toBe('Kari Nordmann');
    expect(loadOwnName(windowWith(storage), 'https://kurs.example/other')).toBe('');
    expect(storage.getItem(ownNameKey(COURSE))).toBe('Kari Nordmann');
  });

  it('never throws where storage is refused (private mode, disabled storage): nothing is kept', () => {
    const refusing = Object.assign(memoryStorage(), { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } });
    expect(() => saveOwnName(windowWith(refusing), COURSE, 'Kari')).not.toThrow();
    expect(loadOwnName(windowWith(refusing), COURSE)).toBe('');
  });

  it('is in the web package\'s privacy inventory as device data that identifies the learner, and in no tracked package\'s', () => {
    const key = generalizeKey(ownNameKey(COURSE), COURSE);
    const [entry, ...more] = entriesFor(key, 'web', 'device');
    expect(more).toEqual([]);
    expect(entry?.personal).toBe('identifies');
    for (const target of ['scorm12', 'scorm2004', 'xapi', 'cmi5'] as const) expect(entriesFor(key, target, 'device')).toEqual([]);
  });
});
