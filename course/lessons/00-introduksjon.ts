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
          body: `Statlige virksomheter spiller helt sentrale roller i Norge. De forvalter fellesskapets verdier, utøver myndighet, yter velferdstjenester og skaper resultater for samfunnet og innbyggerne.

Samtidig er kravene og forventningene til forvaltningen både høye og i endring. Grunnlag for god ledelse i staten peker særlig på disse utfordringene:

- **Flere eldre:** Andelen eldre øker, og det fører til knapphet på ressurser og kompetanse.
- **Ny teknologi:** Ny teknologi, og særlig kunstig intelligens (KI), kan bidra til å løse mange av utfordringene. Men teknologien gir også helt nye problemstillinger som vi ennå ikke overskuer.
- **Et endret trusselbilde:** Oppmerksomhet om sikkerhet og beredskap blir stadig viktigere.
- **Klima, miljø og det grønne skiftet:** Slike samfunnsproblemer treffer oss alle. De krever helhetlige løsninger og samordning på tvers av sektorer og virksomheter.

Som leder i forvaltningen har du en nøkkelrolle i dette arbeidet. Du, og hvordan du utøver ledelse, har stor betydning.`,
        },
        {
          kind: 'text',
          body: `## Du står ikke alene

Ledelse i staten skal utøves med den norske modellen som plattform. Der bidrar partssamarbeid, medbestemmelse og involvering til bedre beslutninger.

For deg som leder betyr det at du ikke skal finne alle svarene selv. Du leder sammen med medarbeiderne, i samarbeid med de tillitsvalgte og sammen med andre ledere.

## Hvem grunnlaget er for

Grunnlaget er først og fremst skrevet for deg som har lederansvar i en statlig virksomhet. Det kan også være nyttig for ansatte, tillitsvalgte og andre som er opptatt av ledelse.`,
        },
      ],
    },
    {
      id: 'intro-innspill',
      title: 'Slik ble grunnlaget til',
      blocks: [
        {
          kind: 'text',
          body: `Ledelse er et komplekst fagfelt, og det finnes mange «sannheter» om god ledelse. De fleste av oss har også egne forestillinger om hva «god ledelse» er. Derfor ble det hentet inn erfaringer og synspunkter fra:

- ledere selv
- HR, som jobber tett på ledere
- tillitsvalgte, som talspersoner for de ansatte
- forskere og konsulenter som jobber med ledelse og lederutvikling

Innspillsrunden stilte to hovedspørsmål:

1. Hva er sentrale utviklingstrekk og utfordringsbilde fremover?
2. Hvilke lederkompetanser blir særlig viktige, gitt disse utviklingstrekkene og utfordringer?`,
        },
        {
          kind: 'key-points',
          title: 'Utviklingstrekk og utfordringer som innspillsrunden pekte på',
          points: [
            'Hurtige endringer og en usikker fremtid',
            'Teknologiutvikling og kunstig intelligens – teknologi beskrives som en av de viktigste driverne for endring',
            'Ressurser og stramme budsjetter',
            'Å beholde og rekruttere kvalifiserte ansatte',
            'Økte forventninger fra brukerne',
            'En ny generasjon («generasjon Z») på vei inn i arbeidslivet, med til dels andre og kanskje høyere forventninger til arbeidsliv og ledere',
            'Et mangfoldig og inkluderende arbeidsmiljø i staten',
            'Oppgaver som må løses gjennom samarbeid mellom sektorer og forvaltningsnivåer',
            'Nye sikkerhetsutfordringer og et mer usikkert verdensbilde, som gir behov for mer internasjonalt samarbeid',
          ],
        },
        {
          kind: 'key-points',
          title: 'Lederkompetanser som blir særlig viktige',
          points: [
            'Ikke den heroiske lederen som har «alle» svar, men ledere som finner gode løsninger sammen med medarbeiderne og andre aktører',
            'Tillit til medarbeiderne og fagkompetansen deres – kunnskapsmedarbeidere trenger reell autonomi og handlingsrom',
            'Å bygge kultur for innovasjon, der det er lov å prøve, feile og lære – og selv gå foran som et eksempel',
            'Mot til å prioritere og til å klargjøre hva som er «godt nok» når ressursene blir færre',
            'Samarbeidskompetanse, og å se egen virksomhet som del av en større helhet',
            'Et utadrettet blikk, med bruker- og innbyggerfokus',
            'Nok teknologikompetanse til å stille de gode spørsmålene',
            'Forståelse for den statlige rammen: styringslinjen, politiske prosesser, grunnleggende prinsipper i forvaltningen, partssamarbeidet og hovedavtalen',
          ],
        },
        {
          kind: 'text',
          body: `God ledelse i staten blir dermed en balanse mellom allmenne lederkompetanser og forståelse for de spesifikke statlige rammene. Samfunnsoppdraget og forvaltningsverdiene er både utgangspunktet for ledelse i staten og en navigasjonshjelp i en usikker og urolig tid.

Innspillene minner også om at det kan være store forskjeller på å være leder for medarbeidere og å være leder for mellomledere.`,
        },
      ],
    },
    {
      id: 'intro-modellen',
      title: 'Modellen og de fem forventningene',
      blocks: [
        {
          kind: 'text',
          body: `I midten av modellen står målet for god ledelse i staten:

**God ledelse i staten – løser samfunnsoppdraget og oppnår resultater sammen med medarbeiderne**

Rundt dette målet står fem overordnede forventninger til ledere i staten. Forventningene gir retning og innhold til god ledelse i staten. De skal være noe å strekke seg etter, de skal inspirere, og de skal være et utgangspunkt for videre utvikling av ditt lederskap.`,
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
          body: `## Gjelder for alle ledere i staten

Forventningene gjelder uavhengig av virksomhetsstørrelse, type samfunnsoppdrag, oppgaver og ledernivå. Derfor må hver virksomhet og hver leder gjøre dem til sine egne, og konkretisere hva de betyr for eget lederskap og egen virksomhet.

## Hva grunnlaget erstatter

Forventningene til god ledelse i staten erstatter «Plattform for ledelse i staten» fra 2008 og Lederplakaten fra 2014. Sentrale elementer derfra er med videre, blant annet de formelle rammene ledelse utøves innenfor.

## Slik er kurset bygd opp

Kurset har én leksjon for hver forventning. I hver leksjon får du punktene forklart med eksempler, en kort kunnskapssjekk, en case der du tar valg som leder, og en refleksjon om din egen virksomhet. Til slutt samler du refleksjonene i en personlig handlingsplan, og du avslutter med en sluttest.`,
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
