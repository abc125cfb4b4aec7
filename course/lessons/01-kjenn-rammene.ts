import { defineLesson } from '../schema/index.ts';

const SOURCE = 'Grunnlag for god ledelse i staten';
/** The document introduces these three with «Flere av de som ble intervjuet la imidlertid til …». */
const FROM_INPUT_ROUND = 'Fra innspillsrunden';

export default defineLesson({
  id: 'kjenn-rammene',
  title: 'Kjenn rammene',
  summary: 'Forvaltningsverdiene, de politiske og administrative rammene, handlingsrommet og partssamarbeidet.',
  objective: 'kjenn-rammene',
  pages: [
    {
      id: 'kr-intro',
      title: 'Kjenn rammene',
      blocks: [
        {
          kind: 'key-points',
          fromDocument: true,
          title: 'Forventningen har fire punkter',
          points: [
            'Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet',
            'Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle',
            'Prioriter og bruk handlingsrommet',
            'Bruk partssamarbeidet og medbestemmelse aktivt',
          ],
        },
        {
          kind: 'quote',
          text: 'Styringslinjen er sterk, det må man lære seg som leder i staten.',
          by: FROM_INPUT_ROUND,
          source: SOURCE,
        },
        {
          kind: 'text',
          body: `## Slik styres staten

Staten bruker **mål- og resultatstyring**: Departementet setter mål og rammer, blant annet i tildelingsbrevet. Virksomheten bestemmer hvordan målene nås, og rapporterer resultatene. Delegasjonsreglementet viser hva du kan avgjøre. Mellom *hva* og *hvordan* ligger handlingsrommet.

Verdiene kan trekke hver sin vei: Effektivitet taler for å forenkle, rettssikkerhet for forsvarlig behandling av hver sak. Faglig integritet er å gi ærlige råd, demokrati å gjennomføre det folkevalgte bestemmer. Må du prioritere, si fra oppover hva som blir «godt nok».

**Gjør dette i din virksomhet:** Finn tildelingsbrevet og delegasjonsreglementet for enheten din.`,
        },
        {
          kind: 'quote',
          text: 'Ledere må forstå politiske prosesser, og at det er mange og til dels motstridende mål som krever balansegang.',
          by: FROM_INPUT_ROUND,
          source: SOURCE,
        },
      ],
    },
    {
      id: 'kr-partssamarbeid',
      title: 'Partssamarbeid i praksis',
      blocks: [
        {
          kind: 'text',
          body: `Hovedavtalen i staten beskriver tre former for medbestemmelse gjennom de tillitsvalgte:

- **Informasjon:** Tidlig nok til at de tillitsvalgte kan påvirke saken.
- **Drøfting:** Dere utveksler synspunkter og prøver å bli enige. Blir dere ikke enige, avgjør arbeidsgiveren.
- **Forhandling:** Der avtaleverket krever det, for eksempel i lokale lønnsforhandlinger, er målet en avtale.

Den lokale tilpasningsavtalen sier hvordan dere samarbeider, og på hvilket nivå: som hovedregel der beslutningen tas. Å spørre medarbeiderne er god involvering, men erstatter ikke medbestemmelse gjennom de tillitsvalgte.

**Gjør dette i din virksomhet:** Les tilpasningsavtalen, og møt hovedtillitsvalgt eller de tillitsvalgte på ditt nivå før du trenger dem.`,
        },
        {
          kind: 'quote',
          text: 'Ledere må ha kunnskaper om grunnleggende prinsipper i forvaltningen og ha kunnskap om partssamarbeid og hovedavtalen.',
          by: FROM_INPUT_ROUND,
          source: SOURCE,
        },
      ],
    },
    {
      id: 'kr-sjekk',
      title: 'Sjekk forståelsen',
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'kr-q1',
            kind: 'single',
            objective: 'kjenn-rammene',
            prompt: 'En medarbeider vil avvise klager som kommer for sent, uten å se på hver sak, for å få ned køen. Hvilken forvaltningsverdi er mest utfordret?',
            options: [
              {
                id: 'kr-q1-b',
                text: 'Effektivitet',
                feedback: 'Ikke helt. Forslaget gjør køen kortere, så effektiviteten er ikke problemet. Problemet er at ingen vurderer den enkelte saken.',
              },
              {
                id: 'kr-q1-d',
                text: 'Faglig integritet',
                feedback: 'Ikke helt. Faglig integritet handler om ærlige faglige råd. Her er det den enkelte klagerens rett til en forsvarlig vurdering som står på spill – rettssikkerheten.',
              },
              {
                id: 'kr-q1-a',
                text: 'Rettssikkerhet',
                correct: true,
                feedback: 'Riktig. Loven åpner for å behandle klager som kommer for sent. Å avvise uten å vurdere svekker rettssikkerheten.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'kr-q3',
            kind: 'ordering',
            objective: 'kjenn-rammene',
            prompt: 'Du vil fordele oppgavene i seksjonen på en ny måte, og tilpasningsavtalen sier at saken skal drøftes. Sett stegene i rekkefølge.',
            items: [
              { id: 'kr-q3-a', text: 'Informer de tillitsvalgte om behovet og bakgrunnen' },
              { id: 'kr-q3-b', text: 'Drøft mulige løsninger med de tillitsvalgte' },
              { id: 'kr-q3-c', text: 'Ta beslutningen, og forklar hvordan innspillene er brukt' },
              { id: 'kr-q3-d', text: 'Evaluer endringen sammen etter en tid' },
            ],
            feedbackCorrect: 'Riktig. Informasjon og drøfting kommer mens beslutningen kan påvirkes.',
            feedbackIncorrect: 'Ikke helt. Informasjon og drøfting må komme før beslutningen, ellers kan ingen påvirke den. Oppfølgingen kommer til slutt.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'kr-q4',
            kind: 'single',
            objective: 'kjenn-rammene',
            prompt: 'Fra innspillsrunden: «Styringslinjen er sterk, det må man lære seg som leder i staten.» Hva betyr det i praksis?',
            options: [
              {
                id: 'kr-q4-a',
                text: 'Du kjenner føringene ovenfra og vet hvilke saker du må løfte til lederen din',
                correct: true,
                feedback: 'Riktig. Du vet hva du kan avgjøre, og når en sak må videre.',
              },
              {
                id: 'kr-q4-b',
                text: 'Du følger føringene ovenfra, og tar opp faglige innvendinger bare når lederen din spør etter dem',
                feedback: 'Ikke riktig. Faglig integritet betyr at du sier fra om faglige innvendinger selv om ingen spør. Lojalitet er ikke taushet.',
              },
              {
                id: 'kr-q4-d',
                text: 'Du tar viktige saker rett med departementet når det går raskere',
                feedback: 'Ikke riktig. Å gå utenom styringslinjen kan virke effektivt, men da mister lederne dine oversikten og ansvaret sitt.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'kr-departement',
      title: 'Øvelse: I departementet',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'kr-dep-scenario',
            title: 'I departementet',
            objective: 'kjenn-rammene',
            intro: 'Du er avdelingsdirektør i et departement. Seksjonen din har regnet på en støtteordning statsråden ønsker: Den koster langt mer enn antydet offentlig, og er ikke ferdig utredet.',
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'En politisk rådgiver ringer deg direkte: Statsråden skal snakke om ordningen fredag, og rådgiveren vil ha et notat med det laveste anslaget innen i morgen. Hva gjør du?',
                choices: [
                  {
                    id: 'a1',
                    text: 'Du lover et notat og sender det gjennom ekspedisjonssjefen, med hele spennet i anslaget.',
                    rating: 'strong',
                    consequence: 'Rådgiveren er irritert over at det tar tid. Men notatet går tjenestevei, og statsråden får hele bildet.',
                    next: 'storting',
                  },
                  {
                    id: 'a2',
                    text: 'Du sender rådgiveren det laveste anslaget straks, med en fotnote om at usikkerheten er stor.',
                    rating: 'partly',
                    consequence: 'Rådgiveren blir fornøyd, men ekspedisjonssjefen vet ikke om notatet, og fotnoten forsvinner når tallet brukes videre.',
                    next: 'storting-press',
                  },
                  {
                    id: 'a3',
                    text: 'Du skriver notatet med det laveste anslaget. Valget av tall er et politisk ansvar.',
                    rating: 'weak',
                    consequence: 'Tallet er ikke feil, men bildet er misvisende. Råd tilpasset det ledelsen vil høre, mister verdien.',
                    next: 'storting-press',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'storting',
                text: 'Statsråden går videre med ordningen. En stortingsrepresentant spør skriftlig hva den vil koste, og seksjonen skal lage utkast til svar. Hva gjør du?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du lager et utkast med spennet og usikkerheten, skrevet slik at statsråden kan stå for det.',
                    rating: 'strong',
                    consequence: 'Svaret er riktig og fullstendig. Statsråden slipper å rette opp noe senere.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du bruker det midterste anslaget i svaret, og lar usikkerheten stå i saksfremlegget til statsråden.',
                    rating: 'weak',
                    consequence: 'Stortinget får et tall som ser sikrere ut enn det er. Svar til Stortinget må ikke villede (Grunnloven § 82).',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du ber rådgiveren formulere svaret, siden det er et politisk spørsmål.',
                    rating: 'weak',
                    consequence: 'Politisk ledelse eier svaret, men departementet har ansvaret for at faktagrunnlaget er riktig.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'storting-press',
                text: 'Statsråden har brukt det laveste anslaget offentlig. Nå spør en stortingsrepresentant skriftlig hva ordningen koster, og rådgiveren vil ha det samme tallet i svaret. Hva gjør du?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du skriver hele spennet i utkastet, og forklarer ekspedisjonssjefen hvorfor.',
                    rating: 'strong',
                    consequence: 'Svaret blir riktig, men statsråden må forklare et høyere tall. Jo senere hele bildet kommer, jo dyrere blir det.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du bruker det laveste anslaget, men skriver at «beregningene er usikre».',
                    rating: 'weak',
                    consequence: 'Stortinget får et villedende bilde, som Grunnloven § 82 forbyr. Statsråden må rette opp svaret.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'e3',
                    text: 'Du skriver svaret slik rådgiveren vil. Det er statsråden som svarer Stortinget.',
                    rating: 'weak',
                    consequence: 'Statsråden har ansvaret for svaret, men du har ansvaret for at faktagrunnlaget er riktig. Stortinget får et misvisende svar.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Ærlige råd, lojal gjennomføring',
                outcome: 'good',
                text: 'Statsråden fikk hele bildet, og Stortinget fikk et riktig svar.',
                debrief: `Du holdt deg til tjenesteveien og ga ærlige råd, også når det irriterte:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Du ga hele anslaget. Statsråden bestemte.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Politiske rådgivere kan be om hjelp, men de instruerer ikke embetsverket. Rådet går tjenestevei.
- **Prioriter og bruk handlingsrommet:** Du brukte tiden på et riktig notat, ikke et raskt tall.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Saken gjaldt den politiske linjen. Gir ordningen seksjonen nye oppgaver, er det en sak for de tillitsvalgte.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'Riktig til slutt – men det kostet',
                outcome: 'mixed',
                text: 'Saken kom på plass, men med omveier og et tall som måtte forklares.',
                debrief: `Se på veien din:

- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Gikk notatet utenom ekspedisjonssjefen? Da ble det vanskeligere å rette opp.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Faglig integritet er å gi hele bildet.
- **Prioriter og bruk handlingsrommet:** Raskt er ikke alltid best.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Gir ordningen seksjonen mer arbeid, skal de tillitsvalgte inn tidlig.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Et svar som må rettes',
                outcome: 'poor',
                text: 'Stortinget fikk et misvisende svar, og statsråden må rette det opp. Tilliten til departementets faglige råd har fått en ripe.',
                debrief: `Veien din tilpasset tallene til det du trodde politisk ledelse ville høre:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Tilpassede råd svekker faglig integritet.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Politisk ledelse eier svaret. Du har ansvaret for grunnlaget.
- **Prioriter og bruk handlingsrommet:** Tidspress er ingen grunn til å gå utenom tjenesteveien.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Endrer saken arbeidshverdagen i seksjonen, skal de tillitsvalgte vite det tidlig.`,
              },
            ],
          },
        },
      ],
    },
    {
      id: 'kr-refleksjon',
      title: 'Din refleksjon',
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-kjenn-rammene',
          prompt: 'Hvilke mål og fullmakter gjelder enheten din? Hvor har du handlingsrom du ikke bruker? Når møter du de tillitsvalgte?',
          hint: 'Når tok du sist opp noe med de tillitsvalgte før det var bestemt?',
          planLabel: 'Kjenn rammene',
        },
      ],
    },
  ],
});
