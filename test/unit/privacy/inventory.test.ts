import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Course } from '../../../course/schema/index.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { entriesFor, INVENTORY, REFLECTION_OPT_IN, type Flow } from '../../../packaging/privacy/inventory.ts';
import { privacyInventory } from '../../../packaging/privacy/render-privacy.ts';
import type { Target } from '../../../packaging/targets.ts';
import { sampleCourse, sampleMeta, sources } from '../../fixtures/sample-course.ts';
import { recordRun, type Run } from './record-runs.ts';

const TARGETS: Target[] = ['web', 'scorm12', 'scorm2004', 'xapi', 'cmi5'];
const FLOWS: Flow[] = ['sent', 'read', 'device'];
const REFLECTION = 'Min tanke'; // what the whole run writes in its reflection (test/unit/state/helpers.ts)

function optedInCourse(): Course {
  const result = validateCourse(sources({ ...sampleMeta(), trackReflectionText: true }));
  if (!result.ok) throw new Error('fixture');
  return result.course;
}

const runs = new Map<string, Run>();
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());
beforeAll(async () => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (const target of TARGETS) {
    runs.set(`${target}/off`, await recordRun(sampleCourse(), target));
    runs.set(`${target}/on`, await recordRun(optedInCourse(), target));
  }
  vi.useRealTimers();
  vi.restoreAllMocks();
}, 60_000);

const run = (target: Target, optIn: 'on' | 'off'): Run => {
  const r = runs.get(`${target}/${optIn}`);
  if (!r) throw new Error('no run');
  return r;
};

describe('privacy inventory: every tracked field has an entry (real trackers, a whole course, fake LMS/LRS)', () => {
  it.each(TARGETS)('%s: everything sent, read and kept on the device is in the inventory', (target) => {
    const missing: string[] = [];
    for (const optIn of ['off', 'on'] as const) {
      const r = run(target, optIn);
      for (const flow of FLOWS) for (const name of r[flow]) if (!entriesFor(name, target, flow).length) missing.push(`${flow}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it.each(TARGETS)('%s: no entry overstates: each unconditional entry was seen in the run', (target) => {
    const unseen = INVENTORY.filter((e) => e.targets.includes(target) && (e.only === undefined || e.only === REFLECTION_OPT_IN))
      .filter((e) => {
        const r = run(target, e.only === REFLECTION_OPT_IN ? 'on' : 'off');
        return ![...r[e.flow]].some((name) => entriesFor(name, target, e.flow).includes(e));
      })
      .map((e) => `${e.flow}: ${e.match.join(', ')}`);
    expect(unseen).toEqual([]);
  });

  it('the checks can fail: a field the inventory does not know is reported missing', () => {
    expect(entriesFor('cmi.interactions.n.learner_response', 'scorm2004', 'sent')).not.toEqual([]);
    expect(entriesFor('cmi.learner_email', 'scorm2004', 'sent')).toEqual([]);
    expect(entriesFor('result.extensions.{course}/extensions/mood', 'xapi', 'sent')).toEqual([]);
  });

  it.each(TARGETS.filter((t) => t !== 'web'))('%s: the reflection text leaves the device only with trackReflectionText, as the inventory says', (target) => {
    expect(run(target, 'off').raw).not.toContain(REFLECTION);
    expect(run(target, 'on').raw).toContain(REFLECTION);
  });

  it('web: nothing is sent anywhere', () => {
    expect(run('web', 'off').sent.size + run('web', 'off').read.size).toBe(0);
    expect(run('web', 'off').device).toEqual(new Set(['god-ledelse:{course}:state', 'god-ledelse:{course}:reflections:{learner}']));
  });
});

describe('privacy inventory document (dist/<slug>-<target>-privacy.md)', () => {
  it.each(TARGETS)('%s: lists every entry for the package, the recipient, the opt-in switch and that retention is the agency\'s', (target) => {
    const doc = privacyInventory(sampleCourse(), target);
    for (const e of INVENTORY.filter((x) => x.targets.includes(target) && x.only !== REFLECTION_OPT_IN)) expect(doc).toContain(e.data.replace(/\|/g, '\\|'));
    expect(doc).toContain('## Mottaker');
    expect(doc).toContain('`trackReflectionText` i `course/course.ts` er **av**');
    expect(doc).toContain('bestemmer virksomheten');
  });

  it('an opted-in course says so, and lists the reflection text among what is sent', () => {
    const off = privacyInventory(sampleCourse(), 'scorm2004');
    const on = privacyInventory(optedInCourse(), 'scorm2004');
    expect(on).toContain('er **slått PÅ**');
    const sentSection = (doc: string) => doc.split('## Sendes')[1]?.split('## Leses')[0] ?? '';
    expect(sentSection(on)).toContain('Refleksjonstekst (fritekst) som svar');
    expect(sentSection(off)).not.toContain('Refleksjonstekst (fritekst) som svar');
  });
});
