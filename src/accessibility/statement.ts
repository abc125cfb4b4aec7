import type { CourseMeta, Locale } from '../../course/schema/index.ts';
import { verifiedChecks } from './checks.ts';
import { STATEMENT_TEXT } from './statement-text.ts';

/** uu-tilsynet's complaints channel: the statement must say where to complain (forskrift om universell utforming av IKT § 8). */
export const SUPERVISORY_URL = 'https://www.uutilsynet.no/';

export interface StatementSection {
  heading: string;
  paragraphs: string[];
  list?: string[];
  /** A contact line with an e-mail address and an optional web address. */
  contact?: { name: string; email: string; url?: string };
}

export interface Statement {
  title: string;
  sections: StatementSection[];
}

/** A contact name may be a plain string or a text per language (course/schema). */
type Name = string | ({ nb: string } & Partial<Record<Locale, string>>);
const nameIn = (name: Name, locale: Locale): string => (typeof name === 'string' ? name : (name[locale] ?? name.nb));

/**
 * The accessibility statement (tilgjengelighetserklæring), in the order of the uustatus.no
 * form: what it covers, how it was checked, what is verified, what is left, feedback, complaints.
 * One model: the course shows it in the learner's language, and the build writes the draft the
 * agency publishes (bokmål, the default).
 */
export function buildStatement(meta: CourseMeta, locale: Locale = 'nb'): Statement {
  const contact = meta.accessibilityContact;
  const x = STATEMENT_TEXT[locale];
  const checkText = (c: (typeof verifiedChecks)[number]): string => (locale === 'nb' ? c.text : c[locale]);
  const scope = (c: (typeof verifiedChecks)[number]): string => {
    if ('scope' in c && locale !== 'nb') return `WCAG ${c.scope[locale]}`;
    return c.criteria.length ? `WCAG ${c.criteria.join(', ')}` : x.beyondWcag;
  };
  return {
    title: x.title,
    sections: [
      { heading: x.coversHeading, paragraphs: [x.covers(meta.title[locale] ?? meta.title.nb, meta.version), x.requirement] },
      { heading: x.testedHeading, paragraphs: [x.tested], list: verifiedChecks.map((c) => `${checkText(c)} (${scope(c)})`) },
      { heading: x.notAssessedHeading, paragraphs: [x.notAssessed] },
      {
        heading: x.feedbackHeading,
        paragraphs: [x.feedback],
        contact: contact ? { name: nameIn(contact.name, locale), email: contact.email, ...(contact.url ? { url: contact.url } : {}) } : { name: x.noContact, email: '' },
      },
      { heading: x.complaintHeading, paragraphs: [x.complaint(SUPERVISORY_URL)] },
    ],
  };
}
