import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, CMI5, VERBS } from '../../../../src/tracking/xapi/vocabulary.ts';

/**
 * Every IRI the course sends, written out in full. A changed or misspelled IRI is a different
 * verb to every LRS and LMS report: comparing last path segments would not notice (issue 9).
 */
describe('the vocabulary, literally', () => {
  it.each([
    ['initialized', 'http://adlnet.gov/expapi/verbs/initialized', 'startet', 'starta', 'initialized'],
    ['completed', 'http://adlnet.gov/expapi/verbs/completed', 'fullførte', 'fullførte', 'completed'],
    ['passed', 'http://adlnet.gov/expapi/verbs/passed', 'bestod', 'bestod', 'passed'],
    ['failed', 'http://adlnet.gov/expapi/verbs/failed', 'bestod ikke', 'bestod ikkje', 'failed'],
    ['terminated', 'http://adlnet.gov/expapi/verbs/terminated', 'avsluttet', 'avslutta', 'terminated'],
    ['answered', 'http://adlnet.gov/expapi/verbs/answered', 'svarte på', 'svarte på', 'answered'],
    ['experienced', 'http://adlnet.gov/expapi/verbs/experienced', 'gjennomgikk', 'gjekk gjennom', 'experienced'],
    ['progressed', 'http://adlnet.gov/expapi/verbs/progressed', 'kom videre i', 'kom vidare i', 'progressed'],
    ['scored', 'http://adlnet.gov/expapi/verbs/scored', 'fikk resultat i', 'fekk resultat i', 'scored'],
    ['suspended', 'http://adlnet.gov/expapi/verbs/suspended', 'tok pause i', 'tok pause i', 'suspended'],
    ['resumed', 'http://adlnet.gov/expapi/verbs/resumed', 'fortsatte', 'heldt fram', 'resumed'],
  ] as const)('verb %s is %s, displayed in nb, nn and en', (key, id, nb, nn, en) => {
    expect(VERBS[key]).toEqual({ id, display: { nb, nn, en } });
  });

  it('no verb is sent that this table does not name', () => {
    expect(Object.keys(VERBS).sort()).toEqual(['answered', 'completed', 'experienced', 'failed', 'initialized', 'passed', 'progressed', 'resumed', 'scored', 'suspended', 'terminated']);
  });

  it('activity types, cmi5 categories and extensions', () => {
    expect(ACTIVITY_TYPES).toEqual({
      course: 'http://adlnet.gov/expapi/activities/course',
      lesson: 'http://adlnet.gov/expapi/activities/lesson',
      objective: 'http://adlnet.gov/expapi/activities/objective',
      question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      simulation: 'http://adlnet.gov/expapi/activities/simulation',
      assessment: 'http://adlnet.gov/expapi/activities/assessment',
    });
    expect(CMI5).toEqual({
      categoryCmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
      categoryMoveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
      sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
      masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
      progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
    });
  });
});
