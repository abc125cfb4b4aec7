import { describe, it, expect } from 'vitest';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { lessonDuration, type Block, type Course, type Inline, type Lesson, type Question, type RichBlock, type Scenario } from '../../../course/schema/index.ts';

/**
 * Checks the course content against the source document, Grunnlag for god ledelse i staten:
 * the 18 points and the seven quotations verbatim, and the shape the content issue asks for.
 * The expected strings are copied here on purpose: the test must not read the seed files.
 */

const POINTS: Record<string, string[]> = {
  'kjenn-rammene': [
    'Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet',
    'Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle',
    'Prioriter og bruk handlingsrommet',
    'Bruk partssamarbeidet og medbestemmelse aktivt',
  ],
  'styrk-medarbeiderne': [
    'Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom',
    'Gi anerkjennelse og konstruktive tilbakemeldinger',
    'Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet',
    'Bidra til et mangfoldig og inkluderende arbeidsfellesskap',
  ],
  'se-helheten': [
    'Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for',
    'Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer',
    'Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning',
    'Ha bevissthet om sikkerhet og beredskap',
  ],
  'vaer-innovativ': [
    'Utforsk og ta i bruk ny teknologi og nye arbeidsformer',
    'Frem forsvarlig bruk og deling av data',
    'Bygg kultur for innovasjon og kontinuerlig læring',
  ],
  'utvikle-deg-som-leder': [
    'Utforsk eget lederskap og hvordan du virker på andre',
    'Fyll på med kunnskap om ledelse',
    'Bygg fellesskap og del erfaringer med andre ledere',
  ],
};

const QUOTATIONS = [
  'Ledere må ha ambisjoner og tørre å ta risiko. I staten må vi tørre å tenke innovativt, gjøre ting på nye måter og også tørre å presentere kontroversielle ting til politisk ledelse.',
  'Som leder bør du bruke 50 % på egen portefølje og 50 % av tiden på andres, for å se helhet.',
  'Styringslinjen er sterk, det må man lære seg som leder i staten.',
  'Ledere må forstå politiske prosesser, og at det er mange og til dels motstridende mål som krever balansegang.',
  'Ledere må ha kunnskaper om grunnleggende prinsipper i forvaltningen og ha kunnskap om partssamarbeid og hovedavtalen.',
  'Altfor få ledere er opptatt av hvordan de selv virker på andre.',
  'Erfaringa vår er at vi framleis må ha nokon på toppen som set retning og forstår forretninga, men leiarane treng ikkje ha alla svara (..). Derfor seier vi at modige leiarar ikkje alltid veit best',
];

const CENTRE = 'løser samfunnsoppdraget og oppnår resultater sammen med medarbeiderne';
const RESOURCES = ['https://www.regjeringen.no/id3033097', 'https://arbeidsgiver.dfo.no/ledelse'];

const course: Course = await loadValidCourse(process.cwd());

// ---- helpers -------------------------------------------------------------------------------

const inlineText = (inline: Inline): string => (typeof inline === 'string' ? inline : inline.c.map(inlineText).join(''));

function richBlockText(block: RichBlock): string {
  switch (block.t) {
    case 'p':
    case 'h':
      return block.c.map(inlineText).join('');
    case 'ul':
    case 'ol':
      return block.items.map((item) => item.map(inlineText).join('')).join('\n');
  }
}

function linksOfInline(inline: Inline): string[] {
  if (typeof inline === 'string') return [];
  const inner = inline.c.flatMap(linksOfInline);
  return inline.t === 'a' ? [inline.href, ...inner] : inner;
}

const isRichDoc = (value: unknown): value is RichBlock[] =>
  Array.isArray(value) && value.every((b) => b !== null && typeof b === 'object' && 't' in b);

