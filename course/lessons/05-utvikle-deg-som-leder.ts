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
          body: `Det er modig å se nærmere på egen lederrolle. En av lederne i innspillsrunden sa:`,
        },
        {
          kind: 'quote',
          text: 'Altfor få ledere er opptatt av hvordan de selv virker på andre.',
          by: 'En av lederne i innspillsrunden',
          source: 'Grunnlag for god ledelse i staten',
        },
        {
          kind: 'key-points',
          fromDocument: true,
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

- **Hvordan du virker:** Det du mener er tydelighet, kan oppleves som kontroll. Spør: «Hva bør jeg fortsette med, slutte med og begynne med?» Vis at svarene betyr noe.
- **Kunnskap:** Skill moter fra det som har godt grunnlag. Et nytt ledernivå krever ny kunnskap.
- **Fellesskap:** Finn et nettverk eller en mentor, gjerne i en annen virksomhet.`,
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
            prompt: 'Hva følger best opp sitatet «Altfor få ledere er opptatt av hvordan de selv virker på andre»?',
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
                feedback: 'Riktig. Spør dem du leder, og vis at svarene betyr noe.',
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
            id: 'ud-q5',
            kind: 'ordering',
            objective: 'utvikle-deg-som-leder',
            prompt: 'Du vil bli bedre til å involvere teamet. Sett stegene i rekkefølge.',
            items: [
              { id: 'ud-q5-a', text: 'Be teamet om tilbakemelding på hvordan du involverer dem' },
              { id: 'ud-q5-b', text: 'Velg én ting du vil gjøre annerledes' },
              { id: 'ud-q5-c', text: 'Prøv det ut i noen uker' },
              { id: 'ud-q5-d', text: 'Spør teamet om de merker forskjell' },
            ],
            feedbackCorrect: 'Riktig. Spør først, endre én ting, og spør igjen.',
            feedbackIncorrect: 'Ikke helt. Du kan ikke velge hva du skal endre før du vet hvordan du virker, og du kan ikke spørre om forskjellen før du har prøvd.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'ud-q4',
            kind: 'multiple',
            objective: 'utvikle-deg-som-leder',
            prompt: 'Hva får du ut av å dele erfaringer med andre ledere? Velg alle som passer.',
            options: [
              {
                id: 'ud-q4-d',
                text: 'Bekreftelse på at måten du leder på, er riktig',
                feedback: 'Ikke riktig. Støtte er verdifullt, men målet er å lære. Det mest nyttige er ofte når andre utfordrer deg.',
              },
              {
                id: 'ud-q4-e',
                text: 'Et sted å drøfte personalsaker i detalj med ledere utenfor virksomheten',
                feedback: 'Ikke riktig. Dilemmaer kan du dele, men personalsaker inneholder ofte taushetsbelagte personopplysninger.',
              },
              {
                id: 'ud-q4-a',
                text: 'Råd og nye perspektiver fra ledere med de samme dilemmaene',
                correct: true,
                feedback: 'Riktig. Andre ledere ser situasjonen din med friske øyne.',
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
            intro: 'Du har vært avdelingsdirektør i et direktorat i ett år og leder fire seksjonsledere. I en 360-gradersevaluering skriver de at du detaljstyrer og går rett til medarbeiderne deres.',
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Resultatet svir. Hva gjør du først?',
                choices: [
                  {
                    id: 'a2',
                    text: 'Du holder mer avstand til seksjonene, og lar endringen tale for seg selv.',
                    rating: 'partly',
                    consequence: 'Ingen vet hvorfor du plutselig er mindre til stede. Noen tror du har mistet interessen.',
                    next: 'signal',
                  },
                  {
                    id: 'a1',
                    text: 'Du tar resultatet opp med seksjonslederne og spør hva de trenger fra deg i den nye rollen.',
                    rating: 'strong',
                    consequence: 'Det er ubehagelig, og du må la være å forklare deg. Men samtalen blir ærlig.',
                    next: 'samtale',
                  },
                  {
                    id: 'a3',
                    text: 'Du forklarer seksjonslederne at avdelingen har hatt mange krevende saker der du måtte være tett på.',
                    rating: 'weak',
                    consequence: 'Det kan være sant, men seksjonslederne hører at det ikke nytter å si fra.',
                    next: 'signal',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'samtale',
                text: 'Nina sier at hun ikke vet hva hun har ansvar for, når du går rett til medarbeiderne hennes. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du takker, sier konkret hva du vil endre, og ber dem si fra når du faller tilbake.',
                    rating: 'strong',
                    consequence: 'Neste gang du går rett til en av Ninas medarbeidere, sier hun fra. Det stikker, men du tar imot. Du finner også en mentor.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'b2',
                    text: 'Du sier at du bare vil hjelpe, og at de må si fra hvis du blander deg for mye inn.',
                    rating: 'partly',
                    consequence: 'Intensjonen er god, men du har lagt ansvaret for endringen på dem. Seksjonslederne er usikre på om noe vil skje.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'b3',
                    text: 'Du minner om at en avdelingsdirektør må kunne snakke med alle i avdelingen når sakene krever det.',
                    rating: 'weak',
                    consequence: 'Formelt har du rett, men nå vet de at det ikke nytter å si fra.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'signal',
                text: 'Noen uker senere sier Tor, en av seksjonslederne, at han vurderer en fagstilling, fordi han ikke får lede seksjonen sin. Hva gjør du?',
                choices: [
                  {
                    id: 'c2',
                    text: 'Du lover Tor å blande deg mindre inn, og ber ham si fra hvis det skjer igjen.',
                    rating: 'partly',
                    consequence: 'Tor blir, foreløpig. Men de andre seksjonslederne opplever det samme, og de vet ikke at noe skal endre seg.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'c1',
                    text: 'Du tar det på alvor og inviterer alle seksjonslederne til en samtale.',
                    rating: 'strong',
                    consequence: 'Samtalen er et vendepunkt, men tilliten må bygges opp igjen. Seksjonslederne er avventende.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'c3',
                    text: 'Du sier at det er Tors valg, og ønsker ham lykke til hvis han vil tilbake til fagarbeid.',
                    rating: 'weak',
                    consequence: 'Tor søker seg bort, og de andre ser at det ikke nytter å si fra.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'En leder i utvikling',
                outcome: 'good',
                text: 'Seksjonslederne leder seksjonene sine igjen.',
                debrief: `Du spurte i stedet for å forklare:

- **Utforsk eget lederskap og hvordan du virker på andre:** Du brukte evalueringen til å spørre.
- **Fyll på med kunnskap om ledelse:** Å lede ledere krever ny kunnskap.
- **Bygg fellesskap og del erfaringer med andre ledere:** En mentor ser det du ikke ser selv.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'På vei – men med gamle vaner',
                outcome: 'mixed',
                text: 'Noe har endret seg, men seksjonslederne er fortsatt usikre på om det varer.',
                debrief: `Se på veien din:

- **Utforsk eget lederskap og hvordan du virker på andre:** Endret du deg før du spurte, eller la du ansvaret for endringen på dem?
- **Fyll på med kunnskap om ledelse:** Å lede ledere krever ny kunnskap.
- **Bygg fellesskap og del erfaringer med andre ledere:** Hadde du noen å dele erfaringer med?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'En leder som ikke ser seg selv',
                outcome: 'poor',
                text: 'Seksjonslederne har sluttet å si fra, og du vet lite om hvordan du virker.',
                debrief: `Veien din forklarte i stedet for å spørre:

- **Utforsk eget lederskap og hvordan du virker på andre:** Når du forklarer bort tilbakemeldinger, slutter folk å gi dem.
- **Fyll på med kunnskap om ledelse:** Å lede ledere krever ny kunnskap.
- **Bygg fellesskap og del erfaringer med andre ledere:** Andre ledere kunne hjulpet deg å se deg selv.`,
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
          prompt: 'Hvem vil du spørre om hvordan du virker? Hvilke ledere vil du dele erfaringer med?',
          hint: 'Tenk på én situasjon nylig der du er usikker på hvordan du virket.',
          planLabel: 'Utvikle deg som leder',
        },
      ],
    },
  ],
});
