import { EXPECTATION_TITLES } from '../expectations.ts';
import { covers } from '../illustrations/pictures.ts';
import { defineLesson } from '../schema/index.ts';
import { SELF_ASSESSMENT_PROMPT, SELF_ASSESSMENT_SCALE } from '../self-assessment.ts';

/**
 * Introduksjon: hvorfor ledelse har betydning, hvordan grunnlaget ble til, og modellen med de fem
 * forventningene. Alt som tillegges dokumentet, står i Grunnlag for god ledelse i staten.
 */
export default defineLesson({
  id: 'introduksjon',
  title: { nb: 'Ledelse har betydning', nn: 'Leiing har mykje å seie', en: 'Leadership matters' },
  summary: {
    nb: 'Hvorfor ledelse i staten er viktig, hvordan grunnlaget ble til, og de fem forventningene.',
    nn: 'Kvifor leiing i staten er viktig, korleis grunnlaget blei til, og dei fem forventningane.',
    en: 'Why leadership in the state matters, how the foundation came about, and the five expectations.',
  },
  pages: [
    {
      id: 'intro-betydning',
      title: { nb: 'Ledelse har betydning', nn: 'Leiing har mykje å seie', en: 'Leadership matters' },
      blocks: [
        {
          kind: 'text',
          body: {
            nb: `Statlige virksomheter forvalter fellesskapets verdier, utøver myndighet og yter tjenester.

Som leder har du en nøkkelrolle, men du står ikke alene: Ledelse i staten må utøves med den norske modellen som plattform, der partssamarbeid, medbestemmelse og involvering bidrar til bedre beslutninger.`,
            nn: `Statlege verksemder forvaltar verdiane til fellesskapet, utøver mynde og yter tenester.

Som leiar har du ei nøkkelrolle, men du står ikkje åleine: Leiing i staten må utøvast med den norske modellen som plattform, der partssamarbeid, medråderett og involvering bidreg til betre avgjerder.`,
            en: `State agencies manage the community’s shared values and assets, exercise public authority and provide services.

As a leader you have a key role, but you are not alone: leadership in the state must be exercised with the Norwegian model as its platform, where partssamarbeid (cooperation between employer and unions), co-determination and involvement lead to better decisions.`,
          },
        },
        {
          // issue 12: «les mer» for the background a busy leader may skip (moved out of the text above, same words).
          kind: 'accordion',
          items: [
            {
              title: { nb: 'Kravene endrer seg', nn: 'Krava endrar seg', en: 'The demands are changing' },
              body: {
                nb: `- Flere eldre gir knapphet på ressurser og kompetanse.
- Kunstig intelligens kan hjelpe, men reiser nye spørsmål.
- Sikkerhet og beredskap betyr mer.
- Det grønne skiftet krever samordning på tvers.`,
                nn: `- Fleire eldre gir knappleik på ressursar og kompetanse.
- Kunstig intelligens kan hjelpe, men reiser nye spørsmål.
- Tryggleik og beredskap betyr meir.
- Det grøne skiftet krev samordning på tvers.`,
                en: `- More older people bring a shortage of resources and skills.
- Artificial intelligence can help, but raises new questions.
- Security and preparedness matter more.
- The green transition requires coordination across boundaries.`,
              },
            },
          ],
        },
      ],
    },
    {
      id: 'intro-innspill',
      title: { nb: 'Slik ble grunnlaget til', nn: 'Slik blei grunnlaget til', en: 'How the foundation came about' },
      blocks: [
        {
          kind: 'text',
          body: {
            nb: `Grunnlaget bygger på innspill fra ledere, HR, tillitsvalgte, forskere og konsulenter. De pekte bort fra den heroiske lederen med «alle» svar, mot ledere som viser tillit, tør å prioritere og samarbeider på tvers.`,
            nn: `Grunnlaget byggjer på innspel frå leiarar, HR, tillitsvalde, forskarar og konsulentar. Dei peika bort frå den heroiske leiaren med «alle» svar, mot leiarar som viser tillit, tør å prioritere og samarbeider på tvers.`,
            en: `The foundation builds on input from leaders, HR, {nb|tillitsvalgte} (union representatives), researchers and consultants. They pointed away from the heroic leader with “all” the answers, towards leaders who show trust, dare to prioritise and work together across boundaries.`,
          },
        },
      ],
    },
    {
      id: 'intro-modellen',
      title: { nb: 'Modellen og de fem forventningene', nn: 'Modellen og dei fem forventningane', en: 'The model and the five expectations' },
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
              title: EXPECTATION_TITLES.kjennRammene,
              body: { nb: 'Verdier, rammer, handlingsrom og partssamarbeid.', nn: 'Verdiar, rammer, handlingsrom og partssamarbeid.', en: 'Values, framework, room for manoeuvre and cooperation between employer and unions.' },
              illustration: covers.kjennRammene,
            },
            {
              title: EXPECTATION_TITLES.styrkMedarbeiderne,
              body: { nb: 'Tillit, anerkjennelse, medarbeiderskap og inkludering.', nn: 'Tillit, anerkjenning, medarbeidarskap og inkludering.', en: 'Trust, recognition, employeeship and inclusion.' },
              illustration: covers.styrkMedarbeiderne,
            },
            {
              title: EXPECTATION_TITLES.seHelheten,
              body: { nb: 'Samfunnsoppdraget, samarbeid, innbyggerne, sikkerhet og beredskap.', nn: 'Samfunnsoppdraget, samarbeid, innbyggjarane, tryggleik og beredskap.', en: 'The agency’s mission in society, cooperation, citizens, security and preparedness.' },
              illustration: covers.seHelheten,
            },
            {
              title: EXPECTATION_TITLES.vaerInnovativ,
              body: { nb: 'Ny teknologi, forsvarlig bruk av data, læring.', nn: 'Ny teknologi, forsvarleg bruk av data, læring.', en: 'New technology, responsible use of data, learning.' },
              illustration: covers.vaerInnovativ,
            },
            {
              title: EXPECTATION_TITLES.utvikleDegSomLeder,
              body: { nb: 'Eget lederskap, kunnskap og fellesskap med andre ledere.', nn: 'Eige leiarskap, kunnskap og fellesskap med andre leiarar.', en: 'Your own leadership, knowledge and community with other leaders.' },
              illustration: covers.utvikleDegSomLeder,
            },
          ],
        },
        {
          kind: 'text',
          body: {
            nb: `Forventningene gjelder alle ledere i staten og erstatter «Plattform for ledelse i staten» (2008) og Lederplakaten (2014).

Hver leksjon har en kunnskapssjekk, en øvelse og en refleksjon. Til slutt lager du en handlingsplan og tar sluttesten.`,
            nn: `Forventningane gjeld alle leiarar i staten og erstattar «Plattform for ledelse i staten» (2008) og Lederplakaten (2014).

Kvar leksjon har ein kunnskapssjekk, ei øving og ein refleksjon. Til slutt lagar du ein handlingsplan og tek sluttesten.`,
            en: `The expectations apply to all leaders in the state. They replace “{nb|Plattform for ledelse i staten}” (Platform for leadership in the state, 2008) and {nb|Lederplakaten} (the Leadership Charter, 2014).

Each lesson has a knowledge check, an exercise and a reflection. At the end you make an action plan and take the final test.`,
          },
        },
      ],
    },
    {
      id: 'intro-egenvurdering',
      title: { nb: 'Hvor står du i dag?', nn: 'Kvar står du i dag?', en: 'Where do you stand today?' },
      blocks: [
        {
          kind: 'self-assessment',
          id: 'egenvurdering-start',
          title: { nb: 'Egenvurdering før kurset', nn: 'Eigenvurdering før kurset', en: 'Self-assessment before the course' },
          intro: {
            nb: `Hvor godt lever du opp til de fem forventningene i dag? På slutten svarer du igjen og ser svarene side om side.

Svarene lagres bare på denne enheten. Læringsplattformen får bare vite at du har svart.`,
            nn: `Kor godt lever du opp til dei fem forventningane i dag? På slutten svarer du igjen og ser svara side om side.

Svara blir berre lagra på denne eininga. Læringsplattforma får berre vite at du har svart.`,
            en: `How well do you live up to the five expectations today? At the end you answer again and see your answers side by side.

Your answers are stored only on this device. The learning platform is told only that you have answered.`,
          },
          prompt: SELF_ASSESSMENT_PROMPT,
          scale: SELF_ASSESSMENT_SCALE,
        },
      ],
    },
  ],
});
