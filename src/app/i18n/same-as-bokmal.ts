import type { Locale } from '../../../course/schema/index.ts';

/**
 * The UI texts (dotted keys of UiText) that are rightly the same in nynorsk or English as in
 * bokmål: the same words in both written forms, or no words at all (a number, a date whose
 * month name is the same, a dash before a name, an icon). Every other nn/en text differs from
 * its bokmål one (test/unit/app/ui-text.test.ts); a check for bokmål left in the nn/en views
 * may allow these.
 */
export const SAME_AS_BOKMAL: Record<Exclude<Locale, 'nb'>, readonly string[]> = {
  nn: [
    'language', // «Språk»
    'situation', // «Situasjon N av M»
    'aboutCourse', // «Om kurset»
    'lessonNumber', // «Leksjon N»
    'menuLabel', // «Kursmeny»
    'nextQuestion', // «Neste spørsmål»
    'reload', // «Last inn på nytt»
    'yourPlan', // «Handlingsplanen din»
    'yourResult', // «Resultatet ditt»
    'start', // «Start kurset»
    'whatYouLearn', // «Dette lærer du»
    'progress', // «N % gjennomgått»
    'lessonProgress', // «N % gjennomgått», the same word as the header's
    'testStatus.passed', // «Sluttest: bestått»
    'cancel', // «Avbryt»
    'downloadPlan', // «Last ned handlingsplanen din»
    'certificateTitle', // «Kursbevis»
    'takeTest', // «Ta sluttesten»
    'retakeTest', // «Ta sluttesten på nytt»
    'moveUpShort', // «Opp»
    'moveDownShort', // «Ned»
    'next', // «Neste»
    'pageOf', // «Side N av M»
    'exit', // «Avslutt»
    'tryAgain', // «Prøv igjen»
    'scenario', // «Scenario»
    'questionOf', // «Spørsmål N av M»
    'completionTitle', // «Oppsummering»
    'goTo', // «Gå til»
    'download', // «Last ned som tekstfil»
    'print', // «Skriv ut»
    'close', // «Lukk»
    'expectation', // «Forventning»
    'before', // «Før kurset»
    'reviewWrong', // «Feil»
    'repeat', // «Repeter: …» (nynorsk repetere)
    'resultPassed', // «Bestått»
    'outcome.good', // «Godt utfall»
    'outcome.poor', // «Svakt utfall»
    'percent',
    'formatDate',
    'quoteBy',
    'optionIcon.chosen-right',
    'optionIcon.chosen-wrong',
    'optionIcon.missed',
  ],
  en: ['scenario', 'quoteBy', 'optionIcon.chosen-right', 'optionIcon.chosen-wrong', 'optionIcon.missed'],
};