/** Every text of a value: plain strings as they are, rich-text trees flattened to plain text. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (isRichDoc(value)) out.push(...value.map(richBlockText));
  else if (Array.isArray(value)) value.forEach((v) => textsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => textsOf(v, out));
  return out;
}

/** Every link address in the rich-text trees of a value. */
function linksOf(value: unknown, out: string[] = []): string[] {
  if (isRichDoc(value)) {
    for (const block of value) {
      const inlines = 'items' in block ? block.items.flat() : block.c;
      out.push(...inlines.flatMap(linksOfInline));
    }
  } else if (Array.isArray(value)) value.forEach((v) => linksOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => linksOf(v, out));
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const blocksOf = (lesson: Lesson): Block[] => lesson.pages.flatMap((p) => p.blocks);
const allBlocks = course.lessons.flatMap(blocksOf);

function questionsOf(lesson: Lesson): Question[] {
  return blocksOf(lesson).flatMap((b) => (b.kind === 'question' ? [b.question] : []));
}
function scenariosOf(lesson: Lesson): Scenario[] {
  return blocksOf(lesson).flatMap((b) => (b.kind === 'scenario' ? [b.scenario] : []));
}
function assessments() {
  return allBlocks.flatMap((b) => (b.kind === 'assessment' ? [b] : []));
}

/** Fewest and most decisions on any path from the start to an ending (graphs are validated acyclic). */
function pathLengths(s: Scenario): { min: number; max: number } {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, { min: number; max: number }>();
  const walk = (id: string): { min: number; max: number } => {
    const node = byId.get(id);
    if (!node) throw new Error(`scenario ${s.id}: no node ${id}`);
    if (node.kind === 'ending') return { min: 0, max: 0 };
    const known = memo.get(id);
    if (known) return known;
    const below = node.choices.map((c) => walk(c.next));
    const result = { min: 1 + Math.min(...below.map((b) => b.min)), max: 1 + Math.max(...below.map((b) => b.max)) };
    memo.set(id, result);
    return result;
  };
  return walk(s.start);
}

const courseText = textsOf(course).map(normalise);

// ---- tests ---------------------------------------------------------------------------------

describe('the source document in the course', () => {
  it('lists 18 points under the five expectations', () => {
    expect(Object.keys(POINTS).sort()).toEqual(course.meta.objectives.map((o) => o.id).sort());
    expect(Object.values(POINTS).flat()).toHaveLength(18);
  });

  it.each(Object.entries(POINTS).flatMap(([objective, points]) => points.map((p) => [objective, p] as const)))(
    '%s: the point «%s» appears verbatim in its lesson',
    (objective, point) => {
      const lesson = course.lessons.find((l) => l.objective === objective);
      expect(lesson, `a lesson for ${objective}`).toBeDefined();
      const texts = textsOf(lesson).map(normalise);
      expect(texts.some((t) => t.includes(point))).toBe(true);
    },
  );

  /** The bokmål texts a lesson marks as the document's own: key points and reveal-card titles. */
  const documentTexts = (lesson: Lesson | undefined): string[] =>
    (lesson ? blocksOf(lesson) : []).flatMap((b) => {
      if (b.kind === 'key-points' && b.fromDocument) return b.points.map((p) => normalise(textsOf(p.nb).join(' ')));
      if (b.kind === 'cards' && b.fromDocument) return b.cards.map((c) => normalise(c.title.nb));
      return [];
    });

  it.each(Object.entries(POINTS))('%s: the lesson lists the document\'s points marked fromDocument (shown as translated in nn/en), each exactly once and verbatim', (objective, points) => {
    const lesson = course.lessons.find((l) => l.objective === objective);
    expect(documentTexts(lesson)).toEqual(points);
    // A block that lists a point but is not marked would show it unmarked in nn/en.
    const unmarked = (lesson ? blocksOf(lesson) : []).flatMap((b) => {
      if (b.kind === 'key-points' && !b.fromDocument) return b.points.map((p) => normalise(textsOf(p.nb).join(' ')));
      if (b.kind === 'cards' && !b.fromDocument) return b.cards.map((c) => normalise(c.title.nb));
      return [];
    });
    expect(unmarked.filter((text) => points.some((p) => text.includes(p)))).toEqual([]);
  });

  it('shows the points as reveal cards, each with a tip behind it (issue 12)', () => {
    for (const objective of Object.keys(POINTS)) {
      const lesson = course.lessons.find((l) => l.objective === objective);
      const cards = (lesson ? blocksOf(lesson) : []).flatMap((b) => (b.kind === 'cards' && b.fromDocument ? b.cards : []));
      expect(cards.map((c) => c.title.nb), objective).toEqual(POINTS[objective]);
      for (const card of cards) expect(normalise(textsOf(card.body.nb).join(' ')).length, card.title.nb).toBeGreaterThan(20);
    }
  });

  it.each(QUOTATIONS)('the quotation «%s» appears verbatim in a quote block', (quotation) => {
    const quotes = allBlocks.flatMap((b) => (b.kind === 'quote' ? [b] : []));
    const match = quotes.find((q) => normalise(q.text.nb).includes(quotation));
    expect(match, 'a quote block with this text').toBeDefined();
    expect(match?.text.nb).not.toMatch(/[«»]/);
    expect(match?.by.nb.trim()).not.toBe('');
    expect(match?.source?.nb).toContain('Grunnlag for god ledelse i staten');
  });

  it('names the centre of the model and what the foundation replaces', () => {
    expect(courseText.some((t) => t.toLowerCase().includes(CENTRE))).toBe(true);
    expect(courseText.some((t) => t.includes('Plattform for ledelse i staten') && t.includes('2008'))).toBe(true);
    expect(courseText.some((t) => t.includes('Lederplakaten') && t.includes('2014'))).toBe(true);
  });
});

describe('course structure', () => {
  it('orders the lessons introduction, five expectations, closing, final test', () => {
    expect(course.lessons.map((l) => l.id)).toEqual([
      'introduksjon',
      'kjenn-rammene',
      'styrk-medarbeiderne',
      'se-helheten',
      'vaer-innovativ',
      'utvikle-deg-som-leder',
      'avslutning',
      'sluttest',
    ]);
    expect(course.lessons.map((l) => l.objective)).toEqual([
      undefined,
      ...course.meta.objectives.map((o) => o.id),
      undefined,
      undefined,
    ]);
  });

  it('takes 45–60 minutes in total, computed from the content, and the course says so', () => {
    // Issue 10: minutes = words ÷ 200 wpm + 30 s a question + 1 min a decision + writing allowances.
    const total = course.lessons.reduce((n, l) => n + lessonDuration(l).minutes, 0);
    expect(total).toBeGreaterThanOrEqual(45);
    expect(total).toBeLessThanOrEqual(60);
    expect(course.meta.minutes).toBe(total);
  });

  it('keeps the course metadata the issue fixed', () => {
    expect(course.meta.masteryScore).toBe(80);
    expect(course.meta.objectives.map((o) => o.id)).toEqual(Object.keys(POINTS));
  });
});

describe.each(Object.keys(POINTS))('the lesson for %s', (objective) => {
  const found = course.lessons.find((l) => l.objective === objective);
  const lesson = found ?? { id: 'missing', title: { nb: '' }, minutes: 0, required: true, pages: [] };

  it('exists', () => {
    expect(found, `a lesson with objective "${objective}"`).toBeDefined();
  });

  it('has 3–6 pages, the scenario and the knowledge check on pages of their own', () => {
    expect(lesson.pages.length).toBeGreaterThanOrEqual(3);
    expect(lesson.pages.length).toBeLessThanOrEqual(6);
    for (const page of lesson.pages) {
      const kinds = new Set(page.blocks.map((b) => b.kind));
      if (kinds.has('scenario')) expect([...kinds]).toEqual(['scenario']);
      if (kinds.has('question')) expect([...kinds].every((k) => k === 'question' || k === 'text')).toBe(true);
    }
  });

  // Three questions, not four: issue 10 asks for 45–60 minutes in total, computed at 30 s a
  // question plus reading; three still check the expectation in two kinds of question.
  it('has a knowledge check of at least 3 questions of at least 2 kinds', () => {
    const questions = questionsOf(lesson);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
    for (const q of questions) expect(q.objective).toBe(objective);
  });

  // Two decisions on every path, not three: issue 10's 45–60 minutes (1 min a decision on the
  // longest path) cannot hold six scenarios of three. Two still make a dilemma with a consequence.
  it('has a branching scenario with at least 2 endings and at least 2 decisions on every path', () => {
    const scenarios = scenariosOf(lesson);
    expect(scenarios.length).toBeGreaterThanOrEqual(1);
    for (const s of scenarios) {
      const endings = s.nodes.filter((n) => n.kind === 'ending');
      expect(endings.length).toBeGreaterThanOrEqual(2);
      expect(new Set(endings.map((e) => e.outcome)).size).toBe(endings.length);
      const situations = s.nodes.filter((n) => n.kind === 'situation');
      expect(situations.length).toBeGreaterThanOrEqual(3);
      expect(situations.length).toBeLessThanOrEqual(10);
      for (const n of situations) {
        expect(n.choices.length).toBeGreaterThanOrEqual(2);
        expect(n.choices.length).toBeLessThanOrEqual(3);
        // Every decision offers a strong way forward and at least one that teaches by contrast.
        expect(n.choices.some((c) => c.rating === 'strong')).toBe(true);
        expect(new Set(n.choices.map((c) => c.rating)).size).toBeGreaterThanOrEqual(2);
      }
      // Each debrief ties the choices to the expectation's points, named verbatim.
      for (const e of endings) {
        const debrief = e.debrief.nb.map(richBlockText).map(normalise).join('\n');
        for (const point of POINTS[objective] ?? []) expect(debrief, `${s.id}/${e.id}`).toContain(point);
      }
      const { min, max } = pathLengths(s);
      expect(min).toBeGreaterThanOrEqual(2);
      expect(max).toBeLessThanOrEqual(6);
      expect(s.objective).toBe(objective);
    }
  });

  it('has exactly one reflection, with a label for the action plan', () => {
    const reflections = blocksOf(lesson).filter((b) => b.kind === 'reflection');
    expect(reflections).toHaveLength(1);
    const [reflection] = reflections;
    expect(reflection?.kind === 'reflection' && reflection.planLabel?.nb).toBeTruthy();
  });
});

describe('scenario pictures (issue 12: the story shows who and where)', () => {
  const scenarios = course.lessons.flatMap(scenariosOf);
  const situations = (s: Scenario) => s.nodes.flatMap((n) => (n.kind === 'situation' ? [n] : []));

  it('every situation shows a picture that says what it shows, in nb, nn and en', () => {
    for (const s of scenarios)
      for (const n of situations(s)) {
        const picture = n.illustration ?? s.illustration;
        expect(picture?.decorative, `${s.id}/${n.id}`).toBeUndefined();
        expect(Object.keys(picture?.alt ?? {}).sort(), `${s.id}/${n.id}`).toEqual(['en', 'nb', 'nn']);
      }
  });

  it('no two scenarios open with the same picture', () => {
    const first = scenarios.map((s) => situations(s).find((n) => n.id === s.start)?.illustration?.src ?? s.illustration?.src);
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(new Set(first).size).toBe(first.length);
  });

  it('an alt text describes one drawing only (a drawing may serve twice, with words of its own each time)', () => {
    // The same alt text on two different drawings would describe one of them wrongly.
    const altBySrc = new Map<string, Set<string>>();
    for (const s of scenarios)
      for (const picture of [s.illustration, ...situations(s).map((n) => n.illustration)])
        if (picture?.alt) altBySrc.set(picture.alt.nb, (altBySrc.get(picture.alt.nb) ?? new Set()).add(picture.src));
    for (const [alt, srcs] of altBySrc) expect([...srcs], alt).toHaveLength(1);
  });
});

describe('questions', () => {
  const all = [...course.lessons.flatMap(questionsOf), ...assessments().flatMap((a) => a.bank)];

  it.each(all.map((q) => [q.id, q] as const))('%s explains every answer', (_id, q) => {
    switch (q.kind) {
      case 'single':
      case 'multiple':
        expect(q.options.length).toBeGreaterThanOrEqual(3);
        for (const o of q.options) expect(o.feedback.nb.trim().length).toBeGreaterThan(20);
        break;
      case 'ordering':
        expect(q.feedbackCorrect.nb.trim().length).toBeGreaterThan(20);
        expect(q.feedbackIncorrect.nb.trim().length).toBeGreaterThan(20);
        break;
    }
  });
});

describe('final assessment', () => {
  const [assessment, ...more] = assessments();

  it('is one assessment in the last lesson', () => {
    expect(more).toHaveLength(0);
    expect(assessment?.id).toBe('sluttest-vurdering');
    const last = course.lessons.at(-1);
    expect(last && blocksOf(last).some((b) => b.kind === 'assessment')).toBe(true);
  });

  it('has a bank that can fill every draw, with at least 3 questions per objective', () => {
    if (!assessment) throw new Error('no assessment');
    expect(assessment.drawPerObjective).toBe(2);
    expect(assessment.maxAttempts).toBe(3);
    for (const objective of course.meta.objectives) {
      const count = assessment.bank.filter((q) => q.objective === objective.id).length;
      expect(count, objective.id).toBeGreaterThanOrEqual(Math.max(3, assessment.drawPerObjective));
    }
    expect(assessment.bank.every((q) => q.objective !== undefined)).toBe(true);
    expect(new Set(assessment.bank.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
  });

  it('asks new questions, not the knowledge-check questions again', () => {
    if (!assessment) throw new Error('no assessment');
    const checkPrompts = new Set(course.lessons.flatMap(questionsOf).map((q) => normalise(q.prompt.nb)));
    for (const q of assessment.bank) expect(checkPrompts.has(normalise(q.prompt.nb)), q.id).toBe(false);
  });
});

describe('closing lesson', () => {
  const closing = course.lessons.find((l) => blocksOf(l).some((b) => b.kind === 'action-plan'));

  it('gathers every reflection of the course into the action plan', () => {
    if (!closing) throw new Error('no lesson with an action plan');
    const plan = blocksOf(closing).find((b) => b.kind === 'action-plan');
    const reflectionIds = allBlocks.flatMap((b) => (b.kind === 'reflection' ? [b.id] : []));
    expect(reflectionIds).toHaveLength(6);
    expect(reflectionIds).toContain('refleksjon-handlingsplan');
    expect(plan?.kind === 'action-plan' && plan.id).toBe('handlingsplan');
    expect(plan?.kind === 'action-plan' && [...plan.reflections].sort()).toEqual([...reflectionIds].sort());
    expect(blocksOf(closing).some((b) => b.kind === 'reflection' && b.id === 'refleksjon-handlingsplan')).toBe(true);
  });

  it('links to both resources the document names', () => {
    if (!closing) throw new Error('no lesson with an action plan');
    const links = linksOf(closing);
    for (const href of RESOURCES) expect(links).toContain(href);
  });

  it('tells the learner that the plan stays on their device', () => {
    if (!closing) throw new Error('no lesson with an action plan');
    expect(textsOf(closing).some((t) => /lagr/i.test(t) && /enhet/i.test(t))).toBe(true);
  });
});
