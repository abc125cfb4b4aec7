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

Staten bruker **mål- og resultatstyring**: Departementet setter mål og rammer, blant annet i tildelingsbrevet. Virksomheten bestemmer hvordan målene nås, og rapporterer på resultatene. Delegasjonsreglementet viser hva du kan bestemme selv. Mellom *hva* og *hvordan* ligger handlingsrommet ditt.

Verdiene kan trekke hver sin vei: Effektivitet taler for å forenkle, rettssikkerhet for forsvarlig og lik behandling av hver sak. Faglig integritet er å gi ærlige råd, demokrati å gjennomføre det folkevalgte har bestemt. Strekker ikke ressursene til, må du prioritere og si fra oppover hva som blir «godt nok».

**Gjør dette i din virksomhet:** Finn tildelingsbrevet og delegasjonsreglementet. Hvilke mål gjelder din enhet, og hva har du fullmakt til å bestemme?`,
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

- **Informasjon:** Du informerer så tidlig at de tillitsvalgte kan påvirke saken.
- **Drøfting:** Dere utveksler synspunkter og prøver å bli enige. Blir dere ikke enige, avgjør arbeidsgiveren.
- **Forhandling:** Der avtaleverket krever det, for eksempel i lokale lønnsforhandlinger, er målet en avtale mellom partene.

Virksomheten har som regel en lokal tilpasningsavtale. Den sier hvordan dere samarbeider, og på hvilket nivå sakene behandles: som hovedregel der beslutningen tas. Å spørre medarbeiderne direkte er god involvering, men det erstatter ikke medbestemmelse gjennom de tillitsvalgte.

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
            prompt: 'Seksjonen din har lang kø av klager. En medarbeider foreslår å avvise alle klager som kommer for sent, uten å se på hver sak. Hvilken forvaltningsverdi er mest utfordret?',
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
                feedback: 'Riktig. Loven åpner for å behandle en klage som kommer for sent. Å avvise uten å vurdere hver sak svekker rettssikkerheten.',
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
            prompt: 'Du vil fordele oppgavene i seksjonen på en ny måte, og tilpasningsavtalen sier at saken skal drøftes. Sett stegene i riktig rekkefølge.',
            items: [
              { id: 'kr-q3-a', text: 'Informer de tillitsvalgte om behovet og bakgrunnen' },
              { id: 'kr-q3-b', text: 'Drøft mulige løsninger med de tillitsvalgte' },
              { id: 'kr-q3-c', text: 'Ta beslutningen, og forklar hvordan innspillene er brukt' },
              { id: 'kr-q3-d', text: 'Evaluer endringen sammen etter en tid' },
            ],
            feedbackCorrect: 'Riktig. Informasjon og drøfting kommer mens beslutningen kan påvirkes. Oppfølgingen kommer etterpå.',
            feedbackIncorrect: 'Ikke helt. Informasjon og drøfting må komme før beslutningen, ellers kan ingen påvirke den. Oppfølgingen kommer til slutt.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'kr-q4',
            kind: 'single',
            objective: 'kjenn-rammene',
            prompt: 'Fra innspillsrunden: «Styringslinjen er sterk, det må man lære seg som leder i staten.» Hva betyr det for deg i praksis?',
            options: [
              {
                id: 'kr-q4-a',
                text: 'Du kjenner føringene ovenfra og vet hvilke saker du må løfte til lederen din',
                correct: true,
                feedback: 'Riktig. Du vet hva du kan bestemme selv, og når en sak må videre.',
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
      id: 'kr-case',
      title: 'Øvelse: Mindre penger neste år',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'kr-scenario',
            title: 'Mindre penger neste år',
            objective: 'kjenn-rammene',
            intro: 'Du leder en seksjon med 14 medarbeidere i et direktorat som behandler søknader om tilskudd. Tildelingsbrevet for neste år gir virksomheten mindre penger. Avdelingsdirektøren vil ha en plan for å klare dere med to færre årsverk. Du har tre uker.',
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Hvordan begynner du?',
                choices: [
                  {
                    id: 'a2',
                    text: 'Du kutter alle oppgaver like mye, så ingen team blir forskjellsbehandlet.',
                    rating: 'partly',
                    consequence: 'Det virker rettferdig, men du prioriterer ikke. Tilskuddsbehandlingen mister like mye som en rapport nesten ingen leser.',
                    next: 'spm',
                  },
                  {
                    id: 'a1',
                    text: 'Du sorterer oppgavene mot lov, instruks og tildelingsbrev: lovpålagt, prioritert eller vane?',
                    rating: 'strong',
                    consequence: 'Du finner oppgaver som verken er lovpålagte eller prioriterte. Nå kan du prioritere, men det koster en uke av fristen.',
                    next: 'utkast',
                  },
                  {
                    id: 'a3',
                    text: 'Du stenger telefontiden for innbyggere og kommuner, så saksbehandlerne får mer tid til sakene.',
                    rating: 'weak',
                    consequence: 'Søkerne får ikke svar om egne saker, og flere søknader kommer inn mangelfulle. Rettssikkerheten svekkes, og dere sparer lite.',
                    next: 'spm',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'utkast',
                text: 'Utkastet samler all veiledning i ett team, og fire medarbeidere får nye oppgaver. Tilpasningsavtalen sier at slike endringer skal drøftes med de tillitsvalgte. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du legger utkastet frem for de tillitsvalgte nå, mens planen kan endres.',
                    rating: 'strong',
                    consequence: 'De tillitsvalgte viser at to av de fire allerede har svært høy belastning, og du justerer planen. Det koster en uke, men endringen får lite motstand.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'b2',
                    text: 'Du gjør planen ferdig først, så de tillitsvalgte får et konkret forslag å ta stilling til.',
                    rating: 'weak',
                    consequence: 'Da er alt bestemt når de tillitsvalgte kommer inn, og det er ikke drøfting. De peker på en skjev belastning, og du må gjøre om deler av planen.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'b4',
                    text: 'Du spør de fire medarbeiderne hva de mener, og tar det med i planen.',
                    rating: 'partly',
                    consequence: 'Du får gode innspill. Men å spørre medarbeiderne erstatter ikke drøfting med de tillitsvalgte, og de reagerer når de hører om planen.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'spm',
                text: 'Avdelingsdirektøren spør hvorfor akkurat disse oppgavene skal ned. Hovedtillitsvalgt vil vite hva som skjer. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du starter på nytt med en gjennomgang mot rammene, og tar de tillitsvalgte med fra begynnelsen.',
                    rating: 'strong',
                    consequence: 'Du må be om lengre frist. Men nå bygger planen på rammene, og de tillitsvalgte er med før noe er bestemt.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'c2',
                    text: 'Du sier til hovedtillitsvalgt at de tillitsvalgte får planen når den er ferdig.',
                    rating: 'weak',
                    consequence: 'Da er det meste bestemt når de tillitsvalgte kommer inn, og det er ikke lenger noe å drøfte. Planen blir heller ikke bedre begrunnet.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'c4',
                    text: 'Du svarer avdelingsdirektøren skriftlig, og ber HR orientere de tillitsvalgte.',
                    rating: 'partly',
                    consequence: 'Planen er like dårlig begrunnet. HR kan informere, men de tillitsvalgte vil drøfte med den som bestemmer.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et kutt med rammene som støtte',
                outcome: 'good',
                text: 'Seksjonen klarer seg med to færre årsverk, søkerne får en forsvarlig behandling, og de tillitsvalgte har vært med.',
                debrief: `Du startet med rammene og drøftet mens planen kunne endres:

- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Lov, instruks og tildelingsbrev var grunnlaget.
- **Prioriter og bruk handlingsrommet:** Du valgte bort oppgaver i stedet for å kutte flatt.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Drøftingen kostet en uke, men gjorde planen bedre.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Du sparte uten å svekke rettssikkerheten.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'Kuttet er gjennomført – med en pris',
                outcome: 'mixed',
                text: 'Kuttet er gjennomført, men det kostet tid og tillit. Planen var svakt begrunnet, eller de tillitsvalgte kom for sent inn.',
                debrief: `Se på veien din:

- **Prioriter og bruk handlingsrommet:** Et flatt kutt eller stengt telefontid er ikke prioritering.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Å spørre medarbeiderne eller la HR informere erstatter ikke drøfting.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** En plan må bygge på rammene.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Det du kutter, avgjør om rettssikkerheten holder.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Uro og svekket tillit',
                outcome: 'poor',
                text: 'De tillitsvalgte føler seg overkjørt, og planen må gjøres om. Det tar lang tid å bygge opp tilliten igjen.',
                debrief: `Veien din hoppet over drøftingen:

- **Bruk partssamarbeidet og medbestemmelse aktivt:** En ferdig plan kan ikke drøftes. Drøfting skjer mens saken kan endres.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Tilpasningsavtalen er en del av rammene.
- **Prioriter og bruk handlingsrommet:** Bruk handlingsrommet sammen med dem det gjelder.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Flere øyne gir et bedre grunnlag.`,
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
            intro: 'Du er avdelingsdirektør i et departement. Seksjonen din har regnet på en ny støtteordning som statsråden ønsker. Den vil koste langt mer enn det som er antydet offentlig, og den er ikke ferdig utredet.',
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'En politisk rådgiver ringer deg direkte. Statsråden skal snakke om ordningen på fredag, og rådgiveren vil ha et notat med det laveste anslaget innen i morgen. Hva gjør du?',
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
                    text: 'Du sender rådgiveren det laveste anslaget med én gang, og skriver i en fotnote at usikkerheten er stor.',
                    rating: 'partly',
                    consequence: 'Rådgiveren blir fornøyd, men ekspedisjonssjefen vet ikke om notatet, og fotnoten forsvinner når tallet brukes videre.',
                    next: 'storting-press',
                  },
                  {
                    id: 'a3',
                    text: 'Du skriver notatet med det laveste anslaget. Valget av tall er et politisk ansvar.',
                    rating: 'weak',
                    consequence: 'Tallet er ikke feil, men bildet er misvisende. Faglige råd som tilpasses det ledelsen vil høre, mister verdien sin.',
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
                    rating: 'partly',
                    consequence: 'Statsråden kjenner usikkerheten, men Stortinget får et tall som ser sikrere ut enn det er. Det må rettes opp senere.',
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
                text: 'Statsråden har nevnt det laveste anslaget offentlig. Nå spør en stortingsrepresentant skriftlig hva ordningen vil koste. Rådgiveren vil at svaret bruker det laveste anslaget. Hva gjør du?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du skriver et utkast med hele spennet, og forklarer ekspedisjonssjefen hvorfor.',
                    rating: 'strong',
                    consequence: 'Svaret blir riktig, men statsråden må forklare et høyere tall enn før, og det koster politisk. Jo tidligere hele bildet kommer frem, jo mindre koster det.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du bruker det laveste anslaget, men skriver at «beregningene er usikre».',
                    rating: 'partly',
                    consequence: 'Det er teknisk riktig, men Stortinget får et skjevt bilde, og statsråden må rette opp svaret senere.',
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
                text: 'Saken kom på plass, men med omveier: et tall som måtte forklares, eller et svar som så sikrere ut enn det var.',
                debrief: `Se på veien din:

- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Gikk det første notatet utenom ekspedisjonssjefen? Da ble det vanskeligere å rette opp.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Faglig integritet er å gi hele bildet, også til Stortinget.
- **Prioriter og bruk handlingsrommet:** Et raskt svar er ikke alltid det beste.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Krever ordningen mer av seksjonen, skal de tillitsvalgte inn tidlig.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Et svar som må rettes',
                outcome: 'poor',
                text: 'Stortinget fikk et misvisende svar, og statsråden må rette det opp. Tilliten til departementets faglige råd har fått en ripe.',
                debrief: `Veien din tilpasset tallene til det du trodde politisk ledelse ville høre:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Tilpassede råd svekker faglig integritet og det demokratiske grunnlaget.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Politisk ledelse eier svaret. Du har ansvaret for at grunnlaget er riktig.
- **Prioriter og bruk handlingsrommet:** Tidspress er ingen grunn til å hoppe over tjenesteveien.
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
          prompt: 'Hvilke mål i tildelingsbrevet gjelder enheten din, og hva kan du bestemme selv? Hvor har du handlingsrom du ikke bruker? Når møter du de tillitsvalgte?',
          hint: 'Når tok du sist opp noe med de tillitsvalgte som ikke var bestemt ennå?',
          planLabel: 'Kjenn rammene',
        },
      ],
    },
  ],
});
