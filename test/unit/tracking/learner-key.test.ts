import { describe, expect, it } from 'vitest';
import { agentIdentity, learnerKey } from '../../../src/tracking/learner-key.ts';

describe('learnerKey (per-learner device data on a shared computer)', () => {
  it('tells learners apart and is stable', () => {
    expect(learnerKey('scorm', 'ola')).toBe(learnerKey('scorm', 'ola'));
    expect(learnerKey('scorm', 'ola')).not.toBe(learnerKey('scorm', 'kari'));
    expect(learnerKey('scorm', '42')).not.toBe(learnerKey('xapi', '42'));
    expect(learnerKey('scorm', 'ola')).toMatch(/^scorm-[0-9a-f]{16}$/);
  });

  it('never shows the identity itself (an e-mail address stays out of localStorage keys)', () => {
    const key = learnerKey('xapi', 'mbox:mailto:ola.nordmann@etat.example');
    expect(key).toMatch(/^xapi-[0-9a-f]{16}$/);
    expect(key).not.toContain('ola');
    expect(key).not.toContain('etat');
  });

  it('gives an LMS learner without an id an anonymous key, never the local one', () => {
    expect(learnerKey('scorm', '')).toBe('scorm-anonymous');
    expect(learnerKey('scorm', '  ')).toBe('scorm-anonymous');
    expect(learnerKey('xapi', null)).toBe('xapi-anonymous');
  });
});

describe('agentIdentity (the actor\'s one inverse functional identifier)', () => {
  it.each([
    [{ mbox: 'mailto:ola@etat.example', name: 'Ola' }, 'mbox:mailto:ola@etat.example'],
    [{ mbox_sha1sum: 'a'.repeat(40) }, `mbox_sha1sum:${'a'.repeat(40)}`],
    [{ openid: 'https://id.example/ola' }, 'openid:https://id.example/ola'],
    [{ account: { homePage: 'https://lms.example', name: '1234' } }, 'account:https://lms.example|1234'],
    [{ name: 'Ingen identifikator' }, null],
  ])('%j → %s', (agent, id) => {
    expect(agentIdentity(agent)).toBe(id);
  });

  it('ignores the display name: the same account under another name is the same learner', () => {
    const account = { homePage: 'https://lms.example', name: '1234' };
    expect(agentIdentity({ account, name: 'Ola' })).toBe(agentIdentity({ account, name: 'Ola Nordmann' }));
  });
});
