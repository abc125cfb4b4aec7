import { describe, expect, it } from 'vitest';
import { namedIn, PLACEHOLDER } from '../../../packaging/vite/browser-catalogue.ts';

describe('the error catalogue in a player bundle (packaging/vite/browser-catalogue.ts)', () => {
  const entries = { NO_LMS: 1, SAVE_FAILING: 2, RETURN_URL_IGNORED: 3, SCRIPT_BLOCKED: 4, CONTENT_X: 5 };
  it('keeps the entries the code names, as a string, a property or a key; never the tooling ones', () => {
    const code = `var a=${PLACEHOLDER};f(\`SAVE_FAILING\`);a.RETURN_URL_IGNORED;g({CONTENT_X:1})`;
    expect(namedIn(code, entries)).toEqual({ SAVE_FAILING: 2, RETURN_URL_IGNORED: 3 });
  });
  it('a name inside a longer one does not count', () => {
    expect(namedIn('f("NO_LMS_AT_ALL")', entries)).toEqual({});
    expect(namedIn('f("NO_LMS")', entries)).toEqual({ NO_LMS: 1 });
  });
});
