import { covers } from '../illustrations/pictures.ts';
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
          // issue 12: the model drawn from the course's objectives (was a text block with this caption).
          kind: 'model-figure',
          centre: {
            nb: 'God ledelse i staten – løser samfunnsoppdraget og oppnår resultater sammen med medarbeiderne',
            nn: 'God leiing i staten – løyser samfunnsoppdraget og oppnår resultat saman med medarbeidarane',
            en: 'Good leadership in the state – fulfils the agency’s mission in society and achieves results together with the employees',
          },
          caption: {
            nb: `I midten av modellen står målet: **God ledelse i staten – løser samfunnsoppdraget og oppnår resultater sammen med medarbeiderne**. Rundt målet står fem forventninger til ledere i staten.`,
            nn: `I midten av modellen står målet: **God leiing i staten – løyser samfunnsoppdraget og oppnår resultat saman med medarbeidarane**. Rundt målet står fem forventningar til leiarar i staten.`,
            en: `At the centre of the model is the goal: **Good leadership in the state – fulfils the agency’s mission in society and achieves results together with the employees**. Around the goal are five expectations of leaders in the state.`,
          },
        },
        {
          // issue 12: reveal cards (was a key-points block with the same words).
          kind: 'cards',
          title: { nb: 'De fem forventningene', nn: 'Dei fem forventningane', en: 'The five expectations' },
          cards: [
            {
              title: { nb: 'Kjenn rammene', nn: 'Kjenn rammene', en: 'Know the framework' },
              body: { nb: 'verdier, rammer, handlingsrom og partssamarbeid', nn: 'verdiar, rammer, handlingsrom og partssamarbeid', en: 'values, framework, room for manoeuvre and cooperation between employer and unions' },
              illustration: covers.kjennRammene,
            },
            {
              title: { nb: 'Styrk medarbeiderne', nn: 'Styrk medarbeidarane', en: 'Strengthen your employees' },
              body: { nb: 'tillit, anerkjennelse, medarbeiderskap og inkludering', nn: 'tillit, anerkjenning, medarbeidarskap og inkludering', en: 'trust, recognition, employeeship and inclusion' },
              illustration: covers.styrkMedarbeiderne,
            },
            {
              title: { nb: 'Se helheten', nn: 'Sjå heilskapen', en: 'See the whole picture' },
              body: { nb: 'samfunnsoppdraget, samarbeid, innbyggerne, sikkerhet og beredskap', nn: 'samfunnsoppdraget, samarbeid, innbyggjarane, tryggleik og beredskap', en: 'the agency’s mission in society, cooperation, citizens, security and preparedness' },
              illustration: covers.seHelheten,
            },
            {
              title: { nb: 'Vær innovativ', nn: 'Ver innovativ', en: 'Be innovative' },
              body: { nb: 'ny teknologi, forsvarlig bruk av data, læring', nn: 'ny teknologi, forsvarleg bruk av data, læring', en: 'new technology, responsible use of data, learning' },
              illustration: covers.vaerInnovativ,
            },
            {
              title: { nb: 'Utvikle deg som leder', nn: 'Utvikle deg som leiar', en: 'Develop as a leader' },
              body: { nb: 'eget lederskap, kunnskap og fellesskap med andre ledere', nn: 'eige leiarskap, kunnskap og fellesskap med andre leiarar', en: 'your own leadership, knowledge and community with other leaders' },
              illustration: covers.utvikleDegSomLeder,
            },
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
