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
          body: `Innspillene til grunnlaget beskriver ikke den heroiske lederen med «alle» svar, men ledere som finner løsninger sammen med medarbeiderne. Mange leder kunnskapsmedarbeidere. Uten reell autonomi og handlingsrom mister de motivasjon, og det blir vanskeligere å beholde kompetanse. En ny generasjon, «generasjon Z», kommer dessuten med til dels andre forventninger til ledere.`,
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
          body: `## Slik gjør du det

- **Tillit:** Avtal mål, frist, rammer og når dere skal snakke sammen. Resten bestemmer medarbeideren. Handlingsrom uten tydelig ansvar blir usikkerhet.
- **Tilbakemeldinger:** Si konkret hva som var bra, og hva som kan bli bedre: «Oppsummeringen din gjorde at direktøren kunne bestemme seg samme dag. Neste gang vil jeg også vite hva alternativene koster.»
- **Medarbeiderskap:** Del informasjon, gi rom for initiativ, og spør hva hver enkelt vil lære det neste året.
- **Mangfold og inkludering:** Lys ut bredt og ansett den best kvalifiserte. Sørg for at alle blir hørt i møtene, ikke bare de som snakker mest.`,
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
                id: 'sm-q1-c',
                text: 'Du gir oppgaven uten føringer, fordi en så erfaren medarbeider vet best hvordan den skal løses.',
                feedback: 'Ikke helt. Tillit forutsetter tydelig ansvar. Uten avklarte mål og rammer vet ikke seniorrådgiveren hvor langt handlingsrommet går.',
              },
              {
                id: 'sm-q1-a',
                text: 'Dere avtaler mål, frist og hvem som må involveres. Resten bestemmer seniorrådgiveren.',
                correct: true,
                feedback: 'Riktig. Tydelig ansvar og tydelige rammer gir et handlingsrom som kan brukes med god samvittighet.',
              },
              {
                id: 'sm-q1-b',
                text: 'Du ber om å se hvert utkast underveis, så du kan fange opp feil før høringssvaret går ut.',
                feedback: 'Ikke riktig. Det er godt ment, men tett kontroll av en erfaren medarbeider signaliserer mistillit, og kunnskapsmedarbeidere mister motivasjonen.',
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
                id: 'sm-q2-f',
                text: '«Takk for at du tok den vanskelige telefonen fra kommunen i går. Du roet situasjonen.»',
                feedback: 'Ikke riktig. Dette er god og konkret anerkjennelse, men den sier ingenting om hva som kan bli bedre. Den er ikke konstruktiv.',
              },
              {
                id: 'sm-q2-a',
                text: '«Analysen var grundig. Start med konklusjonen neste gang, så blir den lettere å bruke.»',
                correct: true,
                feedback: 'Riktig. Den sier konkret hva som var bra, og gir et tydelig råd om hva som kan bli bedre.',
              },
              {
                id: 'sm-q2-c',
                text: '«Bra jobba!» – sagt på teammøtet, foran alle',
                feedback: 'Ikke riktig. Det er hyggelig og offentlig, men lite konkret. Medarbeideren får ikke vite hva som var bra, eller hva som kan bli bedre.',
              },
              {
                id: 'sm-q2-e',
                text: '«Analysen var god, men litt lang. Vi tar det en annen gang.»',
                feedback: 'Ikke riktig. Den har både ros og kritikk, men ingen av delene er konkrete, og medarbeideren vet ikke hva som skal kortes ned.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sm-q5',
            kind: 'single',
            objective: 'styrk-medarbeiderne',
            prompt: 'En medarbeider som har vært hos dere i tre måneder, ber om et eget ansvarsområde og mer tilbakemelding enn i dag. Hva gjør du?',
            options: [
              {
                id: 'sm-q5-b',
                text: 'Du forklarer at alle må ha vært her en stund før de får eget ansvar, så det blir rettferdig',
                feedback: 'Ikke riktig. Likebehandling er viktig, men ansiennitet alene er en dårlig grunn til å si nei. Du kan miste en motivert medarbeider.',
              },
              {
                id: 'sm-q5-c',
                text: 'Du gir medarbeideren et stort prosjekt med en gang, så det blir synlig hva medarbeideren kan',
                feedback: 'Ikke helt. Du viser tillit, men uten avgrensning og oppfølging blir ansvaret fort for stort. Tillit krever tydelige rammer.',
              },
              {
                id: 'sm-q5-a',
                text: 'Dere avtaler et avgrenset ansvarsområde, og dere setter opp korte, faste samtaler om hvordan det går',
                correct: true,
                feedback: 'Riktig. Du gir ansvar og handlingsrom, og tilbakemeldingene gjør det til kompetanseutvikling.',
              },
            ],
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
                id: 'sm-q4-c',
                text: 'Lære opp nye i hvordan teamet jobber, og be dem vente med forslag til de kjenner rutinene',
                feedback: 'Ikke riktig. Opplæring er viktig, men når de nye må vente med forslag, sier du at perspektivene deres ikke teller ennå.',
              },
              {
                id: 'sm-q4-a',
                text: 'Legge opp møtene slik at alle får sagt sin mening',
                correct: true,
                feedback: 'Riktig. Inkludering betyr at alle faktisk blir hørt. Møteformen er et enkelt sted å begynne.',
              },
              {
                id: 'sm-q4-d',
                text: 'La HR ta ansvaret for mangfoldsarbeidet, siden HR kan mest om det',
                feedback: 'Ikke riktig. HR kan støtte deg, men inkluderingen skjer i hverdagen i enheten din. Det er ditt ansvar som leder.',
              },
              {
                id: 'sm-q4-e',
                text: 'Spørre en medarbeider med nedsatt funksjonsevne hva som skal til for at jobben fungerer godt',
                correct: true,
                feedback: 'Riktig. Tilrettelegging som tar utgangspunkt i medarbeiderens egen erfaring, gjør at flere kan bidra fullt ut.',
              },
              {
                id: 'sm-q4-b',
                text: 'Lyse ut bredt og vurdere alle søkere etter kvalifikasjonene',
                correct: true,
                feedback: 'Riktig. I staten skal den best kvalifiserte ansettes. En bred utlysning og en ryddig vurdering gir søkere med ulik bakgrunn en reell sjanse.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sm-case',
      title: 'Øvelse: Et nytt team',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'sm-scenario',
            title: 'Et nytt team',
            objective: 'styrk-medarbeiderne',
            intro: `Du er nettopp blitt leder for åtte saksbehandlere hos en statsforvalter. Teamet behandler klager på kommunale vedtak. Den forrige lederen godkjente alt selv. Teamet er faglig sterkt, men flere virker slitne.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Alle saker går via deg, også enkle brev, og køen hos deg vokser. Hva gjør du?',
                choices: [
                  {
                    id: 'a3',
                    text: 'Du godkjenner alt selv de første månedene, så du lærer sakene og teamet å kjenne før du endrer noe.',
                    rating: 'weak',
                    consequence: 'Du lærer mye, men køen vokser, og du jobber kveldene. De erfarne saksbehandlerne opplever det som mistillit.',
                    next: 'uro',
                  },
                  {
                    id: 'a1',
                    text: 'Dere går gjennom delegasjonsreglementet sammen og avtaler hvilke saker teamet avgjør selv, og når du skal inn.',
                    rating: 'strong',
                    consequence: 'Det tar to møter, og noen saker må du fortsatt se selv. Men alle vet hva de har ansvar for, og køen hos deg forsvinner.',
                    next: 'ros',
                  },
                  {
                    id: 'a2',
                    text: 'Du sier at de fra nå av kan bestemme mer selv, og at de kan spørre hvis de er usikre.',
                    rating: 'partly',
                    consequence: 'Noen tar ansvar med én gang, andre spør deg likevel. Det oppstår to ulike praksiser, og et brev med feil går ut.',
                    next: 'uro',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ros',
                text: 'En måned senere har Amir laget en mal som halverer tiden på de enkle sakene. Samtidig har en part klaget til Sivilombudet over et vedtak Jonas skrev, fordi begrunnelsen var uklar. Hvordan følger du opp?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du lar Amir vise malen på teammøtet, og tar begrunnelsen med Jonas på tomannshånd.',
                    rating: 'strong',
                    consequence: 'Flere tar i bruk malen. Jonas forstår hva som manglet, og dere avtaler at en kollega leser hans neste vanskelige vedtak. Det synes han er flaut, men han beholder sakene sine.',
                    next: 'ny',
                  },
                  {
                    id: 'b2',
                    text: 'Du roser malen i en e-post til alle, og minner samtidig alle på at begrunnelsene må være gode.',
                    rating: 'partly',
                    consequence: 'Amir forsvinner i en generell ros. Mange føler at de får kritikk for noe de ikke har gjort, og Jonas vet ikke hva han skal gjøre annerledes.',
                    next: 'ny-strev',
                  },
                  {
                    id: 'b3',
                    text: 'Du tar over de vanskeligste sakene til Jonas til Sivilombudet har sagt sitt, så det ikke skjer igjen.',
                    rating: 'weak',
                    consequence: 'Det skjer ikke igjen, men Jonas mister både handlingsrom og muligheten til å lære. Resten av teamet lurer på om de er de neste.',
                    next: 'ny-strev',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'uro',
                text: 'En måned senere er stemningen laber. Flere savner tydelighet om ansvar. Åse, en av de mest erfarne, vurderer å søke seg bort. Hva gjør du?',
                choices: [
                  {
                    id: 'c2',
                    text: 'Du lager selv en ryddig oversikt over ansvar og fullmakter, og sender den ut før helgen.',
                    rating: 'partly',
                    consequence: 'Det blir tydeligere, men teamet var ikke med, og noe passer dårlig med hvordan sakene faktisk går. Engasjementet er fortsatt lavt.',
                    next: 'ny-strev',
                  },
                  {
                    id: 'c3',
                    text: 'Du gir det litt tid. Nye ledere skaper alltid uro, og det pleier å gå seg til.',
                    rating: 'weak',
                    consequence: 'Det går seg ikke til. Usikkerheten fortsetter, og Åse søker på andre stillinger.',
                    next: 'slutter',
                  },
                  {
                    id: 'c1',
                    text: 'Du tar signalene på alvor og ber teamet hjelpe deg å avklare hvem som har ansvar for hva.',
                    rating: 'strong',
                    consequence: 'Teamet setter pris på at du lytter. Dere lager en enkel oversikt over hvem som avgjør hva, og Åse blir. Det koster deg en måned med ekstra møter.',
                    next: 'ny-strev',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ny',
                text: 'Teamet fungerer godt. Sara begynner. Hun har flere års erfaring fra forvaltningen i et annet land. Etter noen uker sier hun lite i møtene. Hva gjør du?',
                choices: [
                  {
                    id: 'd2',
                    text: 'Du ber en kollega ta Sara med i det sosiale, så hun blir kjent med folk og trygg på teamet.',
                    rating: 'partly',
                    consequence: 'Lunsjene blir hyggeligere, men i møtene er Sara fortsatt stille, og erfaringen hennes blir ikke brukt.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd1',
                    text: 'Du spør Sara hvordan hun har det, og ber henne vise hvordan hun løste slike saker før.',
                    rating: 'strong',
                    consequence: 'Sara tar opp en praksis teamet ikke kjente. To kolleger er skeptiske i starten, men diskusjonen gjør saksbehandlingen bedre.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd3',
                    text: 'Du gir Sara tid. Alle trenger noen måneder før de finner sin plass.',
                    rating: 'weak',
                    consequence: 'Sara trekker seg mer tilbake. Teamet går glipp av det hun kan, og hun vurderer om hun passer inn.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ny-strev',
                text: 'Teamet strever fortsatt med ansvar og tillit. Nå begynner Sara, som har flere års erfaring fra forvaltningen i et annet land. Etter noen uker sier hun lite i møtene. Hva gjør du?',
                choices: [
                  {
                    id: 'e3',
                    text: 'Du har nok med resten av teamet nå, og tar det opp med Sara i medarbeidersamtalen.',
                    rating: 'weak',
                    consequence: 'Sara trekker seg tilbake. Til usikkerheten i teamet kommer en nyansatt som ikke blir inkludert.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'e1',
                    text: 'Du spør Sara hvordan hun har det, og ber henne dele erfaringene sine med teamet.',
                    rating: 'strong',
                    consequence: 'Sara blir sett, og teamet får et nytt perspektiv. Men det løser ikke uklarheten om ansvar som teamet fortsatt strever med.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du ber en kollega ta Sara med i det sosiale, så hun blir kjent med folk.',
                    rating: 'partly',
                    consequence: 'Lunsjene blir hyggeligere, men erfaringen hennes blir ikke brukt, og teamet er fortsatt usikkert på ansvaret.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'slutter',
                text: 'Åse har fått jobb i et direktorat og slutter. Teamet mister mye kompetanse. Hva gjør du nå?',
                choices: [
                  {
                    id: 'f1',
                    text: 'Du sier åpent hva du har lært, og avklarer ansvaret sammen med teamet.',
                    rating: 'strong',
                    consequence: 'Teamet merker at du har endret kurs. Tilliten kommer ikke tilbake over natten, men dere er på vei.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f2',
                    text: 'Du lyser ut stillingen raskt og fordeler sakene hennes på de andre så lenge.',
                    rating: 'partly',
                    consequence: 'Sakene blir fordelt, men belastningen øker, og ingen har snakket om hvorfor Åse sluttet.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du sier til teamet at folk slutter av mange grunner, og at det er naturlig at noen går videre.',
                    rating: 'weak',
                    consequence: 'Det er sant, men teamet hører at du ikke vil snakke om din egen rolle. Flere ser seg om etter andre jobber.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et team som tar ansvar',
                outcome: 'good',
                text: 'Teamet tar ansvar for sakene sine, lærer av hverandre og bruker det nye medarbeidere kan. Køen er borte.',
                debrief: `Du ga ansvar tidlig og fulgte opp hver enkelt:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Dere avklarte hvem som avgjør hva, innenfor delegasjonsreglementet.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Amir fikk konkret ros, Jonas en konkret samtale – og beholdt ansvaret.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Teamet lærte av malen og av Saras erfaring.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Saras kompetanse ble brukt, selv om det skapte litt uenighet.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'På vei, men ikke i mål',
                outcome: 'mixed',
                text: 'Noe er bedre, men enten er ansvaret fortsatt uklart, eller erfaringen til en ny medarbeider blir ikke brukt.',
                debrief: `Se på veien din nedenfor:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Startet du uten å avklare ansvar? Da brukte teamet måneder på å finne ut av det.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Ros til alle og kritikk til alle treffer ingen.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Medarbeiderskap vokser når teamet er med på å avklare ansvaret.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Å bli med på lunsj er hyggelig, men inkludering er at det du kan, blir brukt.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Et team som mister folk',
                outcome: 'poor',
                text: 'Teamet mister kompetanse – fordi erfarne slutter, eller fordi nye ikke blir inkludert.',
                debrief: `Veien din ventet for lenge med det som var vanskelig:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Uten tydelig ansvar og reelt handlingsrom mister kunnskapsmedarbeidere motivasjonen.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Å lytte til signalene er også anerkjennelse.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Folk tar ansvar når de blir involvert, ikke når de må vente.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Inkludering skjer ikke av seg selv. Lederen må legge til rette.

Prøv øvelsen på nytt og se hva som skjer med andre valg.`,
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
          prompt: 'Hvilken oppgave kan du delegere med tydeligere ansvar og rammer? Hvem skal få en konkret tilbakemelding fra deg denne uka? Hva gjør du for at alle blir hørt?',
          hint: 'Sjekk delegasjonsreglementet: Hva kan medarbeiderne dine allerede avgjøre selv?',
          planLabel: 'Styrk medarbeiderne',
        },
      ],
    },
  ],
});
