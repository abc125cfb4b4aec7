import type { LaunchData as LibraryLaunchData } from '@xapi/cmi5';
import type { Statement as LibraryStatement } from '@xapi/xapi';
import { describe, expect, it } from 'vitest';
import { parseLaunchData } from '../../../../src/tracking/cmi5/launch-data.ts';
import type { Statement } from '../../../../src/tracking/xapi/types.ts';

/**
 * The browser bundle carries no xAPI library (each would pull in axios and none can send
 * keepalive requests), so the adapters use hand-written types. These checks hold them to the
 * reference libraries' types: @xapi/xapi for statements, @xapi/cmi5 for LaunchData.
 */
describe('hand-written xAPI types against @xapi/xapi and @xapi/cmi5', () => {
  it('every statement the course builds is a valid @xapi/xapi Statement', () => {
    // Compiles only while our Statement is assignable to the library's (npm test typechecks first).
    const asLibrary = (s: Statement): LibraryStatement => s;
    const s: Statement = {
      id: '6c5c2c1e-8a43-4b8e-9d3f-2f7e1c1d9a10',
      actor: { objectType: 'Agent', mbox: 'mailto:ola@example.no' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { nb: 'svarte' } },
      object: { objectType: 'Activity', id: 'https://kurs.ledelse.example/q/1' },
      timestamp: '2026-11-27T12:00:00.000Z',
    };
    expect(asLibrary(s).verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
  });

  it('reads a LaunchData document shaped by @xapi/cmi5', () => {
    const doc: LibraryLaunchData = {
      contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'abc-123' } },
      launchMode: 'Browse',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
      returnURL: 'https://lms.example/return',
    };
    const parsed = parseLaunchData(JSON.stringify(doc), 'https://lms.example/au/index.html');
    expect(parsed).toMatchObject({ ok: true, value: { launchMode: 'browse', masteryScore: 0.8, moveOn: 'CompletedAndPassed', returnUrl: 'https://lms.example/return', sessionId: 'abc-123' } });
  });
});
