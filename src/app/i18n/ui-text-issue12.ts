import type { UiText } from './ui-text.ts';

/**
 * Nynorsk and English for the UI words issue 12 added to bokmål in ui-text.ts (header, start
 * page, one question at a time, completion, certificate, error page). Kept apart so the
 * translations of ui-text.ts can take them in at merge: `{ ...issue12Text.nn }` in the nn object.
 * Nynorsk after course/nynorsk-termliste.md; English after course/english-glossary.md.
 */
type Issue12Keys =
  | 'menuLabel' | 'expectationsCount' | 'lessonsCount' | 'lessonNumber' | 'aboutCourse' | 'aboutCourseText'
  | 'nextQuestion' | 'previousQuestion' | 'yourResult' | 'yourPlan' | 'planIntro' | 'noPlanYet'
  | 'certificateConfirms' | 'certificateLearnerUnknown' | 'startFailedTitle' | 'reload' | 'certificateHint';

export const issue12Text: Record<'nn' | 'en', Pick<UiText, Issue12Keys>> = {
  nn: {
    menuLabel: 'Kursmeny',
    expectationsCount: (n: number) => `${n} forventningar til leiarar`,
    lessonsCount: (n: number) => `${n} leksjonar`,
    lessonNumber: (n: number) => `Leksjon ${n}`,
    aboutCourse: 'Om kurset',
    aboutCourseText: 'Ta kurset i ditt eige tempo. Framdrifta blir lagra, så du kan ta pausar og halde fram der du slapp.',
    nextQuestion: 'Neste spørsmål',
    previousQuestion: 'Førre spørsmål',
    yourResult: 'Resultatet ditt',
    yourPlan: 'Handlingsplanen din',
    planIntro: 'Last ned planen du laga, og ta han med i samtalen med leiaren din.',
    noPlanYet: 'Du har ikkje fylt ut handlingsplanen enno.',
    certificateConfirms: 'Dette stadfestar at',
    certificateLearnerUnknown: 'Kursdeltakaren',
    startFailedTitle: 'Kurset kunne ikkje starte',
    reload: 'Last inn på nytt',
    certificateHint: 'Kursbeviset blir skrive ut på éi side. Vel «Lagre som PDF» i utskriftsvindauget for å lagre det som fil.',
  },
  en: {
    menuLabel: 'Course menu',
    expectationsCount: (n: number) => `${n} expectations of leaders`,
    lessonsCount: (n: number) => `${n} lessons`,
    lessonNumber: (n: number) => `Lesson ${n}`,
    aboutCourse: 'About the course',
    aboutCourseText: 'Take the course at your own pace. Your progress is saved, so you can take breaks and carry on where you left off.',
    nextQuestion: 'Next question',
    previousQuestion: 'Previous question',
    yourResult: 'Your result',
    yourPlan: 'Your action plan',
    planIntro: 'Download the plan you made and take it to your conversation with your manager.',
    noPlanYet: 'You have not filled in the action plan yet.',
    certificateConfirms: 'This certifies that',
    certificateLearnerUnknown: 'The participant',
    startFailedTitle: 'The course could not start',
    reload: 'Reload',
    certificateHint: 'The certificate prints on one page. Choose “Save as PDF” in the print dialogue to keep it as a file.',
  },
};
