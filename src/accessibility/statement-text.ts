import type { Locale } from '../../course/schema/text.ts';

/** The accessibility statement's own words per language; the checks' texts are in checks.ts. */
export interface StatementText {
  title: string;
  coversHeading: string;
  covers: (course: string, version: string) => string;
  requirement: string;
  testedHeading: string;
  tested: string;
  beyondWcag: string;
  notAssessedHeading: string;
  notAssessed: string;
  feedbackHeading: string;
  feedback: string;
  noContact: string;
  complaintHeading: string;
  complaint: (url: string) => string;
}

export const STATEMENT_TEXT: Record<Locale, StatementText> = {
  nb: {
    title: 'Tilgjengelighetserklæring',
    coversHeading: 'Hva erklæringen gjelder',
    covers: (course, version) => `Erklæringen gjelder e-læringskurset «${course}», versjon ${version}, i nettversjonen og i pakkene for læringsplattformer (SCORM, xAPI og cmi5).`,
    requirement: 'Kurset skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT krever.',
    testedHeading: 'Slik er kurset testet',
    tested: 'Kurset har automatiske tester som tar det i bruk i nettleseren Chromium, slik en deltaker gjør. Testene bekrefter dette:',
    beyondWcag: 'god praksis utover WCAG',
    notAssessedHeading: 'Det som ikke er vurdert ennå',
    notAssessed: 'Automatiske tester dekker ikke alle kravene. Kravene som ikke står i listen over, må vurderes manuelt, blant annet med skjermleser (NVDA, VoiceOver og TalkBack), før erklæringen publiseres på uustatus.no.',
    feedbackHeading: 'Tilbakemelding',
    feedback: 'Møter du noe i kurset som er vanskelig å bruke, vil vi gjerne høre fra deg. Skriv hva du prøvde å gjøre, og på hvilken side.',
    noContact: 'Kontaktpunkt ikke satt (accessibilityContact i course/course.ts)',
    complaintHeading: 'Klage',
    complaint: (url) => `Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av ikt (${url}).`,
  },
  nn: {
    title: 'Tilgjengelegheitserklæring',
    coversHeading: 'Kva erklæringa gjeld',
    covers: (course, version) => `Erklæringa gjeld e-læringskurset «${course}», versjon ${version}, i nettversjonen og i pakkane for læringsplattformer (SCORM, xAPI og cmi5).`,
    requirement: 'Kurset skal oppfylle krava i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT krev.',
    testedHeading: 'Slik er kurset testa',
    tested: 'Kurset har automatiske testar som tek det i bruk i nettlesaren Chromium, slik ein deltakar gjer. Testane stadfestar dette:',
    beyondWcag: 'god praksis ut over WCAG',
    notAssessedHeading: 'Det som ikkje er vurdert enno',
    notAssessed: 'Automatiske testar dekkjer ikkje alle krava. Krava som ikkje står i lista over, må vurderast manuelt, mellom anna med skjermlesar (NVDA, VoiceOver og TalkBack), før erklæringa blir publisert på uustatus.no.',
    feedbackHeading: 'Tilbakemelding',
    feedback: 'Møter du noko i kurset som er vanskeleg å bruke, vil vi gjerne høyre frå deg. Skriv kva du prøvde å gjere, og på kva side.',
    noContact: 'Kontaktpunkt ikkje sett (accessibilityContact i course/course.ts)',
    complaintHeading: 'Klage',
    complaint: (url) => `Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du klage til Tilsynet for universell utforming av ikt (${url}).`,
  },
  en: {
    title: 'Accessibility statement',
    coversHeading: 'What the statement covers',
    covers: (course, version) => `The statement covers the e-learning course “${course}”, version ${version}, in the web version and in the packages for learning platforms (SCORM, xAPI and cmi5).`,
    requirement: 'The course is to meet the requirements of WCAG 2.1 at levels A and AA, as the Norwegian regulations on universal design of ICT (forskrift om universell utforming av IKT) require.',
    testedHeading: 'How the course has been tested',
    tested: 'The course has automated tests that use it in the Chromium browser, as a participant would. The tests confirm the following:',
    beyondWcag: 'good practice beyond WCAG',
    notAssessedHeading: 'What has not been assessed yet',
    notAssessed: 'Automated tests do not cover all the requirements. The requirements not in the list above must be assessed manually, including with screen readers (NVDA, VoiceOver and TalkBack), before the statement is published on uustatus.no.',
    feedbackHeading: 'Feedback',
    feedback: 'If you find anything in the course hard to use, we would like to hear from you. Write what you were trying to do, and on which page.',
    noContact: 'Contact point not set (accessibilityContact in course/course.ts)',
    complaintHeading: 'Complaints',
    complaint: (url) => `If you get no answer, or are not satisfied with the answer, you can complain to the Norwegian Authority for Universal Design of ICT, Tilsynet for universell utforming av ikt (${url}).`,
  },
};
