import { defineLesson } from '../schema/index.ts';

/**
 * Introduksjon: hvorfor ledelse har betydning, hvordan grunnlaget ble til, og modellen med de fem
 * forventningene. Alt som tillegges dokumentet, står i Grunnlag for god ledelse i staten.
 */
export default defineLesson({
  id: 'introduksjon',
  title: 'Ledelse har betydning',
  summary: 'Hvorfor ledelse i staten er viktig, hvordan grunnlaget ble til, og de fem forventningene.',
  pages: [
    {
      id: 'intro-betydning',
      title: 'Ledelse har betydning',
      blocks: [
        {
          kind: 'text',
          body: `Statlige virksomheter forvalter fellesskapets verdier, utøver myndighet og yter tjenester. Kravene endrer seg:

- Flere eldre gir knapphet på ressurser og kompetanse.
- Kunstig intelligens kan hjelpe, men reiser nye spørsmål.
- Sikkerhet og beredskap betyr mer.
- Det grønne skiftet krever samordning på tvers.

Som leder har du en nøkkelrolle, men du står ikke alene: Ledelse i staten skal utøves med den norske modellen som plattform, der partssamarbeid, medbestemmelse og involvering bidrar til bedre beslutninger.`,
        },
      ],
    },
    {
      id: 'intro-innspill',
      title: 'Slik ble grunnlaget til',
      blocks: [
        {
          kind: 'text',
          body: `Grunnlaget bygger på innspill fra ledere, HR, tillitsvalgte, forskere og konsulenter. De pekte bort fra den heroiske lederen med «alle» svar, mot ledere som viser tillit, tør å prioritere og samarbeider på tvers.`,
        },
      ],
    },
    {
      id: 'intro-modellen',
      title: 'Modellen og de fem forventningene',
      blocks: [
        {
          kind: 'text',
          body: `I midten av modellen står målet: **God ledelse i staten – løser samfunnsoppdraget og oppnår resultater sammen med medarbeiderne**. Rundt målet står fem forventninger til ledere i staten.`,
        },
        {
          kind: 'key-points',
          title: 'De fem forventningene',
          points: [
            '**Kjenn rammene** – verdier, rammer, handlingsrom og partssamarbeid',
            '**Styrk medarbeiderne** – tillit, anerkjennelse, medarbeiderskap og inkludering',
            '**Se helheten** – samfunnsoppdraget, samarbeid, innbyggerne, sikkerhet og beredskap',
            '**Vær innovativ** – ny teknologi, forsvarlig bruk av data, læring',
            '**Utvikle deg som leder** – eget lederskap, kunnskap og fellesskap med andre ledere',
          ],
        },
        {
          kind: 'text',
          body: `Forventningene gjelder alle ledere i staten og erstatter «Plattform for ledelse i staten» (2008) og Lederplakaten (2014).

Hver leksjon har en kunnskapssjekk, en øvelse og en refleksjon. Til slutt lager du en handlingsplan og tar sluttesten.`,
        },
      ],
    },
    {
      id: 'intro-egenvurdering',
      title: 'Hvor står du i dag?',
      blocks: [
        {
          kind: 'self-assessment',
          id: 'egenvurdering-start',
          title: 'Egenvurdering før kurset',
          intro: `Hvor godt lever du opp til de fem forventningene i dag? På slutten svarer du igjen og ser svarene side om side.

Svarene lagres bare på denne enheten. Læringsplattformen får bare vite at du har svart.`,
          prompt: 'Hvor godt lever du opp til denne forventningen i dag?',
          scale: ['I liten grad', 'I noen grad', 'I ganske stor grad', 'I stor grad', 'I svært stor grad'],
        },
      ],
    },
  ],
});
