/**
 * What the end-to-end tests prove about accessibility, one entry per claim. The accessibility
 * statement (in the course and the draft in dist/) is written from this list and nothing else,
 * and every entry must be named by exactly one e2e test through verifies() (a unit test checks
 * that), so the statement never claims what no test checks. `criteria` lists the WCAG 2.1
 * success criteria a check bears on; empty means good practice beyond WCAG.
 */
export const verifiedChecks = [
  { id: 'axe-every-screen', criteria: ['2.1 A og AA, de automatisk testbare delene'], text: 'Automatisk test med axe-core finner ingen brudd på noe skjermbilde, i 1280 og 320 piksler bredde.' },
  { id: 'keyboard-only', criteria: ['2.1.1', '2.1.2', '2.4.7'], text: 'Hele kurset, med sluttesten, kan tas med tastatur alene, uten tastaturfeller og med synlig fokus.' },
  { id: 'reflow-text-spacing', criteria: ['1.4.10', '1.4.12'], text: 'Ingen skjermbilder ruller sidelengs i 320 piksler bredde, heller ikke med økt linje-, avsnitts-, ord- og bokstavavstand.' },
  { id: 'page-titles', criteria: ['2.4.2'], text: 'Hvert skjermbilde har sin egen sidetittel: side, leksjon og kurs.' },
  { id: 'history-navigation', criteria: ['2.4.3'], text: 'Nettleserens Tilbake og Frem flytter mellom sidene i kurset, og en lenke til en side åpner den siden. Fokus flyttes til sidens overskrift.' },
  { id: 'ordering-controls', criteria: ['1.3.1', '2.5.3', '4.1.2'], text: 'Rekkefølgeoppgaver: knappene har det synlige navnet i det tilgjengelige navnet, og plasseringen vises som tall.' },
  { id: 'toggle-state-visible', criteria: ['1.4.1', '4.1.2'], text: 'Innhold-knappen viser synlig, og ikke bare med farge, når innholdsfortegnelsen er åpen.' },
  { id: 'heading-names-lesson', criteria: ['2.4.6', '1.3.1'], text: 'Overskriften på hver side sier både sidens og leksjonens navn.' },
  { id: 'progress-announced', criteria: ['4.1.3'], text: 'Når en leksjon eller hele kurset blir fullført, sies det fra uten at fokus flyttes.' },
  { id: 'exit-confirmed', criteria: ['2.4.3'], text: '«Avslutt» spør før kurset lukkes, og etterpå sier skjermbildet hva som skjedde og hva du kan gjøre.' },
  { id: 'focus-after-check', criteria: ['2.4.3', '4.1.3', '1.3.1'], text: 'Etter «Sjekk svaret» får tilbakemeldingen fokus og leser opp forklaringen til hvert svar; etter «Prøv igjen» får svaralternativene fokus. Hvert alternativ er knyttet til sin forklaring og kan nås med Tab.' },
  { id: 'answer-states', criteria: ['1.4.1', '1.4.11'], text: 'Riktige og gale svar vises med ord, ikon og kantform, ikke bare med farge, med kontrast på minst 3:1, også med tvungne farger (høykontrastmodus).' },
  { id: 'first-unanswered', criteria: ['3.3.1', '2.4.3'], text: 'Leverer du sluttesten uten å ha svart på alt, markeres spørsmålene som mangler, og fokus flyttes til det første.' },
  { id: 'reflection-kept', criteria: [], text: 'Tekst du skriver i refleksjonene, lagres for hvert tastetrykk; ingenting går tapt om siden lukkes.' },
] as const satisfies readonly { id: string; criteria: readonly string[]; text: string }[];

export type CheckId = (typeof verifiedChecks)[number]['id'];

/** Test title for the e2e test that proves a check: "[id] what it proves". */
export function verifies(id: CheckId): string {
  const check = verifiedChecks.find((c) => c.id === id);
  return `[${id}] ${check?.text ?? ''}`;
}
