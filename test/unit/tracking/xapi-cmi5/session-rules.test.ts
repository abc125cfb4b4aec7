import { describe, expect, it } from 'vitest';
import { createSessionRules, type StatementKind } from '../../../../src/tracking/cmi5/session-rules.ts';

/** Feeds a sequence through the rules; returns which were allowed. */
function run(kinds: StatementKind[], mode: 'normal' | 'browse' | 'review' = 'normal', ledger = { completed: false, passed: false }) {
  const rules = createSessionRules(mode, ledger);
  return kinds.map((k) => {
    const broken = rules.check(k);
    if (!broken) rules.commit(k);
    return broken === null ? k : `✗${k}`;
  });
}

describe('cmi5 session rules (§9.3, §10)', () => {
  it.each<[string, StatementKind[], string[], ('normal' | 'browse' | 'review')?, { completed: boolean; passed: boolean }?]>([
    ['nothing before Initialized', ['allowed', 'completed', 'initialized'], ['✗allowed', '✗completed', 'initialized']],
    ['Initialized once', ['initialized', 'initialized'], ['initialized', '✗initialized']],
    ['nothing after Terminated', ['initialized', 'terminated', 'allowed', 'passed', 'terminated'], ['initialized', 'terminated', '✗allowed', '✗passed', '✗terminated']],
    ['Completed once per session', ['initialized', 'completed', 'completed'], ['initialized', 'completed', '✗completed']],
    ['Completed once per registration', ['initialized', 'completed'], ['initialized', '✗completed'], 'normal', { completed: true, passed: false }],
    ['one of Passed/Failed per session', ['initialized', 'failed', 'passed'], ['initialized', 'failed', '✗passed']],
    ['never Failed after Passed', ['initialized', 'passed', 'failed'], ['initialized', 'passed', '✗failed']],
    ['never Failed after Passed in an earlier session', ['initialized', 'failed'], ['initialized', '✗failed'], 'normal', { completed: false, passed: true }],
    ['Passed once per registration', ['initialized', 'passed'], ['initialized', '✗passed'], 'normal', { completed: true, passed: true }],
    ['Browse: only Initialized and Terminated', ['initialized', 'allowed', 'completed', 'passed', 'terminated'], ['initialized', '✗allowed', '✗completed', '✗passed', 'terminated'], 'browse'],
    ['Review: only Initialized and Terminated', ['initialized', 'allowed', 'failed', 'terminated'], ['initialized', '✗allowed', '✗failed', 'terminated'], 'review'],
    ['a normal session', ['initialized', 'allowed', 'allowed', 'completed', 'allowed', 'passed', 'terminated'], ['initialized', 'allowed', 'allowed', 'completed', 'allowed', 'passed', 'terminated']],
  ])('%s', (_name, kinds, expected, mode, ledger) => {
    expect(run(kinds, mode, ledger)).toEqual(expected);
  });

  it('says which rule, with its section', () => {
    const rules = createSessionRules('normal', { completed: false, passed: true });
    rules.commit('initialized');
    expect(rules.check('failed')).toMatch(/§9\.3.*Failed must not follow Passed/);
    expect(rules.ledger).toEqual({ completed: false, passed: true });
  });
});
