import { describe, expect, it } from 'vitest';
import { certificateName } from '../../../src/app/screens/certificate-name.ts';

describe('the learner name on the certificate (issue 12)', () => {
  it('turns SCORM\'s "Last, First" round', () => {
    expect(certificateName('Nordmann, Kari')).toBe('Kari Nordmann');
    expect(certificateName('  Berg ,  Ola  Per ')).toBe('Ola Per Berg');
  });
  it('keeps an xAPI/cmi5 actor name as written, and says nothing when nothing is known', () => {
    expect(certificateName('Kari Nordmann')).toBe('Kari Nordmann');
    expect(certificateName('')).toBeNull();
    expect(certificateName(null)).toBeNull();
  });
});
