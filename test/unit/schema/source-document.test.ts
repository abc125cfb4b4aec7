/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- the fixtures are changed on purpose through untyped access */
import { describe, expect, it } from 'vitest';
import { loadCourseSources } from '../../../packaging/load-course.ts';
import { formatProblem } from '../../../course/schema/problem.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { sampleLessons, sampleMeta, sources } from '../../fixtures/sample-course.ts';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are mutated freely

/** A source document for the sample course: two points under obj-a, one under obj-b. */
const DOCUMENT = { title: 'Dokumentet', points: { 'obj-a': ['Vis tillit gjennom tydelig ansvar', 'Gi anerkjennelse'], 'obj-b': ['Se helheten'] } };
const DOCUMENT_FILE = 'course/source-document.ts';

const card = (title: unknown) => ({ title, body: { nb: 'Et råd.' } });

/** Lesson a (objective obj-a) gets `block` as a second block on its first page; every problem, formatted. */
function problemsWith(block: unknown, document: unknown = DOCUMENT): string[] {
  const lessons = sampleLessons() as Mutable[];
  (lessons[1] as Mutable).pages[0].blocks.push(block);
  const result = validateCourse({ ...sources(sampleMeta(), lessons), document: { file: DOCUMENT_FILE, data: document } });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('texts marked fromDocument are the source document\'s wording (course/source-document.ts)', () => {
  it('accepts cards whose titles are the lesson\'s points word for word (spacing aside), and leaves unmarked cards alone', () => {
    expect(problemsWith({ kind: 'cards', fromDocument: true, title: 'Punktene', cards: [card('Vis tillit  gjennom tydelig ansvar'), card('Gi anerkjennelse')] })).toEqual([]);
    expect(problemsWith({ kind: 'cards', title: 'Kort', cards: [card('Noe annet'), card('Gi anerkjennelse')] })).toEqual([]);
  });

  it('refuses a fromDocument card that misquotes the document, naming file, lesson and field', () => {
    expect(problemsWith({ kind: 'cards', fromDocument: true, title: 'Punktene', cards: [card('Vis tillit gjennom tydelig ansvar'), card('Gi anerkjennelse og ros')] })).toEqual([
      'course/lessons/01-test.ts → lesson-a → pages[0].blocks[1].cards[1].title.nb: expected a point under "obj-a" word for word as in course/source-document.ts (fromDocument), found "Gi anerkjennelse og ros" [CONTENT_SOURCE_WORDING]',
    ]);
  });

  it('refuses a point of another expectation, and the same point twice in a lesson', () => {
    expect(problemsWith({ kind: 'cards', fromDocument: true, title: 'Punktene', cards: [card('Se helheten'), card('Gi anerkjennelse'), card('Gi anerkjennelse')] })).toEqual([
      'course/lessons/01-test.ts → lesson-a → pages[0].blocks[1].cards[0].title.nb: expected a point under "obj-a" word for word as in course/source-document.ts (fromDocument), found "Se helheten" [CONTENT_SOURCE_WORDING]',
      'course/lessons/01-test.ts → lesson-a → pages[0].blocks[1].cards[2].title.nb: expected each point of the document once in the lesson, found "Gi anerkjennelse" (also at pages[0].blocks[1].cards[1].title.nb) [CONTENT_SOURCE_WORDING]',
    ]);
  });

  it('checks fromDocument key points the same way (their rich text as plain text)', () => {
    expect(problemsWith({ kind: 'key-points', fromDocument: true, title: 'Punktene', points: ['**Gi** anerkjennelse', 'Vis tillit'] })).toEqual([
      'course/lessons/01-test.ts → lesson-a → pages[0].blocks[1].points[1].nb: expected a point under "obj-a" word for word as in course/source-document.ts (fromDocument), found "Vis tillit" [CONTENT_SOURCE_WORDING]',
    ]);
  });

  it('only bokmål is checked: nynorsk and English are the course\'s translation', () => {
    expect(problemsWith({ kind: 'cards', fromDocument: true, title: 'Punktene', cards: [card({ nb: 'Gi anerkjennelse', nn: 'Gi anerkjenning', en: 'Give recognition' }), card('Vis tillit gjennom tydelig ansvar')] })).toEqual([]);
  });

  it('reports a malformed source document against its own file', () => {
    expect(problemsWith({ kind: 'text', body: 'Tekst' }, { title: 'Dokumentet', points: { 'obj-a': [] } })).toEqual([
      'course/source-document.ts → course → points.obj-a: expected at least 1 point, found 0 items [CONTENT_SCHEMA]',
    ]);
  });
});

describe('the course\'s own source document', () => {
  it('is loaded with the lessons, so the build checks the 18 points against it', async () => {
    const { sources: loaded, problems } = await loadCourseSources(process.cwd());
    expect(problems).toEqual([]);
    expect(loaded.document?.file).toBe('course/source-document.ts');
    // One lesson's first point misquoted: the real course then fails, naming the card.
    const lessons = loaded.lessons.map((l) => ({ ...l, data: structuredClone(l.data) }));
    const kjenn = lessons.find((l) => (l.data as Mutable).id === 'kjenn-rammene');
    const cards = (kjenn?.data as Mutable | undefined)?.pages[0].blocks.find((b: Mutable) => b.kind === 'cards' && b.fromDocument);
    if (!kjenn || !cards) throw new Error('no fromDocument cards in kjenn-rammene');
    cards.cards[0].title.nb = 'Etterlev forvaltningsverdiene';
    const result = validateCourse({ ...loaded, lessons });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${kjenn.file} → kjenn-rammene → pages[0].blocks[0].cards[0].title.nb: expected a point under "kjenn-rammene" word for word as in course/source-document.ts (fromDocument), found "Etterlev forvaltningsverdiene" [CONTENT_SOURCE_WORDING]`,
    ]);
  });
});
