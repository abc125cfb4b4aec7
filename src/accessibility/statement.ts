import type { CourseMeta } from '../../course/schema/index.ts';
import { verifiedChecks } from './checks.ts';

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

/**
 * The accessibility statement (tilgjengelighetserklæring), in the order of the uustatus.no
 * form: what it covers, how it was checked, what is verified, what is left, feedback, complaints.
 * One model: the course shows it, and the build writes the draft the agency publishes.
 */
export function buildStatement(meta: CourseMeta): Statement {
  const contact = meta.accessibilityContact;
  return {
    title: 'Tilgjengelighetserklæring',
    sections: [
      {
        heading: 'Hva erklæringen gjelder',
        paragraphs: [
          `Erklæringen gjelder e-læringskurset «${meta.title.nb}», versjon ${meta.version}, i nettversjonen og i pakkene for læringsplattformer (SCORM, xAPI og cmi5).`,
          'Kurset skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT krever.',
        ],
      },
      {
        heading: 'Slik er kurset testet',
        paragraphs: ['Kurset har automatiske tester som tar det i bruk i nettleseren Chromium, slik en deltaker gjør. Testene bekrefter dette:'],
        list: verifiedChecks.map((c) => `${c.text} (${c.criteria.length ? `WCAG ${c.criteria.join(', ')}` : 'god praksis utover WCAG'})`),
      },
      {
        heading: 'Det som ikke er vurdert ennå',
        paragraphs: [
          'Automatiske tester dekker ikke alle kravene. Kravene som ikke står i listen over, må vurderes manuelt, blant annet med skjermleser (NVDA, VoiceOver og TalkBack), før erklæringen publiseres på uustatus.no.',
        ],
      },
      {
        heading: 'Tilbakemelding',
        paragraphs: ['Møter du noe i kurset som er vanskelig å bruke, vil vi gjerne høre fra deg. Skriv hva du prøvde å gjøre, og på hvilken side.'],
        contact: contact ? { name: contact.name.nb, email: contact.email, ...(contact.url ? { url: contact.url } : {}) } : { name: 'Kontaktpunkt ikke satt (accessibilityContact i course/course.ts)', email: '' },
      },
      {
        heading: 'Klage',
        paragraphs: [`Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av ikt (${SUPERVISORY_URL}).`],
      },
    ],
  };
}
