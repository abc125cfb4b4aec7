import { defineLesson } from '../schema/index.ts';

export default defineLesson({
  id: 'utvikle-deg-som-leder',
  title: 'Utvikle deg som leder',
  summary: 'Eget lederskap og hvordan du virker på andre, kunnskap om ledelse og fellesskap med andre ledere.',
  objective: 'utvikle-deg-som-leder',
  pages: [
    {
      id: 'ud-intro',
      title: 'Utvikle deg som leder',
      blocks: [
        {
          kind: 'text',
          body: `Grunnlaget sier at det også er modig å se nærmere på egen utøvelse av lederrollen. En av lederne i innspillsrunden sa det i klartekst:`,
        },
        {
          kind: 'quote',
          text: 'Altfor få ledere er opptatt av hvordan de selv virker på andre.',
          by: 'En leder i innspillsrunden',
          source: 'Grunnlag for god ledelse i staten',
        },
        {
          kind: 'text',
          body: `Et viktig element i god ledelse er å utforske eget lederskap og være åpen for å utvikle deg som leder. Å bygge fellesskap med andre ledere og dele erfaringer er ledd i dette.

Forventningene i grunnlaget er ment som noe å strekke seg etter, og som et utgangspunkt for videre utvikling av ditt lederskap. Ingen leder er ferdig utlært.`,
        },
        {
          kind: 'key-points',
          title: 'Forventningen har tre punkter',
          points: [
            'Utforsk eget lederskap og hvordan du virker på andre',
            'Fyll på med kunnskap om ledelse',
            'Bygg fellesskap og del erfaringer med andre ledere',
          ],
        },
      ],
    },
    {
      id: 'ud-utvikling',
      title: 'Tre veier til utvikling',
      blocks: [
        {
          kind: 'text',
          body: `## Utforsk eget lederskap og hvordan du virker på andre

Du ser ikke deg selv utenfra. Det du mener er tydelighet, kan oppleves som kontroll. Det du mener er tillit, kan oppleves som fravær. Derfor må du spørre – og lytte til svarene.

Slik kan du gjøre det:

- Be om konkrete tilbakemeldinger, for eksempel: «Hva bør jeg fortsette med, slutte med og begynne med?»
- Bruk resultatene fra medarbeiderundersøkelsen som utgangspunkt for en åpen samtale med teamet.
- Legg merke til hvordan du oppfører deg når du er presset, og hva det gjør med dem rundt deg.

## Fyll på med kunnskap om ledelse

Ledelse er et komplekst fagfelt, og det finnes mange «sannheter» om god ledelse. Ulike tidsperioder har hatt sine ledelsesteorier, og mange av dem lever fortsatt. Kunnskap hjelper deg å se forskjell på moter og det som har et godt grunnlag – og å forstå deg selv bedre.

Innspillsrunden minner også om at det kan være store forskjeller på å være leder for medarbeidere og å være leder for mellomledere. Når du går fra det ene til det andre, trenger du ny kunnskap.

Et eksempel: Du setter av faste timer i kalenderen til et lederutviklingsprogram, et kurs eller faglitteratur, og du tar med deg det du lærer, inn i samtalene med din egen leder.

## Bygg fellesskap og del erfaringer med andre ledere

Lederrollen kan være ensom. Andre ledere kjenner dilemmaene dine og kan gi råd, støtte og nye perspektiver.

Et eksempel: Tre seksjonsledere fra ulike avdelinger møtes én gang i måneden og drøfter én konkret utfordring hver gang. Eller du finner en mentor i en annen statlig virksomhet.

Grunnlaget viser til ressurssider og kompetansetilbud for ledere i staten på [arbeidsgiver.dfo.no/ledelse](https://arbeidsgiver.dfo.no/ledelse).`,
        },
      ],
    },
    {
      id: 'ud-sjekk',
      title: 'Sjekk forståelsen',
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'ud-q1',
            kind: 'single',
            objective: 'utvikle-deg-som-leder',
            prompt: 'En leder i innspillsrunden sa: «Altfor få ledere er opptatt av hvordan de selv virker på andre.» Hvilken handling følger best opp dette?',
            options: [
              {
                id: 'ud-q1-a',
                text: 'Spørre medarbeiderne konkret hva du bør fortsette med, slutte med og begynne med – og følge opp svarene',
                correct: true,
                feedback: 'Riktig. Hvordan du virker på andre, finner du best ut av ved å spørre dem – og vise at svarene betyr noe.',
              },
              {
                id: 'ud-q1-b',
                text: 'Lese en bok om lederstiler og finne ut hvilken type leder du er',
                feedback: 'Ikke helt. Kunnskap om ledelse er nyttig, men den forteller ikke hvordan akkurat du virker på dem du leder. Det må du spørre dem om.',
              },
              {
                id: 'ud-q1-c',
                text: 'Gå ut fra at det går bra så lenge ingen klager',
                feedback: 'Ikke riktig. At ingen sier noe, betyr ikke at alt er bra. Mange sier ikke fra til lederen sin uten å bli spurt.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'ud-q2',
            kind: 'multiple',
            objective: 'utvikle-deg-som-leder',
            prompt: 'Medarbeiderundersøkelsen viser at teamet ditt sjelden opplever å bli hørt før beslutninger tas. Hvilke reaksjoner viser at du utforsker eget lederskap? Velg alle som passer.',
            options: [
              {
                id: 'ud-q2-a',
                text: 'Du deler resultatet med teamet og spør hva de opplever, og hva du kan gjøre annerledes',
                correct: true,
                feedback: 'Riktig. Du bruker resultatet til å lære om hvordan du virker på andre, ikke til å forsvare deg.',
              },
              {
                id: 'ud-q2-b',
                text: 'Du ber en lederkollega du stoler på, om å være med på et av møtene dine og gi deg tilbakemelding',
                correct: true,
                feedback: 'Riktig. Her utforsker du eget lederskap og bruker fellesskapet med andre ledere samtidig.',
              },
              {
                id: 'ud-q2-c',
                text: 'Du forklarer teamet hvorfor beslutningene måtte tas raskt',
                feedback: 'Ikke riktig. Det kan være gode grunner, men en forklaring alene er et forsvar. Du får ikke vite noe nytt om hvordan du virker på andre.',
              },
              {
                id: 'ud-q2-d',
                text: 'Du konkluderer med at undersøkelsen ikke er representativ fordi få svarte',
                feedback: 'Ikke riktig. Selv om få svarte, er det et signal. Å avfeie det er det motsatte av å utforske eget lederskap.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'ud-q3',
            kind: 'ordering',
            objective: 'utvikle-deg-som-leder',
            prompt: 'Du vil utvikle deg som leder. Sett stegene i en rekkefølge som bruker alle de tre punktene.',
            items: [
              { id: 'ud-q3-a', text: 'Be om konkrete tilbakemeldinger på hvordan du virker på andre' },
              { id: 'ud-q3-b', text: 'Velg ett område du vil utvikle deg på' },
              { id: 'ud-q3-c', text: 'Fyll på med kunnskap om området, for eksempel gjennom et kurs eller faglitteratur' },
              { id: 'ud-q3-d', text: 'Prøv ut nye måter å gjøre det på i hverdagen' },
              { id: 'ud-q3-e', text: 'Del erfaringene med andre ledere, og be om ny tilbakemelding' },
            ],
            feedbackCorrect: 'Riktig. Tilbakemeldingene viser deg hva du bør jobbe med. Kunnskap og praksis gir utvikling, og fellesskapet med andre ledere hjelper deg å lære av erfaringene.',
            feedbackIncorrect: 'Ikke helt. Start med å finne ut hvordan du virker på andre, slik at du velger riktig område. Så kommer kunnskap og praksis – og til slutt deling og ny tilbakemelding.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'ud-q4',
            kind: 'multiple',
            objective: 'utvikle-deg-som-leder',
            prompt: 'Hva får du ut av å bygge fellesskap og dele erfaringer med andre ledere? Velg alle som passer.',
            options: [
              {
                id: 'ud-q4-a',
                text: 'Råd og nye perspektiver fra ledere som kjenner de samme dilemmaene',
                correct: true,
                feedback: 'Riktig. Andre ledere kan se situasjonen din med friske øyne og dele hva som har virket for dem.',
              },
              {
                id: 'ud-q4-b',
                text: 'Et bedre bilde av egen virksomhet som del av en større helhet',
                correct: true,
                feedback: 'Riktig. Når du deler erfaringer med ledere i andre enheter og virksomheter, ser du lettere sammenhengene på tvers.',
              },
              {
                id: 'ud-q4-c',
                text: 'Du trenger ikke lenger be medarbeiderne om tilbakemeldinger',
                feedback: 'Ikke riktig. Andre ledere kan ikke fortelle deg hvordan du virker på dine egne medarbeidere. Det må du fortsatt spørre dem om.',
              },
              {
                id: 'ud-q4-d',
                text: 'Du får bekreftet at måten du leder på, er riktig',
                feedback: 'Ikke riktig. Målet er å lære, ikke å få bekreftelse. Det mest nyttige er ofte når andre utfordrer deg.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'ud-case',
      title: 'Case: Fra seksjonsleder til avdelingsdirektør',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'ud-scenario',
            title: 'Fra seksjonsleder til avdelingsdirektør',
            objective: 'utvikle-deg-som-leder',
            intro: `Tenk deg at du for ett år siden gikk fra å være seksjonsleder til å bli avdelingsdirektør i et direktorat. Nå leder du fire seksjonsledere.

Den første medarbeiderundersøkelsen er kommet. Seksjonslederne svarer at du detaljstyrer, og at du ofte går rett til medarbeiderne deres.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Du leser resultatet, og det svir. Hva gjør du først?',
                choices: [
                  {
                    id: 'a1',
                    text: 'Du tar resultatet opp med seksjonslederne og spør hva de opplever, og hva de trenger fra deg.',
                    rating: 'strong',
                    consequence: 'Det er uvant for dem å bli spurt, men de setter pris på det. Samtalen blir ærligere enn du hadde ventet.',
                    next: 'samtale',
                  },
                  {
                    id: 'a2',
                    text: 'Du bestemmer deg for å holde mer avstand til seksjonene, uten å snakke med noen om det.',
                    rating: 'partly',
                    consequence: 'Du prøver å endre deg, men ingen vet hvorfor du plutselig er mindre til stede. Noen tolker det som at du har mistet interessen.',
                    next: 'signal',
                  },
                  {
                    id: 'a3',
                    text: 'Du tenker at seksjonslederne ikke forstår hvor stort ansvar du har, og lar det ligge.',
                    rating: 'weak',
                    consequence: 'Ingenting endrer seg. Seksjonslederne konkluderer med at det ikke nytter å si fra.',
                    next: 'signal',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'samtale',
                text: 'Seksjonslederne forteller at de føler seg forbigått når du går rett til medarbeiderne deres med oppgaver. En av dem sier at hun ikke lenger vet hva hun har ansvar for. Du kjenner deg igjen: Som seksjonsleder var du vant til å være tett på fagsakene. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du takker for ærligheten, sier konkret hva du vil endre, og ber dem si fra når du faller tilbake i gamle vaner.',
                    rating: 'strong',
                    consequence: 'Seksjonslederne merker at du mener det. To uker senere sier en av dem fra da du gikk direkte til en av hennes medarbeidere – og du tar det godt imot.',
                    next: 'utvikle',
                  },
                  {
                    id: 'b2',
                    text: 'Du forklarer at du bare vil hjelpe, og at de må si fra hvis det blir for mye.',
                    rating: 'partly',
                    consequence: 'Intensjonen er god, men du har flyttet ansvaret for endringen over på dem. Seksjonslederne er usikre på om noe vil skje.',
                    next: 'utvikle-tvil',
                  },
                  {
                    id: 'b3',
                    text: 'Du sier at du som avdelingsdirektør må kunne snakke med hvem du vil i avdelingen.',
                    rating: 'weak',
                    consequence: 'Du har et poeng formelt sett, men du har nettopp vist at det ikke nytter å si fra. Seksjonslederne trekker seg tilbake.',
                    next: 'utvikle-tvil',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'signal',
                text: 'Noen uker senere kommer en av seksjonslederne til deg. Hun vurderer å gå tilbake til en fagstilling, fordi hun opplever at hun ikke får lede sin egen seksjon. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du lytter, sier at du tar det på alvor, og ber om en samtale med alle seksjonslederne om hvordan dere skal dele ansvaret.',
                    rating: 'strong',
                    consequence: 'Samtalen blir et vendepunkt. Seksjonslederne forteller hvordan de opplever deg, og dere avtaler en tydeligere ansvarsdeling.',
                    next: 'utvikle',
                  },
                  {
                    id: 'c2',
                    text: 'Du lover henne at du skal blande deg mindre inn, men tar det ikke opp med de andre seksjonslederne.',
                    rating: 'partly',
                    consequence: 'Hun blir, i alle fall foreløpig. Men de andre seksjonslederne opplever det samme, og de vet ikke at noe skal endre seg.',
                    next: 'utvikle-tvil',
                  },
                  {
                    id: 'c3',
                    text: 'Du sier at det er hennes valg, og at du ikke kan gjøre noe med hvordan hun opplever det.',
                    rating: 'weak',
                    consequence: 'Hun søker seg bort.',
                    next: 'slutter',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'utvikle',
                text: 'Du har begynt å endre måten du leder på, men det er vanskelig å slippe taket. Du får tilbud om et lederutviklingsprogram med et nettverk av ledere fra flere statlige virksomheter. Det tar to dager i måneden i et halvt år, midt i en travel periode. Hva gjør du?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du takker ja, setter av tiden og tar med deg det du lærer, inn i samtalene med seksjonslederne.',
                    rating: 'strong',
                    consequence: 'I nettverket møter du andre som har gått fra å lede medarbeidere til å lede ledere. Du får konkrete råd og et fellesskap du kan bruke videre.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du takker ja, men melder avbud til samlingene når det blir travelt.',
                    rating: 'partly',
                    consequence: 'Du får med deg litt, men går glipp av mye av fellesskapet. Det er nettopp i travle perioder de gamle vanene kommer tilbake.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du takker nei. Du lærer best av å jobbe, og avdelingen trenger deg nå.',
                    rating: 'weak',
                    consequence: 'Du står alene med utfordringen. Uten ny kunnskap og andre å dele erfaringer med er det lett å falle tilbake til det du kan.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'utvikle-tvil',
                text: 'Seksjonslederne er fortsatt usikre på om noe vil endre seg. Du får tilbud om et lederutviklingsprogram med et nettverk av ledere fra flere statlige virksomheter. Det tar to dager i måneden i et halvt år. Hva gjør du?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du takker ja, og ber samtidig seksjonslederne om jevnlige tilbakemeldinger på hvordan det går.',
                    rating: 'strong',
                    consequence: 'Det er en god start på å reparere. Seksjonslederne ser at du tar det på alvor, men tilliten tar tid å bygge opp igjen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du takker ja, men melder avbud til samlingene når det blir travelt.',
                    rating: 'partly',
                    consequence: 'Du får med deg litt kunnskap, men lite endrer seg i hverdagen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e3',
                    text: 'Du takker nei. Problemet ligger ikke hos deg.',
                    rating: 'weak',
                    consequence: 'Seksjonslederne slutter å si fra. Avdelingen fungerer, men med lite tillit og engasjement.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'slutter',
                text: 'Seksjonslederen har fått en fagstilling i en annen virksomhet. I sluttsamtalen sier hun at du aldri spurte hvordan hun opplevde deg som leder. Hva gjør du nå?',
                choices: [
                  {
                    id: 'f1',
                    text: 'Du tar det til deg, ber en erfaren lederkollega om en samtale om hva du kan lære, og går til de andre seksjonslederne med åpne spørsmål.',
                    rating: 'strong',
                    consequence: 'Det er sent, men du har begynt å utforske hvordan du virker på andre. De andre seksjonslederne merker endringen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f2',
                    text: 'Du skriver en huskelapp til deg selv om å bli flinkere til å lytte.',
                    rating: 'partly',
                    consequence: 'Intensjonen er der, men uten å spørre andre vet du ikke hva du skal endre.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du tenker at hun uansett ikke passet som leder.',
                    rating: 'weak',
                    consequence: 'Du går glipp av den viktigste tilbakemeldingen du har fått som leder.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'En leder i utvikling',
                outcome: 'good',
                text: 'Seksjonslederne leder sine egne seksjoner, og du har fått et nettverk og ny kunnskap som hjelper deg i den nye rollen. Neste medarbeiderundersøkelse viser en tydelig endring.',
                debrief: `Du brukte punktene under **Utvikle deg som leder**:

- **Utforsk eget lederskap og hvordan du virker på andre:** Du spurte seksjonslederne hvordan de opplever deg, lyttet og endret måten du leder på.
- **Fyll på med kunnskap om ledelse:** Du satte av tid til lederutvikling – også i en travel periode.
- **Bygg fellesskap og del erfaringer med andre ledere:** Du lærte av andre som har gjort den samme overgangen fra å lede medarbeidere til å lede mellomledere.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'På vei – men med gamle vaner',
                outcome: 'mixed',
                text: 'Noe har endret seg, men seksjonslederne er fortsatt usikre, eller du står ganske alene med å utvikle deg i den nye rollen.',
                debrief: `Se tilbake på valgene dine i lys av punktene under **Utvikle deg som leder**:

- **Utforsk eget lederskap og hvordan du virker på andre:** Spurte du dem det gjaldt – og fikk svarene betydning?
- **Fyll på med kunnskap om ledelse:** Prioriterte du å lære, også når det var travelt?
- **Bygg fellesskap og del erfaringer med andre ledere:** Hadde du noen å dele erfaringer med?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'En leder som ikke ser seg selv',
                outcome: 'poor',
                text: 'Seksjonslederne har sluttet å si fra, eller avdelingen har mistet en dyktig leder. Du vet fortsatt lite om hvordan du virker på andre.',
                debrief: `Valgene dine gikk på tvers av punktene under **Utvikle deg som leder**:

- **Utforsk eget lederskap og hvordan du virker på andre:** Når du avfeier tilbakemeldinger, slutter folk å gi dem.
- **Fyll på med kunnskap om ledelse:** Overgangen til å lede mellomledere krever ny kunnskap. Den kommer ikke av seg selv.
- **Bygg fellesskap og del erfaringer med andre ledere:** Andre ledere kunne hjulpet deg å se det du ikke så selv.

Prøv gjerne casen på nytt og se hva som skjer med andre valg.`,
              },
            ],
          },
        },
      ],
    },
    {
      id: 'ud-refleksjon',
      title: 'Din refleksjon',
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-utvikle-deg-som-leder',
          prompt: 'Hva betyr «Utvikle deg som leder» for deg? Hvem vil du spørre om hvordan du virker på andre, og hva vil du spørre om? Hvilken kunnskap om ledelse vil du fylle på med, og hvilke andre ledere vil du dele erfaringer med?',
          hint: 'Tenk på én situasjon den siste måneden der du er usikker på hvordan du virket. Hvem kunne gitt deg en ærlig tilbakemelding på den?',
          planLabel: 'Utvikle deg som leder',
        },
      ],
    },
  ],
});
