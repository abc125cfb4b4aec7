import { defineLesson } from '../schema/index.ts';

const SOURCE = 'Grunnlag for god ledelse i staten';
const BY = 'En leder i innspillsrunden';

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
          kind: 'text',
          body: `Ledelse i staten utøves i en bestemt organisatorisk og styringsmessig sammenheng. Grunnlaget beskriver den som en kontekst som setter rammer og gir begrensninger, men som også gir muligheter for å få gjennomført politikk.

Som leder må du derfor kjenne særtrekkene ved statlig organisering og styring. Du må vite hva det innebærer å lede i en politisk styrt virksomhet, og du må ha kunnskap om den norske modellen og partssamarbeidet.`,
        },
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
          by: BY,
          source: SOURCE,
        },
        {
          kind: 'text',
          body: `Rammene er likevel ikke bare begrensninger. Grunnlaget kaller samfunnsoppdraget og forvaltningsverdiene en navigasjonshjelp i en usikker og urolig tid. Og det understreker at du både må prioritere og bruke handlingsrommet ditt aktivt innenfor rammene.`,
        },
      ],
    },
    {
      id: 'kr-verdier',
      title: 'Verdier og rammer',
      blocks: [
        {
          kind: 'text',
          body: `## Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet

Forvaltningsverdiene gjelder for hele staten. Kort forklart:

- **Demokrati:** Virksomheten din gjennomfører politikk som folkevalgte organer har vedtatt. Du er lojal mot de vedtatte målene og bidrar til åpenhet.
- **Rettssikkerhet:** Innbyggere og virksomheter skal behandles likt, forutsigbart og etter regelverket.
- **Faglig integritet:** Du og medarbeiderne gir faglig forsvarlige råd og vurderinger – også når det ikke er det mottakeren helst vil høre.
- **Effektivitet:** Fellesskapets ressurser skal brukes klokt, slik at dere når målene uten unødig ressursbruk.

Verdiene kan trekke i ulike retninger. Tenk deg at du leder en seksjon som behandler søknader om tilskudd, og at dere må få ned saksbehandlingstiden. Effektivitet taler for å forenkle. Rettssikkerhet krever at alle søkere fortsatt får en forsvarlig og lik vurdering. Å etterleve verdiene betyr å finne en løsning som ivaretar begge, for eksempel en enklere rutine for de enkle sakene og grundig behandling av de kompliserte.`,
        },
        {
          kind: 'text',
          body: `## Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle

En statlig virksomhet styres gjennom en styringslinje fra politisk ledelse i departementet, via virksomhetens ledelse og videre ned i organisasjonen. Rammene finner du blant annet i lover og regelverk, i instrukser og tildelingsbrev, i budsjettet og i virksomhetens egne fullmakter.

Å kjenne ansvaret i lederrollen betyr å vite hva du kan bestemme selv, hva du må avklare med lederen din, og hvilket ansvar du har som arbeidsgiver for medarbeiderne dine.`,
        },
        {
          kind: 'quote',
          text: 'Ledere må forstå politiske prosesser, og at det er mange og til dels motstridende mål som krever balansegang.',
          by: BY,
          source: SOURCE,
        },
        {
          kind: 'text',
          body: `Et eksempel: Departementet vil både ha kortere saksbehandlingstid og grundigere kontroll. Begge målene er legitime, men de trekker i hver sin retning. Din jobb er å finne en god balanse og vise konsekvensene tydelig oppover i styringslinjen – ikke å velge bort det ene målet i det stille.`,
        },
      ],
    },
    {
      id: 'kr-handlingsrom',
      title: 'Handlingsrom og partssamarbeid',
      blocks: [
        {
          kind: 'text',
          body: `## Prioriter og bruk handlingsrommet

Rammene sier mye om *hva* virksomheten skal oppnå, men ofte mindre om *hvordan*. Det er handlingsrommet ditt. Innspillsrunden til grunnlaget la vekt på at ledere må gå foran, være strategiske, modige og våge å prioritere. Det innebærer også å klargjøre hva som er «godt nok» når ressursene blir færre.

Et eksempel: Tenk deg at seksjonen din skal lage en ny veileder samtidig som antallet henvendelser øker. I stedet for å gjøre alt litt dårligere kan du avklare med lederen din hva som er viktigst, og hva som er et godt nok nivå på resten.

## Bruk partssamarbeidet og medbestemmelse aktivt

Ledelse i staten skal utøves med den norske modellen som plattform, der partssamarbeid, medbestemmelse og involvering bidrar til bedre beslutninger. I praksis betyr det at du tar med de tillitsvalgte tidlig, mens det fortsatt er mulig å påvirke – ikke bare informerer når alt er bestemt.`,
        },
        {
          kind: 'quote',
          text: 'Ledere må ha kunnskaper om grunnleggende prinsipper i forvaltningen og ha kunnskap om partssamarbeid og hovedavtalen.',
          by: BY,
          source: SOURCE,
        },
        {
          kind: 'text',
          body: `Et eksempel: Du vil flytte oppgaver mellom to team. Når du tar planen opp med de tillitsvalgte før den er ferdig, får du innspill om arbeidsbelastning og kompetanse som gjør planen bedre. Det blir også lettere å gjennomføre den.`,
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
            prompt: 'Du leder en seksjon som behandler klager. For å få ned køen foreslår en medarbeider at dere avviser alle klager som kommer noen dager for sent, uten å se på sakene hver for seg. Hvilken forvaltningsverdi er mest utfordret?',
            options: [
              {
                id: 'kr-q1-a',
                text: 'Rettssikkerhet',
                correct: true,
                feedback: 'Riktig. Rettssikkerhet handler om at hver sak får en forsvarlig og lik behandling etter regelverket. En automatisk avvisning uten vurdering av den enkelte saken setter det i fare.',
              },
              {
                id: 'kr-q1-b',
                text: 'Effektivitet',
                feedback: 'Ikke helt. Forslaget ville faktisk gjort køen kortere, så det er ikke effektiviteten som er problemet. Det er at klagerne ikke får sakene sine vurdert – altså rettssikkerheten.',
              },
              {
                id: 'kr-q1-c',
                text: 'Demokrati',
                feedback: 'Ikke helt. Demokrati handler om å gjennomføre politikk som folkevalgte har vedtatt. Her er det den enkelte klagerens rett til forsvarlig behandling – rettssikkerheten – som står på spill.',
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
            prompt: 'Budsjettet for enheten din blir kuttet. Hvilke handlinger er i tråd med punktet «Prioriter og bruk handlingsrommet»? Velg alle som passer.',
            options: [
              {
                id: 'kr-q2-a',
                text: 'Avklare med lederen din hvilke oppgaver som er viktigst, og hva som er «godt nok» for resten',
                correct: true,
                feedback: 'Riktig. Å klargjøre hva som er «godt nok» når ressursene blir færre, er nettopp å prioritere – og avklaringen skjer i styringslinjen.',
              },
              {
                id: 'kr-q2-b',
                text: 'Kutte alle oppgaver like mye, så ingen blir forskjellsbehandlet',
                feedback: 'Ikke riktig. Et flatt kutt kan virke rettferdig, men det er å la være å prioritere. Da kan også viktige oppgaver bli for dårlig løst.',
              },
              {
                id: 'kr-q2-c',
                text: 'Finne oppgaver dere kan løse på en enklere måte innenfor regelverket',
                correct: true,
                feedback: 'Riktig. Rammene sier ofte mer om hva som skal oppnås enn om hvordan. Å finne enklere arbeidsmåter er å bruke handlingsrommet.',
              },
              {
                id: 'kr-q2-d',
                text: 'Vente til noen over deg har bestemt alle detaljene',
                feedback: 'Ikke riktig. Da bruker du ikke handlingsrommet du har. Grunnlaget forventer at du prioriterer og bruker handlingsrommet aktivt innenfor rammene.',
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
            prompt: 'Du skal fordele oppgavene i seksjonen på en ny måte. Sett stegene i en rekkefølge som bruker partssamarbeidet og medbestemmelse aktivt.',
            items: [
              { id: 'kr-q3-a', text: 'Informer de tillitsvalgte tidlig om behovet for endring og bakgrunnen for det' },
              { id: 'kr-q3-b', text: 'Drøft mulige løsninger med de tillitsvalgte og medarbeiderne' },
              { id: 'kr-q3-c', text: 'Ta beslutningen, og forklar hvordan innspillene er brukt' },
              { id: 'kr-q3-d', text: 'Følg opp og evaluer endringen sammen etter en tid' },
            ],
            feedbackCorrect: 'Riktig. Når de tillitsvalgte er med fra starten, kan innspillene faktisk påvirke løsningen. Det er kjernen i partssamarbeid og medbestemmelse.',
            feedbackIncorrect: 'Ikke helt. Tenk på når innspill kan påvirke noe: Informasjon og drøfting må komme før beslutningen, og oppfølgingen kommer etterpå.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'kr-q4',
            kind: 'single',
            objective: 'kjenn-rammene',
            prompt: 'En leder i innspillsrunden sa: «Styringslinjen er sterk, det må man lære seg som leder i staten.» Hva betyr det for deg i praksis?',
            options: [
              {
                id: 'kr-q4-a',
                text: 'Du må kjenne føringene fra politisk og overordnet ledelse, og avklare oppover når en sak går utover det du kan bestemme selv',
                correct: true,
                feedback: 'Riktig. Å kjenne styringslinjen og ansvaret i lederrollen betyr å vite hva du kan bestemme selv, og når du må ta en sak videre.',
              },
              {
                id: 'kr-q4-b',
                text: 'Du bør ikke komme med faglige innvendinger mot føringer som kommer ovenfra',
                feedback: 'Ikke riktig. Faglig integritet er en av forvaltningsverdiene. Å være lojal mot styringslinjen betyr ikke å tie om faglige vurderinger.',
              },
              {
                id: 'kr-q4-c',
                text: 'Du trenger ikke tenke på handlingsrommet ditt, fordi alt er bestemt ovenfra',
                feedback: 'Ikke riktig. Grunnlaget forventer at du prioriterer og bruker handlingsrommet aktivt innenfor rammene.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'kr-case',
      title: 'Case: Kutt i tildelingen',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'kr-scenario',
            title: 'Kutt i tildelingen',
            objective: 'kjenn-rammene',
            intro: `Tenk deg at du leder en seksjon med 14 medarbeidere i et direktorat. Seksjonen behandler søknader om tilskudd og svarer på spørsmål fra kommuner og innbyggere.

Virksomheten har fått et kutt i tildelingsbrevet. Avdelingsdirektøren ber deg om en plan for hvordan seksjonen skal klare seg med to færre årsverk neste år. Du har tre uker.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Du har fått oppdraget og skal i gang. Hvordan begynner du?',
                choices: [
                  {
                    id: 'a1',
                    text: 'Du går gjennom oppgavene mot regelverket, instruksen og tildelingsbrevet: Hva er lovpålagt, hva er prioritert, og hva gjør dere mest av gammel vane?',
                    rating: 'strong',
                    consequence: 'Gjennomgangen viser at en god del tid går til oppgaver som verken er lovpålagte eller nevnt i tildelingsbrevet – blant annet en intern månedsrapport som nesten ingen leser. Nå har du et grunnlag for å prioritere.',
                    next: 'utkast',
                  },
                  {
                    id: 'a2',
                    text: 'Du foreslår å kutte likt i alle oppgaver, slik at alle bidrar like mye.',
                    rating: 'partly',
                    consequence: 'Det virker rettferdig, men et flatt kutt er å la være å prioritere. Det gir også mindre tid til tilskuddsbehandlingen, der søkerne har krav på en forsvarlig behandling.',
                    next: 'spm',
                  },
                  {
                    id: 'a3',
                    text: 'Du ber teamet slutte å svare på telefon og e-post fra innbyggere, slik at saksbehandlingen går raskere.',
                    rating: 'weak',
                    consequence: 'Køen går litt ned, men innbyggere og kommuner får ikke svar på spørsmål om sine egne saker. Flere sender inn mangelfulle søknader og klager. Rettssikkerheten svekkes, og effektiviteten blir ikke bedre.',
                    next: 'spm',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'utkast',
                text: 'Du har et utkast til prioriteringer. Ett forslag er å samle all veiledning i ett team. Det betyr at fire medarbeidere får nye oppgaver. Hva gjør du nå?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du tar utkastet opp med de tillitsvalgte og medarbeiderne nå, før noe er bestemt, og ber om innspill.',
                    rating: 'strong',
                    consequence: 'De tillitsvalgte peker på at to av de fire allerede har svært høy arbeidsbelastning. Du justerer planen. Medarbeiderne forstår hvorfor endringen kommer, og motstanden er liten.',
                    next: 'fram',
                  },
                  {
                    id: 'b2',
                    text: 'Du informerer de tillitsvalgte når planen er ferdig, like før den settes i verk.',
                    rating: 'partly',
                    consequence: 'Du har informert, men de tillitsvalgte opplever at alt var bestemt på forhånd. De peker på en skjev arbeidsbelastning som du kunne ha unngått. Du må gjøre om deler av planen, og tilliten har fått en ripe.',
                    next: 'sent',
                  },
                  {
                    id: 'b3',
                    text: 'Du holder planen for deg selv til avdelingsdirektøren har godkjent den, for å unngå uro.',
                    rating: 'weak',
                    consequence: 'Ryktene går likevel. Medarbeiderne hører om endringene fra andre, og de tillitsvalgte reagerer på at de ikke er tatt med. Å holde tilbake informasjon skaper mer uro, ikke mindre.',
                    next: 'sent',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'spm',
                text: 'Avdelingsdirektøren ber deg begrunne planen bedre: «Hvorfor er det akkurat disse oppgavene som skal ned?» Samtidig vil hovedtillitsvalgt vite hva som skjer i seksjonen. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du går tilbake og vurderer oppgavene mot regelverket og tildelingsbrevet, og inviterer de tillitsvalgte med i arbeidet med en ny plan.',
                    rating: 'strong',
                    consequence: 'Det koster deg en uke, men nå bygger planen på rammene, og de tillitsvalgte er med fra starten av den nye runden. Du har hentet inn mye av det du tapte.',
                    next: 'fram',
                  },
                  {
                    id: 'c2',
                    text: 'Du sier at planen er foreløpig, og lover de tillitsvalgte informasjon når den er klar.',
                    rating: 'partly',
                    consequence: 'Hovedtillitsvalgt godtar det motvillig. Planen blir ikke bedre begrunnet, og de tillitsvalgte kommer inn først når det meste er bestemt.',
                    next: 'sent',
                  },
                  {
                    id: 'c3',
                    text: 'Du svarer at dette er en ledelsesbeslutning, og at de tillitsvalgte får vite mer når alt er bestemt.',
                    rating: 'weak',
                    consequence: 'Hovedtillitsvalgt mener at du holder partene utenfor en sak som gjelder arbeidsforholdene til de ansatte. Saken blir større enn den trengte å bli.',
                    next: 'konflikt',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'fram',
                text: 'Planen er klar, og de tillitsvalgte har vært med på å forme den. Den betyr at saksbehandlingstiden for de mest kompliserte søknadene vil øke fra rundt seks til rundt ti uker. Avdelingsdirektøren skal bruke planen i dialogen med departementet. Hvordan legger du den fram?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du viser tydelig hva dere slutter med, hva som blir «godt nok», og hva det betyr for søkerne.',
                    rating: 'strong',
                    consequence: 'Avdelingsdirektøren får et ærlig grunnlag å ta videre i styringslinjen. Departementet kan selv vurdere om konsekvensene er akseptable. Slik skal styringslinjen fungere.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du legger fram planen, men nevner bare i en bisetning at saksbehandlingstiden kan øke noe.',
                    rating: 'partly',
                    consequence: 'Planen blir godkjent, men konsekvensene er uklare for ledelsen. Da klagene på lang saksbehandlingstid kommer, blir det overraskelser oppover i styringslinjen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du lover at seksjonen skal holde samme saksbehandlingstid som før, selv om du vet at det blir vanskelig.',
                    rating: 'weak',
                    consequence: 'Du slipper en vanskelig samtale nå, men løftet holder ikke. Faglig integritet handler om å si hvordan det faktisk er, også når det er ubehagelig.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sent',
                text: 'Planen er omsider klar, men de tillitsvalgte kom sent inn, og det har kostet tid og noe tillit. Planen betyr at saksbehandlingstiden for de mest kompliserte søknadene vil øke fra rundt seks til rundt ti uker. Hvordan går du videre?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du erkjenner overfor de tillitsvalgte at de burde vært med tidligere, avtaler hvordan dere følger opp sammen, og viser konsekvensene tydelig for avdelingsdirektøren.',
                    rating: 'strong',
                    consequence: 'Det reparerer mye. Ledelsen får et ærlig bilde av konsekvensene, og de tillitsvalgte ser at du tar partssamarbeidet på alvor fra nå av.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du sender planen videre til avdelingsdirektøren og går videre til andre oppgaver.',
                    rating: 'partly',
                    consequence: 'Planen blir godkjent, men ingen har snakket om konsekvensene for søkerne, og samarbeidet med de tillitsvalgte er fortsatt anstrengt.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e3',
                    text: 'Du skriver at kuttet ikke får konsekvenser for søkerne, så planen går raskere gjennom.',
                    rating: 'weak',
                    consequence: 'Planen går raskt gjennom, men den bygger på et glansbilde. Når saksbehandlingstiden øker, mister ledelsen tilliten til rapportene dine.',
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
                    text: 'Du erkjenner feilen, stanser prosessen og starter på nytt med de tillitsvalgte med fra begynnelsen.',
                    rating: 'strong',
                    consequence: 'Det koster tid, og fristen må forlenges. Men prosessen kommer på rett spor, og du viser at du tar partssamarbeidet på alvor.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f2',
                    text: 'Du kaller inn til et informasjonsmøte og presenterer planen slik den er.',
                    rating: 'partly',
                    consequence: 'Møtet blir ensidig. De tillitsvalgte opplever at de blir informert, ikke involvert, og konflikten fortsetter.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du står fast på at det er en ledelsesbeslutning, og sier at du har handlet innenfor fullmakten din.',
                    rating: 'weak',
                    consequence: 'Konflikten låser seg. Avdelingsdirektøren må bruke tid på saken, og planen blir forsinket.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et kutt som er gjennomført med rammene som støtte',
                outcome: 'good',
                text: 'Seksjonen klarer seg med to færre årsverk uten at rettssikkerheten svekkes. Medarbeiderne vet hva som er prioritert, og hva som er «godt nok». Ledelsen og departementet har et ærlig bilde av konsekvensene.',
                debrief: `Du brukte alle de fire punktene under **Kjenn rammene**:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Du sparte uten å svekke søkernes rettssikkerhet, og du var ærlig om konsekvensene.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Du tok utgangspunkt i regelverket og tildelingsbrevet, og lot ledelsen ta stilling til konsekvensene i styringslinjen.
- **Prioriter og bruk handlingsrommet:** Du valgte bort oppgaver i stedet for å kutte flatt, og klargjorde hva som er «godt nok».
- **Bruk partssamarbeidet og medbestemmelse aktivt:** De tillitsvalgte var med mens planen fortsatt kunne endres, og planen ble bedre av det.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'Kuttet er gjennomført – med kostnader',
                outcome: 'mixed',
                text: 'Seksjonen får gjennomført kuttet, men det har kostet tid, tillit eller åpenhet om konsekvensene. Noe av dette kunne vært unngått.',
                debrief: `Se tilbake på valgene dine i lys av punktene under **Kjenn rammene**:

- **Prioriter og bruk handlingsrommet:** Bygde planen på en gjennomgang av oppgavene mot rammene, eller på et flatt kutt?
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Kom de tillitsvalgte inn mens planen fortsatt kunne endres?
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Fikk ledelsen et ærlig bilde av konsekvensene for søkerne?
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Brukte du styringslinjen til å avklare konsekvensene, i stedet for å skjule dem?

Det går an å rette opp underveis. Men jo tidligere du involverer og prioriterer, jo mindre må du reparere.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Uro og svekket tillit',
                outcome: 'poor',
                text: 'Kuttet blir gjennomført, men med uro og svekket tillit – hos de tillitsvalgte, hos medarbeiderne eller hos ledelsen over deg.',
                debrief: `Valgene dine gikk på tvers av flere av punktene under **Kjenn rammene**:

- **Bruk partssamarbeidet og medbestemmelse aktivt:** De tillitsvalgte ble holdt utenfor eller bare informert. Å involvere tidlig er både riktig og lønnsomt.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Et glansbilde oppover bryter med faglig integritet, og kutt i veiledningen kan svekke rettssikkerheten.
- **Prioriter og bruk handlingsrommet:** Et flatt eller tilfeldig kutt er ikke en prioritering.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Styringslinjen fungerer bare når ledelsen får et riktig bilde av konsekvensene.

Prøv gjerne casen på nytt og se hva som skjer med andre valg.`,
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
          prompt: 'Hva betyr «Kjenn rammene» for deg i din virksomhet? Skriv ned hvilke rammer som er viktigst for enheten din, hvor du har handlingsrom du ikke bruker i dag, og én konkret måte du kan bruke partssamarbeidet mer aktivt på.',
          hint: 'Tenk på regelverk, instruks, tildelingsbrev og fullmakter. Når tok du sist opp noe med de tillitsvalgte som ikke var bestemt ennå?',
          planLabel: 'Kjenn rammene',
        },
      ],
    },
  ],
});
