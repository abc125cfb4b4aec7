import type { Block, Course, Lesson, Scenario, SituationNode } from '../../course/schema/index.ts';
import type { Locale } from '../../course/schema/text.ts';
import type { RichDoc } from '../../course/schema/rich-text.ts';
import type { GuideText } from './guide-text.ts';

/** One expectation as a discussion: the case, questions, points, and the course's own view for the facilitator. */
export interface GuideSection {
  id: string;
  title: string;
  description: string;
  points: RichDoc[];
  scenario: { title: string; intro: RichDoc | null; situation: RichDoc; choices: string[]; strong: string[]; debrief: RichDoc | null } | null;
  questions: string[];
}

export interface TimingRow {
  minutes: number;
  activity: string;
}

export interface GuideModel {
  lang: Locale;
  courseTitle: string;
  version: string;
  sections: GuideSection[];
  timing: TimingRow[];
}

/** The 90-minute session: 10 minutes to open, 10 to close, the rest shared by the expectations. */
export const SESSION_MINUTES = 90;
const OPENING = 10;
const CLOSING = 10;

const blocksOf = (lessons: Lesson[]): Block[] => lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));

export function guideModel(course: Course, lang: Locale, text: GuideText): GuideModel {
  const t = (value: { nb: string } & Partial<Record<Locale, string>>) => value[lang] ?? value.nb;
  const r = (value: { nb: RichDoc } & Partial<Record<Locale, RichDoc>>) => value[lang] ?? value.nb;
  const sections = course.meta.objectives.map((o): GuideSection => {
    const lessons = course.lessons.filter((l) => l.objective === o.id);
    const blocks = blocksOf(lessons);
    // The document's points: key points, or the titles of reveal cards quoting the document (issue 12).
    const points = blocks.flatMap((b): RichDoc[] => {
      if (b.kind === 'key-points') return b.points.map(r);
      if (b.kind === 'cards' && b.fromDocument) return b.cards.map((c) => [{ t: 'p', c: [t(c.title)] }]);
      return [];
    });
    const scenarios: Scenario[] = blocks.flatMap((b) => (b.kind === 'scenario' && (b.scenario.objective ?? o.id) === o.id ? [b.scenario] : []));
    const reflection = blocks.find((b) => b.kind === 'reflection');
    const s = scenarios[0];
    const first = s?.nodes.find((n): n is SituationNode => n.kind === 'situation' && n.id === s.start) ?? null;
    const good = s?.nodes.find((n) => n.kind === 'ending' && n.outcome === 'good');
    const scenario =
      s && first
        ? {
            title: t(s.title),
            intro: s.intro ? r(s.intro) : null,
            situation: r(first.text),
            choices: first.choices.map((c) => t(c.text)),
            strong: first.choices.filter((c) => c.rating === 'strong').map((c) => t(c.text)),
            debrief: good?.kind === 'ending' ? r(good.debrief) : null,
          }
        : null;
    const questions = [
      ...(scenario ? [text.q1(scenario.title), text.q2(scenario.choices.length)] : []),
      ...(points.length ? [text.q3(points.length)] : []),
      reflection?.kind === 'reflection' ? t(reflection.prompt) : text.q4fallback,
    ];
    return { id: o.id, title: t(o.title), description: t(o.description), points, scenario, questions };
  });
  const each = Math.floor((SESSION_MINUTES - OPENING - CLOSING) / Math.max(1, sections.length));
  const read = Math.max(2, Math.round(each * 0.2));
  const plenary = Math.max(2, Math.round(each * 0.3));
  const timing: TimingRow[] = [
    { minutes: OPENING, activity: text.opening },
    ...sections.map((s) => ({ minutes: each, activity: text.perExpectation(s.title, read, each - read - plenary, plenary) })),
  ];
  // Whatever the division leaves over goes to the closing round, so the plan always adds up to 90.
  timing.push({ minutes: SESSION_MINUTES - timing.reduce((n, row) => n + row.minutes, 0), activity: text.closing });
  return { lang, courseTitle: t(course.meta.title), version: course.meta.version, sections, timing };
}
