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
          by: 'En av lederne i innspillsrunden',
          source: 'Grunnlag for god ledelse i staten',
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
        {
          kind: 'text',
          body: `## Slik gjør du det

- **Hvordan du virker:** Du ser ikke deg selv utenfra. Det du mener er tydelighet, kan oppleves som kontroll. Spør: «Hva bør jeg fortsette med, slutte med og begynne med?» Lytt, og vis at svarene betyr noe.
- **Kunnskap:** Det finnes mange «sannheter» om ledelse. Kunnskap hjelper deg å skille moter fra det som har godt grunnlag. Å lede ledere er noe annet enn å lede medarbeidere, så et nytt ledernivå krever ny kunnskap.
- **Fellesskap:** Andre ledere kjenner dilemmaene dine. Finn et nettverk eller en mentor, gjerne i en annen virksomhet.

Ressurser og kurs for ledere i staten finner du på [arbeidsgiver.dfo.no/ledelse](https://arbeidsgiver.dfo.no/ledelse).`,
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
            prompt: 'En av lederne i innspillsrunden sa: «Altfor få ledere er opptatt av hvordan de selv virker på andre.» Hvilken handling følger best opp dette?',
            options: [
              {
                id: 'ud-q1-b',
                text: 'Ta en anerkjent personlighetstest og lese hva den sier om lederstilen din',
                feedback: 'Ikke helt. En test kan gi deg et språk for deg selv, men den forteller ikke hvordan akkurat du virker på dem du leder. Det må du spørre dem om.',
              },
              {
                id: 'ud-q1-a',
                text: 'Spørre medarbeiderne hva du bør fortsette med, slutte med og begynne med',
                correct: true,
                feedback: 'Riktig. Hvordan du virker på andre, finner du best ut av ved å spørre dem – og vise at svarene betyr noe.',
              },
              {
                id: 'ud-q1-c',
                text: 'Følge med på sykefravær og turnover, som viser om noe er galt i enheten',
                feedback: 'Ikke riktig. Tallene kan være et varsel, men de kommer sent og sier lite om hvordan du virker. Mange sier ikke fra uten å bli spurt.',
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
            prompt: 'Medarbeiderundersøkelsen viser at teamet ditt sjelden føler seg hørt før beslutninger tas. Hvilke reaksjoner viser at du utforsker eget lederskap? Velg alle som passer.',
            options: [
              {
                id: 'ud-q2-c',
                text: 'Du forklarer teamet hvorfor mange beslutninger måtte tas raskt i år',
                feedback: 'Ikke riktig. Forklaringen kan være riktig, men den er et forsvar. Du får ikke vite noe nytt om hvordan du virker.',
              },
              {
                id: 'ud-q2-b',
                text: 'Du ber en lederkollega være med på et møte og gi deg tilbakemelding',
                correct: true,
                feedback: 'Riktig. Du utforsker eget lederskap og bruker fellesskapet med andre ledere samtidig.',
              },
              {
                id: 'ud-q2-d',
                text: 'Du venter på neste undersøkelse for å se om resultatet er en trend',
                feedback: 'Ikke riktig. Det kan virke nøkternt, men da går det et år før du gjør noe. Et signal er nok til å spørre.',
              },
              {
                id: 'ud-q2-a',
                text: 'Du deler resultatet med teamet og spør hva du kan gjøre annerledes',
                correct: true,
                feedback: 'Riktig. Du bruker resultatet til å lære om hvordan du virker, ikke til å forsvare deg.',
              },
              {
                id: 'ud-q2-e',
                text: 'Du legger merke til hvordan du oppfører deg i møter når tiden er knapp',
                correct: true,
                feedback: 'Riktig. Under press faller mange tilbake i gamle vaner. Å legge merke til det er en del av å utforske eget lederskap.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'ud-q5',
            kind: 'ordering',
            objective: 'utvikle-deg-som-leder',
            prompt: 'Du vil bli bedre til å involvere teamet. Sett stegene i rekkefølge.',
            items: [
              { id: 'ud-q5-a', text: 'Be teamet om tilbakemelding på hvordan du involverer dem i dag' },
              { id: 'ud-q5-b', text: 'Velg én ting du vil gjøre annerledes' },
              { id: 'ud-q5-c', text: 'Prøv det ut i hverdagen i noen uker' },
              { id: 'ud-q5-d', text: 'Spør teamet om de merker forskjell' },
            ],
            feedbackCorrect: 'Riktig. Tilbakemeldingen viser hva du bør endre. Etter at du har prøvd, spør du igjen.',
            feedbackIncorrect: 'Ikke helt. Du kan ikke velge hva du skal endre før du vet hvordan du virker, og du kan ikke spørre om forskjellen før du har prøvd.',
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
                id: 'ud-q4-d',
                text: 'Bekreftelse på at måten du leder på, er riktig',
                feedback: 'Ikke riktig. Støtte er verdifullt, men målet er å lære. Det mest nyttige er ofte når andre utfordrer deg.',
              },
              {
                id: 'ud-q4-e',
                text: 'Et sted der du kan drøfte personalsaker i detalj med kolleger utenfor virksomheten',
                feedback: 'Ikke riktig. Dilemmaer kan du dele, men opplysninger om enkeltpersoner er underlagt taushetsplikt og personvern.',
              },
              {
                id: 'ud-q4-a',
                text: 'Råd og nye perspektiver fra ledere med de samme dilemmaene',
                correct: true,
                feedback: 'Riktig. Andre ledere ser situasjonen din med friske øyne og deler hva som har virket for dem.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'ud-case',
      title: 'Øvelse: Fra seksjonsleder til avdelingsdirektør',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'ud-scenario',
            title: 'Fra seksjonsleder til avdelingsdirektør',
            objective: 'utvikle-deg-som-leder',
            intro: `For ett år siden gikk du fra å være seksjonsleder til å bli avdelingsdirektør i et direktorat. Nå leder du fire seksjonsledere.

Du har fått resultatet av en 360-gradersevaluering, der seksjonslederne, lederen din og noen kolleger har svart. Seksjonslederne skriver at du detaljstyrer og ofte går rett til medarbeiderne deres.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Resultatet svir. Hva gjør du først?',
                choices: [
                  {
                    id: 'a2',
                    text: 'Du bestemmer deg for å holde mer avstand til seksjonene, og lar endringen tale for seg selv.',
                    rating: 'partly',
                    consequence: 'Du prøver å endre deg, men ingen vet hvorfor du plutselig er mindre til stede. Noen tror du har mistet interessen.',
                    next: 'signal',
                  },
                  {
                    id: 'a1',
                    text: 'Du tar resultatet opp med seksjonslederne, spør hva de opplever, og hva de trenger fra deg i den nye rollen.',
                    rating: 'strong',
                    consequence: 'Det er ubehagelig å høre, og du må la være å forklare deg. Men samtalen blir ærligere enn du ventet.',
                    next: 'samtale',
                  },
                  {
                    id: 'a3',
                    text: 'Du forklarer seksjonslederne at avdelingen har hatt mange krevende saker som krevde at du var tett på.',
                    rating: 'weak',
                    consequence: 'Det kan være sant, men seksjonslederne hører at det ikke nytter å si fra.',
                    next: 'signal',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'samtale',
                text: 'Seksjonslederne føler seg forbigått når du går rett til medarbeiderne deres. Nina sier at hun ikke lenger vet hva hun har ansvar for. Du kjenner deg igjen. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du takker for ærligheten, sier konkret hva du vil endre, og ber dem si fra når du faller tilbake i gamle vaner.',
                    rating: 'strong',
                    consequence: 'To uker senere sier Nina fra da du gikk rett til en av medarbeiderne hennes. Det stikker, men du tar det godt imot.',
                    next: 'utvikle',
                  },
                  {
                    id: 'b2',
                    text: 'Du forklarer at du bare vil hjelpe, og at de må si fra hvis du blander deg for mye inn.',
                    rating: 'partly',
                    consequence: 'Intensjonen er god, men du har lagt ansvaret for endringen på dem. Seksjonslederne er usikre på om noe vil skje.',
                    next: 'utvikle-tvil',
                  },
                  {
                    id: 'b3',
                    text: 'Du minner om at en avdelingsdirektør må kunne snakke med alle i avdelingen når sakene krever det.',
                    rating: 'weak',
                    consequence: 'Du har et formelt poeng, men du har vist at det ikke nytter å si fra. Seksjonslederne trekker seg tilbake.',
                    next: 'utvikle-tvil',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'signal',
                text: 'Noen uker senere kommer Tor, en av seksjonslederne, til deg. Han vurderer å gå tilbake til en fagstilling, fordi han ikke får lede sin egen seksjon. Hva gjør du?',
                choices: [
                  {
                    id: 'c2',
                    text: 'Du lover Tor å blande deg mindre inn, og ber ham si fra hvis det skjer igjen.',
                    rating: 'partly',
                    consequence: 'Tor blir, i alle fall foreløpig. Men de andre seksjonslederne opplever det samme, og de vet ikke at noe skal endre seg.',
                    next: 'utvikle-tvil',
                  },
                  {
                    id: 'c1',
                    text: 'Du tar det på alvor og inviterer alle seksjonslederne til en samtale.',
                    rating: 'strong',
                    consequence: 'Samtalen er et vendepunkt, men tilliten må bygges opp igjen. Seksjonslederne er avventende.',
                    next: 'utvikle-tvil',
                  },
                  {
                    id: 'c3',
                    text: 'Du sier at det er Tors valg, og ønsker ham lykke til hvis han vil tilbake til fagarbeid.',
                    rating: 'weak',
                    consequence: 'Tor søker seg bort.',
                    next: 'slutter',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'utvikle',
                text: 'Det er vanskelig å slippe taket. Du får tilbud om et lederutviklingsprogram med ledere fra flere statlige virksomheter: to dager i måneden i et halvt år, midt i en travel periode. Hva gjør du?',
                choices: [
                  {
                    id: 'd2',
                    text: 'Du takker ja, men prioriterer avdelingen og melder avbud til samlingene når det blir travelt.',
                    rating: 'partly',
                    consequence: 'Du får med deg litt, men går glipp av fellesskapet. Det er i travle perioder de gamle vanene kommer tilbake.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd1',
                    text: 'Du takker ja og setter av tiden i kalenderen, selv om en leveranse må flyttes noen uker.',
                    rating: 'strong',
                    consequence: 'En leveranse kommer tre uker senere, og lederen din er ikke begeistret. Men i nettverket møter du andre som har gått fra å lede medarbeidere til å lede ledere.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd3',
                    text: 'Du takker nei denne gangen. Du lærer best i jobben, og avdelingen trenger deg nå.',
                    rating: 'weak',
                    consequence: 'Du står alene med utfordringen. Uten ny kunnskap og andre å dele med er det lett å falle tilbake til det du kan.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'utvikle-tvil',
                text: 'Seksjonslederne er usikre på om noe vil endre seg. Du får tilbud om et lederutviklingsprogram med ledere fra flere statlige virksomheter: to dager i måneden i et halvt år. Hva gjør du?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du takker ja, og ber seksjonslederne om jevnlige tilbakemeldinger.',
                    rating: 'strong',
                    consequence: 'Seksjonslederne ser at du tar det på alvor, men tilliten tar tid å bygge opp igjen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du takker ja, men prioriterer avdelingen og melder avbud når det blir travelt.',
                    rating: 'partly',
                    consequence: 'Du får med deg litt kunnskap, men lite endrer seg i hverdagen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e3',
                    text: 'Du takker nei. Det er samarbeidet i avdelingen som må bli bedre, ikke lederkunnskapen din.',
                    rating: 'weak',
                    consequence: 'Seksjonslederne slutter å si fra. Avdelingen fungerer, men med lite tillit og engasjement.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'slutter',
                text: 'Tor har fått en fagstilling i en annen virksomhet. I sluttsamtalen sier han at du aldri spurte hvordan han opplevde deg som leder. Hva gjør du nå?',
                choices: [
                  {
                    id: 'f2',
                    text: 'Du noterer deg tilbakemeldingen og vil bli flinkere til å lytte.',
                    rating: 'partly',
                    consequence: 'Intensjonen er der, men uten å spørre andre vet du ikke hva du skal endre.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du tenker at Tor trivdes best med fagarbeid, og at overgangen var riktig for ham.',
                    rating: 'weak',
                    consequence: 'Kanskje, men du går glipp av den viktigste tilbakemeldingen du har fått som leder.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f1',
                    text: 'Du spør de andre seksjonslederne, og snakker med en erfaren kollega.',
                    rating: 'strong',
                    consequence: 'Det er sent, men du har begynt å utforske hvordan du virker på andre. De andre seksjonslederne merker endringen.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'En leder i utvikling',
                outcome: 'good',
                text: 'Seksjonslederne leder sine egne seksjoner, og du har et nettverk som hjelper deg i den nye rollen. Det kostet en flyttet frist.',
                debrief: `Du spurte, lyttet og satte av tid til å lære:

- **Utforsk eget lederskap og hvordan du virker på andre:** Du brukte 360-gradersevalueringen til å spørre, ikke til å forklare.
- **Fyll på med kunnskap om ledelse:** Du prioriterte lederutvikling i en travel periode, og tok kostnaden.
- **Bygg fellesskap og del erfaringer med andre ledere:** Du lærte av andre som har gått fra å lede medarbeidere til å lede mellomledere.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'På vei – men med gamle vaner',
                outcome: 'mixed',
                text: 'Noe har endret seg, men seksjonslederne er fortsatt usikre, eller du står ganske alene med å utvikle deg i den nye rollen.',
                debrief: `Se på veien din nedenfor:

- **Utforsk eget lederskap og hvordan du virker på andre:** Forklarte eller endret du deg før du spurte dem det gjaldt?
- **Fyll på med kunnskap om ledelse:** Å lede ledere krever ny kunnskap. Ble den nedprioritert når det ble travelt?
- **Bygg fellesskap og del erfaringer med andre ledere:** Hadde du noen å dele erfaringer med?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'En leder som ikke ser seg selv',
                outcome: 'poor',
                text: 'Seksjonslederne har sluttet å si fra, eller avdelingen har mistet en dyktig leder. Du vet fortsatt lite om hvordan du virker på andre.',
                debrief: `Veien din forklarte i stedet for å spørre:

- **Utforsk eget lederskap og hvordan du virker på andre:** Når du forklarer bort tilbakemeldinger, slutter folk å gi dem.
- **Fyll på med kunnskap om ledelse:** Overgangen til å lede mellomledere krever ny kunnskap.
- **Bygg fellesskap og del erfaringer med andre ledere:** Andre ledere kunne hjulpet deg å se det du ikke så selv.

Prøv øvelsen på nytt og se hva som skjer med andre valg.`,
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
          prompt: 'Hvem vil du spørre om hvordan du virker på andre, og hva vil du spørre om? Hvilken kunnskap om ledelse vil du fylle på med, og hvilke ledere vil du dele erfaringer med?',
          hint: 'Tenk på én situasjon den siste måneden der du er usikker på hvordan du virket.',
          planLabel: 'Utvikle deg som leder',
        },
      ],
    },
  ],
});
