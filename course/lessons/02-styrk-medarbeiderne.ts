import { defineLesson } from '../schema/index.ts';

export default defineLesson({
  id: 'styrk-medarbeiderne',
  title: 'Styrk medarbeiderne',
  summary: 'Tillit, anerkjennelse, medarbeiderskap og et mangfoldig og inkluderende arbeidsfellesskap.',
  objective: 'styrk-medarbeiderne',
  pages: [
    {
      id: 'sm-intro',
      title: 'Styrk medarbeiderne',
      blocks: [
        {
          kind: 'text',
          body: `Flere av innspillene til grunnlaget la vekt på at ledere blir svært viktige fremover – men ikke som den heroiske lederen som har «alle» svar. Dagens og fremtidens ledere må gå opp nye veier og finne gode løsninger sammen med medarbeiderne og andre aktører.

Det handler om å vise tillit til medarbeiderne og fagkompetansen deres. Flere i innspillsrunden la vekt på at de leder kunnskapsmedarbeidere. Uten reell autonomi og handlingsrom mister disse medarbeiderne motivasjon, og det blir vanskeligere å beholde kompetanse. Tillit ses dermed som en forutsetning for engasjerte ansatte, som bidrar til å drive frem utvikling i offentlig sektor.`,
        },
        {
          kind: 'key-points',
          title: 'Forventningen har fire punkter',
          points: [
            'Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom',
            'Gi anerkjennelse og konstruktive tilbakemeldinger',
            'Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet',
            'Bidra til et mangfoldig og inkluderende arbeidsfellesskap',
          ],
        },
        {
          kind: 'text',
          body: `Innspillsrunden pekte også på to utviklingstrekk som gjør denne forventningen viktig. Flere trakk fram at en ny generasjon – «generasjon Z» – er på vei inn i arbeidslivet, med til dels andre og kanskje høyere forventninger til arbeidsliv og ledere enn generasjonene før. Flere pekte også på hvor viktig det er å jobbe aktivt for et mangfoldig og inkluderende arbeidsmiljø i staten.`,
        },
      ],
    },
    {
      id: 'sm-tillit',
      title: 'Tillit og tilbakemeldinger',
      blocks: [
        {
          kind: 'text',
          body: `## Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom

Tillit er ikke det samme som å la hver enkelt seile sin egen sjø. Tilliten blir synlig når medarbeideren vet hva hun eller han har ansvar for, hvilke rammer som gjelder, og hvor langt handlingsrommet går. Da kan medarbeideren bruke fagkompetansen sin uten å måtte spørre om lov hver gang.

Et eksempel: Tenk deg at du leder en seksjon hos en statsforvalter. En erfaren jurist skal lage en veileder for kommunene. I stedet for å godkjenne hvert avsnitt avtaler dere mål, frist, hvem som må involveres, og når du vil ha en statusoppdatering. Resten bestemmer juristen.

## Gi anerkjennelse og konstruktive tilbakemeldinger

Anerkjennelse viser at du ser innsatsen og resultatene. Konstruktive tilbakemeldinger hjelper medarbeideren til å bli enda bedre. Begge virker best når de er konkrete, kommer raskt og handler om arbeidet, ikke om personen.

Et eksempel: «Takk for jobben» er hyggelig. Men denne tilbakemeldingen gir mer: «Oppsummeringen din gjorde at direktøren kunne ta en beslutning samme dag. Neste gang vil jeg gjerne at du også tar med hva de to alternativene koster.» Den er både anerkjennelse og en konstruktiv tilbakemelding.`,
        },
      ],
    },
    {
      id: 'sm-fellesskap',
      title: 'Medarbeiderskap og mangfold',
      blocks: [
        {
          kind: 'text',
          body: `## Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet

Medarbeiderskap betyr at medarbeiderne tar ansvar – for egne oppgaver, for arbeidsmiljøet og for at virksomheten når målene sine. Som leder kan du motivere til det ved å involvere, dele informasjon og gi rom for initiativ.

Kompetanseutvikling og nysgjerrighet henger sammen. Når teknologi og oppgaver endrer seg raskt, må alle lære hele tiden – også du.

Et eksempel: Du setter av en halvtime på teammøtet hver måned der noen deler noe de har lært, eller noe de er nysgjerrige på. I medarbeidersamtalen spør du: «Hva vil du lære det neste året, og hvordan kan jeg hjelpe deg med det?»

## Bidra til et mangfoldig og inkluderende arbeidsfellesskap

Mangfold betyr at medarbeiderne har ulik bakgrunn, erfaring og perspektiver. Inkludering betyr at alle faktisk blir hørt og kan bidra. Et mangfoldig arbeidsfellesskap gjør det lettere å forstå innbyggerne dere er til for, og å finne gode løsninger.

Et eksempel: I møtene er det alltid de samme tre som snakker. Du endrer møteformen: Alle skriver ned ett forslag først, og så går dere runden. En nyansatt som sjelden har sagt noe, kommer med et forslag til hvordan dere kan forklare regelverket enklere for brukerne.`,
        },
      ],
    },
    {
      id: 'sm-sjekk',
      title: 'Sjekk forståelsen',
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'sm-q1',
            kind: 'single',
            objective: 'styrk-medarbeiderne',
            prompt: 'En erfaren seniorrådgiver skal skrive et høringssvar. Hvilken måte å delegere på er mest i tråd med «Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom»?',
            options: [
              {
                id: 'sm-q1-a',
                text: 'Dere avtaler mål, frist og hvem som må involveres. Hun bestemmer selv hvordan hun løser oppgaven, og sier fra hvis noe står fast.',
                correct: true,
                feedback: 'Riktig. Tydelig ansvar og tydelige rammer gir et handlingsrom hun kan bruke med god samvittighet. Det er tillit i praksis.',
              },
              {
                id: 'sm-q1-b',
                text: 'Du ber om å få se og godkjenne hvert utkast underveis, så ingenting går galt.',
                feedback: 'Ikke riktig. Tett kontroll av en erfaren medarbeider signaliserer mistillit. Kunnskapsmedarbeidere trenger reell autonomi og handlingsrom for å holde på motivasjonen.',
              },
              {
                id: 'sm-q1-c',
                text: 'Du gir henne oppgaven uten å si noe om mål eller frist – hun er jo erfaren.',
                feedback: 'Ikke helt. Tillit forutsetter tydelig ansvar. Uten avklarte mål og rammer vet hun ikke hvor langt handlingsrommet går.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sm-q2',
            kind: 'multiple',
            objective: 'styrk-medarbeiderne',
            prompt: 'Hvilke av disse tilbakemeldingene er både anerkjennende og konstruktive? Velg alle som passer.',
            options: [
              {
                id: 'sm-q2-a',
                text: '«Analysen din var grundig og godt begrunnet. Neste gang vil jeg gjerne at du starter med konklusjonen, så blir den lettere å bruke for ledelsen.»',
                correct: true,
                feedback: 'Riktig. Den sier konkret hva som var bra, og gir et tydelig råd om hva som kan bli enda bedre.',
              },
              {
                id: 'sm-q2-b',
                text: '«Du tok ansvar da systemet falt ut i går, og brukerne fikk beskjed raskt. Neste gang vil jeg gjerne at du varsler meg med en gang, så jeg kan hjelpe til. Kan du skrive ned hva du gjorde, så andre kan lære av det?»',
                correct: true,
                feedback: 'Riktig. Den anerkjenner en konkret innsats, sier konkret hva som kan bli enda bedre, og inviterer til at andre kan lære av den. Det styrker også medarbeiderskapet.',
              },
              {
                id: 'sm-q2-c',
                text: '«Bra jobba!» – sagt i forbifarten',
                feedback: 'Ikke riktig. Det er hyggelig, men lite konkret. Medarbeideren får ikke vite hva som var bra, og ingenting om hva som kan bli bedre.',
              },
              {
                id: 'sm-q2-d',
                text: '«Dette var ikke godt nok. Du må skjerpe deg.»',
                feedback: 'Ikke riktig. Tilbakemeldingen sier ikke hva som var for svakt, eller hvordan det kan bli bedre. Da er den ikke konstruktiv.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sm-q3',
            kind: 'ordering',
            objective: 'styrk-medarbeiderne',
            prompt: 'Du skal gi en medarbeider en konstruktiv tilbakemelding på et notat. Sett stegene i en god rekkefølge.',
            items: [
              { id: 'sm-q3-a', text: 'Beskriv konkret hva du har lest eller sett' },
              { id: 'sm-q3-b', text: 'Forklar hvilken virkning det hadde, for eksempel for leserne av notatet' },
              { id: 'sm-q3-c', text: 'Spør hvordan medarbeideren selv ser det' },
              { id: 'sm-q3-d', text: 'Avtal sammen hva som skal gjøres annerledes neste gang' },
            ],
            feedbackCorrect: 'Riktig. Du starter med fakta, viser hvorfor det betyr noe, lytter, og avslutter med en felles avtale. Da blir tilbakemeldingen konstruktiv og ikke en dom.',
            feedbackIncorrect: 'Ikke helt. En konstruktiv tilbakemelding starter med det konkrete du har observert og virkningen av det. Deretter lytter du, og til slutt blir dere enige om veien videre.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sm-q4',
            kind: 'multiple',
            objective: 'styrk-medarbeiderne',
            prompt: 'Hva kan du som leder gjøre for å bidra til et mangfoldig og inkluderende arbeidsfellesskap? Velg alle som passer.',
            options: [
              {
                id: 'sm-q4-a',
                text: 'Legge opp møtene slik at alle får sagt sin mening, ikke bare de som snakker mest',
                correct: true,
                feedback: 'Riktig. Inkludering betyr at alle faktisk blir hørt. Møteformen er et av de enkleste stedene å begynne.',
              },
              {
                id: 'sm-q4-b',
                text: 'Se etter kandidater med ulik bakgrunn og erfaring når du rekrutterer',
                correct: true,
                feedback: 'Riktig. Ulike perspektiver gjør det lettere å forstå innbyggerne og å finne gode løsninger.',
              },
              {
                id: 'sm-q4-c',
                text: 'Sørge for at nye medarbeidere tilpasser seg måten teamet alltid har jobbet på',
                feedback: 'Ikke riktig. Det er lurt å lære nye om hvordan dere jobber, men inkludering betyr også at nye perspektiver får betydning – ikke bare at de nye skal tilpasse seg.',
              },
              {
                id: 'sm-q4-d',
                text: 'Overlate arbeidet med inkludering til HR',
                feedback: 'Ikke riktig. HR kan støtte, men punktet er en forventning til deg som leder. Det er i hverdagen i enheten din at inkluderingen skjer.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sm-case',
      title: 'Case: Et nytt team',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'sm-scenario',
            title: 'Et nytt team',
            objective: 'styrk-medarbeiderne',
            intro: `Tenk deg at du nettopp er blitt leder for et team med åtte saksbehandlere hos en statsforvalter. Teamet behandler klager på kommunale vedtak.

Den forrige lederen ville godkjenne alt selv. Teamet er faglig sterkt, men flere virker slitne og lite engasjerte.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Den første uka ser du at alle saker går via deg for godkjenning, også enkle brev. Køen hos deg vokser. Hva gjør du?',
                choices: [
                  {
                    id: 'a1',
                    text: 'Du snakker med teamet om hvilke saker de kan avgjøre selv, og dere avtaler tydelig hvem som har ansvar for hva, og når du skal involveres.',
                    rating: 'strong',
                    consequence: 'Det tar et par møter, men nå vet alle hva de har ansvar for. Flere sier at de endelig får bruke fagkompetansen sin. Køen hos deg forsvinner.',
                    next: 'ros',
                  },
                  {
                    id: 'a2',
                    text: 'Du sier at de fra nå av kan bestemme mer selv, uten å avklare hva det gjelder.',
                    rating: 'partly',
                    consequence: 'Noen tar ansvar med én gang, andre er usikre og spør deg likevel. Det oppstår to ulike praksiser, og et brev med feil går ut. Handlingsrom uten tydelig ansvar skaper usikkerhet.',
                    next: 'uro',
                  },
                  {
                    id: 'a3',
                    text: 'Du fortsetter å godkjenne alt selv og jobber kveldene for å holde tritt.',
                    rating: 'weak',
                    consequence: 'Køen vokser likevel. De erfarne saksbehandlerne oppfatter det som mistillit, og du selv blir sliten. Kunnskapsmedarbeidere uten handlingsrom mister motivasjonen.',
                    next: 'uro',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ros',
                text: 'Etter en måned fungerer den nye ansvarsdelingen. Kari har laget en ny mal som halverer tiden på de enkle sakene. Samtidig har Jonas sendt et vedtak med en uklar begrunnelse, og det har kommet en klage. Hvordan følger du opp?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du gir Kari konkret anerkjennelse på teammøtet og ber henne vise malen. Med Jonas tar du en samtale på tomannshånd om hva som var uklart, og dere avtaler at en kollega leser neste krevende vedtak.',
                    rating: 'strong',
                    consequence: 'Kari blir synlig for innsatsen sin, og flere tar i bruk malen. Jonas forstår hva som manglet, og beholder ansvaret for sakene sine.',
                    next: 'ny',
                  },
                  {
                    id: 'b2',
                    text: 'Du sender en e-post til alle: «Bra jobbet med den nye malen!» og legger til at alle må bli flinkere med begrunnelsene.',
                    rating: 'partly',
                    consequence: 'Kari blir litt usynlig i en generell ros, og mange opplever at de får kritikk for noe de ikke har gjort. Jonas vet ikke hva han konkret skal gjøre annerledes.',
                    next: 'ny-strev',
                  },
                  {
                    id: 'b3',
                    text: 'Du tar over de vanskelige sakene til Jonas selv, så det ikke skjer igjen.',
                    rating: 'weak',
                    consequence: 'Feilen blir ikke gjentatt, men Jonas mister både handlingsrom og muligheten til å lære. Resten av teamet lurer på om de er de neste.',
                    next: 'ny-strev',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'uro',
                text: 'Etter en måned er stemningen laber. I medarbeidersamtalene sier flere at de savner tydelighet om hva de har ansvar for. En av de mest erfarne sier at hun vurderer å søke seg bort. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du tar signalene på alvor, ber teamet om hjelp til å avklare ansvar og handlingsrom, og avtaler hvordan du skal følge opp.',
                    rating: 'strong',
                    consequence: 'Teamet setter pris på at du lytter. Dere lager en enkel oversikt over hvem som avgjør hva, og den erfarne saksbehandleren bestemmer seg for å bli.',
                    next: 'ny-strev',
                  },
                  {
                    id: 'c2',
                    text: 'Du lager en oversikt over ansvar og fullmakter selv og sender den ut.',
                    rating: 'partly',
                    consequence: 'Det blir tydeligere, men teamet har ikke vært med på å lage oversikten, og noe av den passer dårlig med hvordan sakene faktisk flyter. Engasjementet er fortsatt lavt.',
                    next: 'ny-strev',
                  },
                  {
                    id: 'c3',
                    text: 'Du tenker at det går seg til, og lar det ligge.',
                    rating: 'weak',
                    consequence: 'Det går seg ikke til. Usikkerheten fortsetter, og den erfarne saksbehandleren begynner å søke på andre stillinger.',
                    next: 'slutter',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ny',
                text: 'Teamet fungerer godt. Nå begynner Sara, som har utdanning og flere års erfaring fra forvaltningen i et annet land. Etter noen uker ser du at hun sier lite i møtene, og at hun ofte spiser lunsj alene. Hva gjør du?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du spør Sara hvordan hun har det, sørger for at hun får en fast kollega å spørre, og ber henne fortelle på et teammøte hvordan de løste lignende saker der hun jobbet før.',
                    rating: 'strong',
                    consequence: 'Sara kommer med nye perspektiver, og kollegene blir nysgjerrige. Hun blir en del av fellesskapet fordi kompetansen hennes blir sett og brukt.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du ber en kollega passe på at Sara blir med på lunsj.',
                    rating: 'partly',
                    consequence: 'Det er vennlig ment, og lunsjen blir hyggeligere. Men i møtene er Sara fortsatt stille, og erfaringen hennes blir ikke brukt.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du tenker at hun må finne sin plass selv – det måtte alle andre også.',
                    rating: 'weak',
                    consequence: 'Sara trekker seg mer tilbake. Teamet går glipp av det hun kunne bidratt med, og hun vurderer om hun passer inn.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ny-strev',
                text: 'Teamet strever fortsatt litt med tillit og ansvar. Nå begynner Sara, som har utdanning og flere års erfaring fra forvaltningen i et annet land. Etter noen uker ser du at hun sier lite i møtene, og at hun ofte spiser lunsj alene. Hva gjør du?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du spør Sara hvordan hun har det, sørger for at hun får en fast kollega å spørre, og ber henne dele erfaringene sine på et teammøte.',
                    rating: 'strong',
                    consequence: 'Sara blir sett, og teamet får et nytt perspektiv. Det er et lyspunkt, selv om teamet fortsatt har noe å gå på når det gjelder tillit og tilbakemeldinger.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du ber en kollega passe på at Sara blir med på lunsj.',
                    rating: 'partly',
                    consequence: 'Lunsjen blir hyggeligere, men erfaringen hennes blir ikke brukt, og de andre i teamet er fortsatt usikre på hva de har ansvar for.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e3',
                    text: 'Du har nok med resten av teamet, og lar Sara klare seg selv.',
                    rating: 'weak',
                    consequence: 'Sara trekker seg tilbake. Til usikkerheten i teamet kommer nå en nyansatt som ikke blir inkludert.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'slutter',
                text: 'Den erfarne saksbehandleren har fått ny jobb i et direktorat og slutter. Teamet mister mye kompetanse, og de som er igjen, er usikre. Hva gjør du nå?',
                choices: [
                  {
                    id: 'f1',
                    text: 'Du samler teamet, sier åpent hva du har lært, og dere avtaler sammen ansvar, handlingsrom og hvordan dere deler kompetansen videre.',
                    rating: 'strong',
                    consequence: 'Teamet merker at du har endret kurs. Det tar tid å bygge tilliten opp igjen, men dere er på vei.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f2',
                    text: 'Du lyser ut stillingen raskt og fordeler sakene hennes på de andre i mellomtiden.',
                    rating: 'partly',
                    consequence: 'Sakene blir fordelt, men arbeidsbelastningen øker, og ingen har snakket om hvorfor hun sluttet.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du sier til teamet at folk slutter av mange grunner, og at det ikke har noe med ledelsen å gjøre.',
                    rating: 'weak',
                    consequence: 'Teamet opplever at du ikke lytter. Flere begynner å se seg om etter andre jobber.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et team som tar ansvar',
                outcome: 'good',
                text: 'Teamet tar ansvar for sakene sine, lærer av hverandre og tar godt imot nye. Køen er borte, og engasjementet er tilbake.',
                debrief: `Du brukte punktene under **Styrk medarbeiderne**:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Du avklarte hvem som avgjør hva, i stedet for å godkjenne alt selv.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Du ga konkret ros for malen og en konstruktiv samtale om begrunnelsen – uten å ta fra Jonas ansvaret.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Teamet lærte av Karis mal og av Saras erfaring.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Du sørget for at Saras kompetanse ble sett og brukt, ikke bare at hun ble med på lunsj.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'På vei, men ikke i mål',
                outcome: 'mixed',
                text: 'Noe har blitt bedre i teamet, men det er fortsatt usikkerhet om ansvar, eller kompetanse som ikke blir brukt.',
                debrief: `Se tilbake på valgene dine i lys av punktene under **Styrk medarbeiderne**:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Fikk teamet både handlingsrom og tydelig ansvar – og var de med på å avklare det?
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Var tilbakemeldingene konkrete og rettet mot den det gjaldt?
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Fikk medarbeiderne dele og lære av hverandre?
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Ble Saras erfaring brukt, eller ble hun bare tatt vennlig imot?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Et team som mister folk',
                outcome: 'poor',
                text: 'Teamet har mistet motivasjon, og kompetanse går tapt – fordi erfarne medarbeidere slutter, eller fordi nye medarbeidere ikke blir inkludert.',
                debrief: `Valgene dine gikk på tvers av flere punkter under **Styrk medarbeiderne**:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Uten tydelig ansvar og reelt handlingsrom mister kunnskapsmedarbeidere motivasjonen, og det blir vanskeligere å beholde kompetanse.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Å lytte til signalene fra teamet er også en form for anerkjennelse.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Medarbeiderskap vokser når folk blir involvert, ikke når de blir overstyrt.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Inkludering skjer ikke av seg selv – lederen må legge til rette for den.

Prøv gjerne casen på nytt og se hva som skjer med andre valg.`,
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sm-refleksjon',
      title: 'Din refleksjon',
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-styrk-medarbeiderne',
          prompt: 'Hva betyr «Styrk medarbeiderne» for deg i din virksomhet? Tenk på teamet ditt: Hvor kan du gi tydeligere ansvar og mer handlingsrom, hvem skal du gi en konkret anerkjennelse den neste uka, og hva vil du gjøre for at alle blir hørt?',
          hint: 'Tenk på én konkret oppgave du kan delegere med tydelige rammer, og ett møte der du kan endre formen slik at flere kommer til orde.',
          planLabel: 'Styrk medarbeiderne',
        },
      ],
    },
  ],
});
