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

Staten bruker **mål- og resultatstyring**: Departementet setter mål og rammer, blant annet i det årlige tildelingsbrevet. Virksomheten bestemmer selv hvordan målene skal nås, og rapporterer på resultatene. Delegasjonsreglementet viser hva du kan bestemme selv.

Forskjellen mellom *hva* som skal oppnås og *hvordan*, er handlingsrommet ditt. Når ressursene ikke strekker til, må du prioritere og si tydelig fra oppover hva som blir «godt nok».

Verdiene kan trekke i hver sin retning. Effektivitet kan tale for å forenkle, rettssikkerhet for at hver sak får en forsvarlig og lik behandling. Faglig integritet er å gi ærlige råd, demokrati å gjennomføre det folkevalgte har bestemt.

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

- **Informasjon:** Du informerer de tillitsvalgte så tidlig at de kan påvirke saken.
- **Drøfting:** Dere utveksler synspunkter og prøver å bli enige. Blir dere ikke enige, avgjør arbeidsgiveren.
- **Forhandling:** I saker som avtaleverket sier skal forhandles, for eksempel lokale lønnsforhandlinger, er målet en avtale mellom partene.

Virksomheten din har som regel en lokal tilpasningsavtale til hovedavtalen. Den sier hvordan samarbeidet foregår hos dere, og på hvilket nivå sakene skal behandles. Som hovedregel tas en sak opp der beslutningen blir tatt.

Å spørre medarbeiderne direkte er god involvering, men det erstatter ikke medbestemmelse gjennom de tillitsvalgte.

**Gjør dette i din virksomhet:** Les tilpasningsavtalen, og avtal et møte med hovedtillitsvalgt eller de tillitsvalgte på ditt nivå før du trenger dem.`,
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
            prompt: 'Seksjonen din har lang kø av klager. En medarbeider foreslår å avvise alle klager som kommer for sent, uten å vurdere om noen av dem likevel bør behandles. Hvilken forvaltningsverdi er mest utfordret?',
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
                feedback: 'Riktig. Loven åpner for å behandle en klage som kommer for sent. En automatisk avvisning uten vurdering av hver sak svekker rettssikkerheten.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'kr-q2',
            kind: 'multiple',
            objective: 'kjenn-rammene',
            prompt: 'Enheten din får mindre penger neste år. Hvilke handlinger er i tråd med «Prioriter og bruk handlingsrommet»? Velg alle som passer.',
            options: [
              {
                id: 'kr-q2-a',
                text: 'Avklare med lederen din hva som er viktigst, og hva som er «godt nok»',
                correct: true,
                feedback: 'Riktig. Å klargjøre hva som er «godt nok» er å prioritere, og du forankrer det i styringslinjen.',
              },
              {
                id: 'kr-q2-b',
                text: 'Kutte litt i alle oppgaver, så belastningen blir jevnt fordelt',
                feedback: 'Ikke riktig. Et flatt kutt kan virke rettferdig, men da prioriterer du ikke. Viktige oppgaver kan bli for dårlig løst.',
              },
              {
                id: 'kr-q2-e',
                text: 'Slutte med oppgavene som ikke står i tildelingsbrevet, uten å ta det opp med noen',
                feedback: 'Ikke riktig. Gjennomgangen er nyttig, men noen oppgaver følger av lov eller instruks, og lederen din må kjenne konsekvensene. Prioriteringen må forankres.',
              },
              {
                id: 'kr-q2-c',
                text: 'Finne oppgaver dere kan løse på en enklere måte, uten å gå på tvers av regelverket',
                correct: true,
                feedback: 'Riktig. Rammene sier mer om hva som skal oppnås enn om hvordan. Enklere arbeidsmåter er å bruke handlingsrommet.',
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
            feedbackCorrect: 'Riktig. Informasjon og drøfting kommer før beslutningen, mens den fortsatt kan påvirkes. Oppfølgingen kommer etterpå.',
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
                feedback: 'Riktig. Du vet hva du kan bestemme selv, og når en sak må videre i styringslinjen.',
              },
              {
                id: 'kr-q4-b',
                text: 'Du følger føringene ovenfra, og tar opp faglige innvendinger bare når lederen din spør etter dem',
                feedback: 'Ikke riktig. Faglig integritet betyr at du sier fra om faglige innvendinger selv om ingen spør. Lojalitet er ikke taushet.',
              },
              {
                id: 'kr-q4-d',
                text: 'Du tar viktige saker direkte med departementet når det går raskere enn tjenestevei',
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
            intro: `Du leder en seksjon med 14 medarbeidere i et direktorat. Seksjonen behandler søknader om tilskudd og svarer kommuner og innbyggere.

