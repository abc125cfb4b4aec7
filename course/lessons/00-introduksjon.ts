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
          body: `Statlige virksomheter forvalter fellesskapets verdier, utøver myndighet, yter velferdstjenester og skaper resultater for samfunnet og innbyggerne. Kravene til forvaltningen er høye og i endring:

- Andelen eldre øker, og det gir knapphet på ressurser og kompetanse.
- Ny teknologi, og særlig kunstig intelligens (KI), kan løse mange utfordringer, men gir også nye problemstillinger.
- Trusselbildet er endret, og sikkerhet og beredskap blir stadig viktigere.
- Klima, miljø og det grønne skiftet krever samordning på tvers av sektorer og virksomheter.

Som leder har du en nøkkelrolle. Men du står ikke alene: Ledelse i staten skal utøves med den norske modellen som plattform, der partssamarbeid, medbestemmelse og involvering bidrar til bedre beslutninger.`,
        },
      ],
    },
    {
      id: 'intro-innspill',
      title: 'Slik ble grunnlaget til',
      blocks: [
        {
          kind: 'text',
          body: `Grunnlaget bygger på innspill fra ledere, HR, tillitsvalgte, forskere og konsulenter om utfordringene fremover og hvilke lederkompetanser som blir viktige.

Svarene pekte bort fra den heroiske lederen med «alle» svar, og mot ledere som viser tillit, lar medarbeiderne prøve og lære, tør å prioritere og samarbeider på tvers. Ledere i staten må i tillegg forstå den statlige rammen: styringslinjen, politiske prosesser, forvaltningens prinsipper og partssamarbeidet.`,
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
            '**Kjenn rammene** – forvaltningsverdiene, de politiske og administrative rammene, handlingsrommet og partssamarbeidet',
            '**Styrk medarbeiderne** – tillit, anerkjennelse, medarbeiderskap og et mangfoldig og inkluderende arbeidsfellesskap',
            '**Se helheten** – samfunnsoppdraget, samarbeid på tvers, innbyggerne i sentrum, sikkerhet og beredskap',
            '**Vær innovativ** – ny teknologi og nye arbeidsformer, forsvarlig bruk og deling av data, kultur for innovasjon og læring',
            '**Utvikle deg som leder** – eget lederskap, kunnskap om ledelse og fellesskap med andre ledere',
          ],
        },
        {
          kind: 'text',
          body: `Forventningene gjelder alle ledere i staten, uansett virksomhet og ledernivå. De erstatter «Plattform for ledelse i staten» fra 2008 og Lederplakaten fra 2014. Du og virksomheten din må selv konkretisere hva de betyr hos dere.

Hver leksjon har en kort kunnskapssjekk, en øvelse der du tar valg som leder, og en refleksjon. Til slutt lager du en handlingsplan og tar en sluttest.`,
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
          intro: `Før du begynner: Hvor godt mener du at du lever opp til de fem forventningene i dag? Svar ærlig og raskt – det finnes ingen riktige svar. På slutten av kurset svarer du på det samme, og du ser svarene side om side.

Svarene blir bare lagret på denne enheten. Læringsplattformen får bare vite at du har svart.`,
          prompt: 'Hvor godt lever du opp til denne forventningen i dag?',
          scale: ['I liten grad', 'I noen grad', 'I ganske stor grad', 'I stor grad', 'I svært stor grad'],
        },
      ],
    },
  ],
});
