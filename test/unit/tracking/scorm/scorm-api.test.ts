import { describe, expect, it } from 'vitest';
import { findScormApi, MAX_HOPS } from '../../../../src/tracking/scorm/scorm-api.ts';

/** Fake windows: just the properties discovery reads (parent, opener, the API name). */
interface FakeWin {
  parent?: FakeWin;
  opener?: FakeWin | null;
  [key: string]: unknown;
}
const asWindow = (w: FakeWin) => w as unknown as Window;

function top(extra: Record<string, unknown> = {}): FakeWin {
  const w: FakeWin = { ...extra };
  w.parent = w; // the top window is its own parent
  return w;
}

function child(parent: FakeWin, extra: Record<string, unknown> = {}): FakeWin {
  return { parent, ...extra };
}

/** A window whose every property access throws, like a cross-origin frame. */
function crossOrigin(): FakeWin {
  return new Proxy({}, { get: () => { throw new DOMException('Blocked a frame with origin', 'SecurityError'); } });
}

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

describe('SCORM API discovery', () => {
  it('finds API in the parent (Moodle: SCO in an iframe)', () => {
    const lms = top({ API: api12 });
    expect(findScormApi(asWindow(child(lms)), 'API')).toBe(api12);
  });

  it('finds API_1484_11 several frames up, and does not confuse the two names', () => {
    const lms = top({ API_1484_11: api2004, API: api12 });
    const sco = child(child(child(lms)));
    expect(findScormApi(asWindow(sco), 'API_1484_11')).toBe(api2004);
    expect(findScormApi(asWindow(child(top({ API_1484_11: api2004 }))), 'API')).toBeNull();
  });

  it('prefers the nearest API (the window itself first)', () => {
    const own = { LMSInitialize: () => 'true' };
    expect(findScormApi(asWindow(child(top({ API: api12 }), { API: own })), 'API')).toBe(own);
  });

  it("uses the opener's chain for a popup", () => {
    const lms = top({ API: api12 });
    const opener = child(lms);
    const popup = top({ opener });
    expect(findScormApi(asWindow(popup), 'API')).toBe(api12);
  });

  it("uses the opener of the popup's top frame when the SCO is framed inside the popup", () => {
    const lms = top({ API_1484_11: api2004 });
    const popupTop = top({ opener: lms });
    expect(findScormApi(asWindow(child(popupTop)), 'API_1484_11')).toBe(api2004);
  });

  it('a cross-origin frame in the chain does not throw; the opener is still searched', () => {
    const foreign = crossOrigin();
    const sco = child(foreign);
    expect(() => findScormApi(asWindow(sco), 'API')).not.toThrow();
    expect(findScormApi(asWindow(sco), 'API')).toBeNull();
    const lms = top({ API: api12 });
    const popup: FakeWin = { parent: foreign, opener: lms };
    expect(findScormApi(asWindow(popup), 'API')).toBe(api12);
  });

  it('a cross-origin opener does not throw', () => {
    expect(findScormApi(asWindow(top({ opener: crossOrigin() })), 'API')).toBeNull();
  });

  it(`stops after ${MAX_HOPS} hops in an endless chain`, () => {
    // A parent chain that never reaches a top: every access makes a new parent.
    const endless = (): FakeWin => ({ get parent() { return endless(); } });
    expect(findScormApi(asWindow(endless()), 'API')).toBeNull();
  });

  it('ignores a non-object API value', () => {
    expect(findScormApi(asWindow(child(top({ API: 'not an api' }))), 'API')).toBeNull();
  });

  it('returns null with no LMS at all', () => {
    expect(findScormApi(asWindow(top()), 'API_1484_11')).toBeNull();
  });
});