Tildelingsbrevet for neste år viser at virksomheten får mindre penger. Avdelingsdirektøren ber deg om en plan for å klare dere med to færre årsverk. Du har tre uker.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Hvordan begynner du?',
                choices: [
                  {
                    id: 'a2',
                    text: 'Du foreslår at alle oppgaver kuttes like mye, så ingen team blir forskjellsbehandlet.',
                    rating: 'partly',
                    consequence: 'Det virker rettferdig, men du prioriterer ikke. Tilskuddsbehandlingen, der søkerne har krav på forsvarlig behandling, mister like mye som en rapport nesten ingen leser.',
                    next: 'spm',
                  },
                  {
                    id: 'a1',
                    text: 'Du går gjennom oppgavene mot lov, instruks og tildelingsbrev: Hva er lovpålagt, hva er prioritert, og hva er vane?',
                    rating: 'strong',
                    consequence: 'Du finner oppgaver som verken er lovpålagte eller prioriterte, blant annet en intern månedsrapport. Nå har du et grunnlag for å prioritere. Det koster deg en uke av fristen.',
                    next: 'utkast',
                  },
                  {
                    id: 'a3',
                    text: 'Du stenger telefontiden for innbyggere og kommuner, så saksbehandlerne får mer tid til sakene.',
                    rating: 'weak',
                    consequence: 'Køen går litt ned, men søkerne får ikke svar på spørsmål om egne saker. Flere søknader kommer inn mangelfulle, og klagene øker. Rettssikkerheten svekkes, og dere sparer lite.',
                    next: 'spm',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'utkast',
                text: 'Utkastet ditt samler all veiledning i ett team. Fire medarbeidere får nye oppgaver. Tilpasningsavtalen sier at slike endringer skal drøftes med de tillitsvalgte. Hva gjør du nå?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du legger utkastet frem for de tillitsvalgte nå, mens planen fortsatt kan endres.',
                    rating: 'strong',
                    consequence: 'De tillitsvalgte viser at to av de fire allerede har svært høy belastning. Du justerer planen. Det tar en uke ekstra, men endringen får lite motstand.',
                    next: 'fram',
                  },
                  {
                    id: 'b2',
                    text: 'Du gjør planen ferdig først, så de tillitsvalgte får et konkret forslag å ta stilling til.',
                    rating: 'weak',
                    consequence: 'Det høres ryddig ut, men da kommer de tillitsvalgte inn når alt er bestemt. Det er ikke drøfting. De tillitsvalgte peker på en skjev belastning du kunne unngått, og du må gjøre om deler av planen.',
                    next: 'sent',
                  },
                  {
                    id: 'b4',
                    text: 'Du spør de fire medarbeiderne hva de mener, og tar det med i planen.',
                    rating: 'partly',
                    consequence: 'Medarbeiderne setter pris på å bli spurt, og du får gode innspill. Men å spørre medarbeiderne erstatter ikke drøfting med de tillitsvalgte, og de reagerer når de hører om planen.',
                    next: 'sent',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'spm',
                text: 'Avdelingsdirektøren spør: «Hvorfor er det akkurat disse oppgavene som skal ned?» Samtidig vil hovedtillitsvalgt vite hva som skjer i seksjonen. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du starter på nytt med en gjennomgang mot rammene, og tar de tillitsvalgte med fra begynnelsen.',
                    rating: 'strong',
                    consequence: 'Det koster deg en uke, og du må be om lengre frist. Men nå bygger planen på rammene, og de tillitsvalgte er med før noe er bestemt.',
                    next: 'sent',
                  },
                  {
                    id: 'c2',
                    text: 'Du sier til hovedtillitsvalgt at planen er foreløpig, og at de tillitsvalgte får den når den er ferdig.',
                    rating: 'weak',
                    consequence: 'Hovedtillitsvalgt godtar det motvillig. Planen blir ikke bedre begrunnet, og de tillitsvalgte kommer inn når det meste er bestemt. Da er det ikke lenger noe å drøfte.',
                    next: 'konflikt',
                  },
                  {
                    id: 'c4',
                    text: 'Du svarer avdelingsdirektøren skriftlig, og ber HR om å orientere de tillitsvalgte.',
                    rating: 'partly',
                    consequence: 'Avdelingsdirektøren får et svar, men planen er like dårlig begrunnet. HR kan informere, men de tillitsvalgte vil drøfte med den som tar beslutningen.',
                    next: 'sent',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'fram',
                text: 'Planen er klar, og de tillitsvalgte har vært med på å forme den. Den betyr at de mest kompliserte søknadene tar ti uker i stedet for seks. Avdelingsdirektøren skal bruke planen overfor departementet. Hvordan legger du den frem?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du viser tydelig hva dere slutter med, hva som blir «godt nok», og at søkerne med de vanskeligste sakene må vente lenger.',
                    rating: 'strong',
                    consequence: 'Det blir en ubehagelig samtale, og avdelingsdirektøren er ikke fornøyd. Men ledelsen kan ta et ærlig grunnlag videre, og departementet kan selv vurdere om ventetiden er akseptabel.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du legger frem planen og nevner kort at ventetiden kan øke noe. Du håper teamet klarer å ta igjen det meste.',
                    rating: 'partly',
                    consequence: 'Planen blir godkjent uten spørsmål. Da klagene på ventetid kommer, blir ledelsen overrasket, og det svekker tilliten til planene dine.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du lover samme saksbehandlingstid som i år, og regner med at teamet klarer å ta det igjen.',
                    rating: 'weak',
                    consequence: 'Du slipper en vanskelig samtale nå, men løftet holder ikke. Faglig integritet betyr å si hvordan det faktisk er.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sent',
                text: 'Planen er klar, men de tillitsvalgte kom sent inn, og det har kostet tid og tillit. De mest kompliserte søknadene vil ta ti uker i stedet for seks. Hvordan går du videre?',
                choices: [
                  {
                    id: 'e2',
                    text: 'Du sender planen til avdelingsdirektøren og går videre med andre oppgaver.',
                    rating: 'partly',
                    consequence: 'Planen blir godkjent, men ingen har snakket om konsekvensene for søkerne, og samarbeidet med de tillitsvalgte er fortsatt anstrengt.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e1',
                    text: 'Du sier til de tillitsvalgte at de burde vært med før, og viser ventetiden åpent.',
                    rating: 'strong',
                    consequence: 'Det reparerer mye. De tillitsvalgte ser at du tar partssamarbeidet på alvor, og ledelsen får et ærlig bilde. Tiden du tapte, får du ikke igjen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e3',
                    text: 'Du skriver at kuttet ikke får merkbare konsekvenser for søkerne, så planen går raskt gjennom.',
                    rating: 'weak',
                    consequence: 'Planen går raskt gjennom, men den bygger på et glansbilde. Når ventetiden øker, mister ledelsen tilliten til rapportene dine.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'konflikt',
                text: 'Hovedtillitsvalgt tar saken opp med avdelingsdirektøren og mener at prosessen bryter med hovedavtalen. Avdelingsdirektøren ber deg rydde opp. Hva gjør du?',
                choices: [
                  {
                    id: 'f1',
                    text: 'Du stanser prosessen og drøfter saken med de tillitsvalgte før du går videre.',
                    rating: 'strong',
                    consequence: 'Fristen må forlenges, og avdelingsdirektøren må forklare det oppover. Men prosessen kommer på rett spor.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f2',
                    text: 'Du kaller inn til et grundig informasjonsmøte og svarer på alle spørsmål om planen.',
                    rating: 'partly',
                    consequence: 'Møtet er ryddig, men de tillitsvalgte blir informert, ikke hørt. Konflikten fortsetter.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du viser til at omfordelingen ligger innenfor fullmakten din.',
                    rating: 'weak',
                    consequence: 'Fullmakten gir deg rett til å bestemme, men ikke til å hoppe over drøftingen. Konflikten låser seg, og planen blir forsinket.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et kutt med rammene som støtte',
                outcome: 'good',
                text: 'Seksjonen klarer seg med to færre årsverk. Søkerne får fortsatt en forsvarlig behandling, men de kompliserte sakene tar lenger tid – og det vet både ledelsen og departementet.',
                debrief: `Du startet med rammene, tok de tillitsvalgte med mens planen kunne endres, og sa ærlig fra om prisen:

- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Lov, instruks og tildelingsbrev var grunnlaget for planen.
- **Prioriter og bruk handlingsrommet:** Du valgte bort oppgaver i stedet for å kutte flatt.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Drøftingen kostet en uke, men gjorde planen bedre.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Du sparte uten å svekke rettssikkerheten, og sa fra om ventetiden selv om det var ubehagelig.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'Kuttet er gjennomført – med en pris',
                outcome: 'mixed',
                text: 'Kuttet er gjennomført, men noe gikk tapt underveis: tid og tillit hos de tillitsvalgte, eller ledelsens tillit til at planene dine viser hele bildet.',
                debrief: `Se på veien din nedenfor. Det du må reparere, kommer fra ett av disse:

- **Prioriter og bruk handlingsrommet:** Startet du med et flatt kutt eller stengt telefontid? Da manglet grunnlaget for å prioritere.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Fikk de tillitsvalgte planen først da den var ferdig? Da var det ingenting å drøfte.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Ble ventetiden bare nevnt i forbifarten? Faglig integritet betyr å si det tydelig.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Styringslinjen virker bare når ledelsen får vite prisen.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Uro og svekket tillit',
                outcome: 'poor',
                text: 'Kuttet blir gjennomført, men de tillitsvalgte føler seg overkjørt, eller ledelsen har fått et bilde som ikke stemmer. Det tar lang tid å bygge opp tilliten igjen.',
                debrief: `Veien din endte med et løfte eller en prosess som ikke holdt:

- **Bruk partssamarbeidet og medbestemmelse aktivt:** Informasjon etter at alt er bestemt, og fullmakten som argument, erstatter ikke drøfting.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Et glansbilde oppover bryter med faglig integritet.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Departementet kan bare prioritere når det kjenner konsekvensene.
- **Prioriter og bruk handlingsrommet:** Å prioritere betyr også å si hva som blir dårligere.

Prøv øvelsen på nytt og se hva som skjer med andre valg.`,
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
            intro: `Du er avdelingsdirektør for en seksjon i et departement. Seksjonen har regnet på en ny støtteordning som statsråden ønsker. Anslaget viser at ordningen vil koste langt mer enn det som har vært antydet offentlig, og at den ikke er ferdig utredet.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'En politisk rådgiver ringer deg direkte. Statsråden skal snakke om ordningen på fredag, og rådgiveren vil ha et kort notat med det laveste anslaget innen i morgen. Hva gjør du?',
                choices: [
                  {
                    id: 'a1',
                    text: 'Du lover et notat og sender det gjennom ekspedisjonssjefen, med hele spennet i anslaget.',
                    rating: 'strong',
                    consequence: 'Rådgiveren er irritert over at det tar lenger tid. Men notatet går tjenestevei, ekspedisjonssjefen står bak det, og statsråden får hele bildet.',
                    next: 'beslutning',
                  },
                  {
                    id: 'a2',
                    text: 'Du sender rådgiveren det laveste anslaget med én gang, og skriver i en fotnote at usikkerheten er stor.',
                    rating: 'partly',
                    consequence: 'Rådgiveren blir fornøyd, men ekspedisjonssjefen vet ikke om notatet, og fotnoten forsvinner når tallet brukes videre.',
                    next: 'beslutning-uklar',
                  },
                  {
                    id: 'a3',
                    text: 'Du skriver notatet med det laveste anslaget. Valget av tall er et politisk ansvar, og anslaget er faglig mulig.',
                    rating: 'weak',
                    consequence: 'Tallet er ikke feil, men det gir et misvisende bilde. Når faglige råd tilpasses det man tror ledelsen vil høre, mister de verdien sin.',
                    next: 'beslutning-uklar',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'beslutning',
                text: 'Statsråden har lest notatet og bestemmer seg for å gå videre med ordningen, men innfører den gradvis. Flere i seksjonen mener at rådet deres ble oversett. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du sier at rådet deres påvirket beslutningen, og at dere nå skal gjennomføre den godt.',
                    rating: 'strong',
                    consequence: 'Noen er fortsatt skuffet, men de forstår rollene: Dere gir råd, politisk ledelse bestemmer. Arbeidet kommer i gang.',
                    next: 'storting',
                  },
                  {
                    id: 'b2',
                    text: 'Du er enig med dem i at beslutningen er faglig svak, men ber dem gjøre jobben.',
                    rating: 'partly',
                    consequence: 'Seksjonen gjør jobben, men med liten tro på den. Lojaliteten til beslutningen er svekket, og det merkes i kvaliteten.',
                    next: 'storting-press',
                  },
                  {
                    id: 'b3',
                    text: 'Du foreslår å utrede saken grundigere før dere går i gang, i håp om at statsråden ombestemmer seg.',
                    rating: 'weak',
                    consequence: 'Det ser ryddig ut, men det er å trenere en politisk beslutning. Demokrati som forvaltningsverdi betyr å gjennomføre det folkevalgte har bestemt.',
                    next: 'storting-press',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'beslutning-uklar',
                text: 'Statsråden har nevnt det laveste anslaget offentlig. Nå spør finansavdelingen i departementet hvordan tallet er beregnet. Ekspedisjonssjefen har ikke sett notatet. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du forteller ekspedisjonssjefen om notatet og foreslår et nytt notat til statsråden.',
                    rating: 'strong',
                    consequence: 'Det er ubehagelig, og ekspedisjonssjefen er misfornøyd med at notatet gikk utenom. Men statsråden får riktig grunnlag før saken går videre.',
                    next: 'storting-press',
                  },
                  {
                    id: 'c2',
                    text: 'Du svarer finansavdelingen at tallet er ett av flere mulige anslag.',
                    rating: 'partly',
                    consequence: 'Det er sant, men ingen over deg vet hvor usikkert tallet er. Saken ruller videre med et svakt grunnlag.',
                    next: 'storting-press',
                  },
                  {
                    id: 'c3',
                    text: 'Du lar saken ligge. Tallet er allerede brukt offentlig, og statsråden har ikke bedt om mer.',
                    rating: 'weak',
                    consequence: 'Ingen får et bedre grunnlag, og problemet vokser for hver gang tallet blir gjentatt.',
                    next: 'storting-press',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'storting',
                text: 'En stortingsrepresentant stiller statsråden et skriftlig spørsmål om hva ordningen vil koste. Seksjonen skal lage utkast til svar. Hva gjør du?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du lager et utkast som oppgir spennet og usikkerheten på en måte statsråden kan stå for.',
                    rating: 'strong',
                    consequence: 'Svaret er riktig og fullstendig. Statsråden slipper å rette opp noe senere, og departementet får tillit for å være åpent.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du lager et kort utkast med det midterste anslaget, og lar usikkerheten stå i saksfremlegget til statsråden.',
                    rating: 'partly',
                    consequence: 'Statsråden kjenner usikkerheten, men Stortinget får et tall som ser sikrere ut enn det er. Det må rettes opp senere.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du ber rådgiveren formulere svaret, siden det er et politisk spørsmål.',
                    rating: 'weak',
                    consequence: 'Politisk ledelse eier svaret, men departementet har ansvaret for at faktagrunnlaget er riktig. Det overlater du ikke til andre.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'storting-press',
                text: 'En stortingsrepresentant stiller statsråden et skriftlig spørsmål om hva ordningen vil koste. Rådgiveren vil at svaret bruker det laveste anslaget. Hva gjør du?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du skriver et utkast med hele spennet, og forklarer ekspedisjonssjefen hvorfor.',
                    rating: 'strong',
                    consequence: 'Svaret blir riktig, men statsråden må forklare et høyere tall enn det som er sagt før, og det koster politisk. Jo tidligere hele bildet hadde kommet frem, jo mindre hadde det kostet.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du bruker det laveste anslaget, men skriver at «beregningene er usikre».',
                    rating: 'partly',
                    consequence: 'Formuleringen er teknisk riktig, men Stortinget får et skjevt bilde. Når det faktiske tallet kommer, må statsråden rette opp svaret.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'e3',
                    text: 'Du skriver svaret slik rådgiveren vil. Det er statsråden som svarer Stortinget.',
                    rating: 'weak',
                    consequence: 'Statsråden har ansvaret for svaret, men du har ansvaret for at faktagrunnlaget du leverer, er riktig. Stortinget får et misvisende svar.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Ærlige råd, lojal gjennomføring',
                outcome: 'good',
                text: 'Statsråden fikk hele bildet, tok en politisk beslutning, og Stortinget fikk et riktig svar. Seksjonen vet hva rollen deres er.',
                debrief: `Du holdt fast ved tjenesteveien og ga ærlige råd, også når det irriterte:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Du ga hele anslaget (faglig integritet), og gjennomførte beslutningen statsråden tok (demokrati).
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Notatet gikk gjennom ekspedisjonssjefen. Politiske rådgivere kan be om hjelp, men de kan ikke instruere embetsverket, og det faglige rådet går tjenestevei.
- **Prioriter og bruk handlingsrommet:** Du brukte tiden på et riktig notat i stedet for et raskt tall.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Denne saken gjaldt den politiske linjen, ikke arbeidsforholdene. Gir gjennomføringen seksjonen mer arbeid eller nye oppgaver, er det en sak for de tillitsvalgte.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'Riktig til slutt – men det kostet',
                outcome: 'mixed',
                text: 'Saken kom på plass, men med omveier: et tall som måtte rettes, en seksjon med liten tro på oppgaven eller et svar som så sikrere ut enn det var.',
                debrief: `Se på veien din nedenfor:

- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Gikk det første notatet utenom ekspedisjonssjefen? Da ble det vanskeligere å rette opp.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Faglig integritet er å gi hele bildet. Demokrati er å gjennomføre beslutningen lojalt, også når du var uenig.
- **Prioriter og bruk handlingsrommet:** Et raskt svar er ikke alltid det beste svaret.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Krever gjennomføringen mer av seksjonen, skal de tillitsvalgte inn tidlig.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Et svar som må rettes',
                outcome: 'poor',
                text: 'Stortinget fikk et misvisende svar, og statsråden må rette det opp. Tilliten til departementets faglige råd har fått en ripe.',
                debrief: `Veien din tilpasset tallene til det du trodde politisk ledelse ville høre:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Å tilpasse faglige råd svekker både faglig integritet og det demokratiske grunnlaget.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Politisk ledelse eier beslutningen og svaret. Du har ansvaret for at grunnlaget er riktig.
- **Prioriter og bruk handlingsrommet:** Tidspress er ingen grunn til å hoppe over tjenesteveien.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Også her gjelder åpenhet: Endrer saken arbeidshverdagen i seksjonen, skal de tillitsvalgte vite det tidlig.

Prøv øvelsen på nytt og se hva som skjer med andre valg.`,
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
          prompt: 'Hvilke mål i tildelingsbrevet gjelder enheten din, og hva har du fullmakt til å bestemme selv? Hvor har du handlingsrom du ikke bruker? Når skal du møte de tillitsvalgte?',
          hint: 'Når tok du sist opp noe med de tillitsvalgte som ikke var bestemt ennå?',
          planLabel: 'Kjenn rammene',
        },
      ],
    },
  ],
});
