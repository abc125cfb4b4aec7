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
          body: `Uten reell autonomi og handlingsrom mister kunnskapsmedarbeidere motivasjonen.`,
        },
        {
          kind: 'key-points',
          fromDocument: true,
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

- **Tillit:** Avtal mål, frist og rammer. Resten bestemmer medarbeideren.
- **Tilbakemeldinger:** Si konkret hva som var bra, og hva som kan bli bedre.
- **Medarbeiderskap:** Spør hva hver enkelt vil lære.
- **Inkludering:** Lys ut bredt, og sørg for at alle blir hørt.`,
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
            prompt: 'En erfaren seniorrådgiver skal skrive et høringssvar. Hvordan delegerer du med «tydelig ansvar og handlingsrom»?',
            options: [
              {
                id: 'sm-q1-c',
                text: 'Du gir oppgaven uten føringer. En så erfaren medarbeider vet best.',
                feedback: 'Ikke helt. Tillit forutsetter tydelig ansvar. Uten avklarte mål og rammer vet ikke seniorrådgiveren hvor langt handlingsrommet går.',
              },
              {
                id: 'sm-q1-a',
                text: 'Dere avtaler mål, frist og hvem som må med. Resten bestemmer seniorrådgiveren.',
                correct: true,
                feedback: 'Riktig. Tydelige rammer gir et handlingsrom som kan brukes.',
              },
              {
                id: 'sm-q1-b',
                text: 'Du ber om å se hvert utkast, så du kan fange opp feil før høringssvaret går ut.',
                feedback: 'Ikke riktig. Det er godt ment, men tett kontroll av en erfaren medarbeider signaliserer mistillit, og kunnskapsmedarbeidere mister motivasjonen.',
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
            prompt: 'En medarbeider som begynte for tre måneder siden, ber om eget ansvar og mer tilbakemelding. Hva gjør du?',
            options: [
              {
                id: 'sm-q5-b',
                text: 'Du forklarer at alle må ha vært her en stund før de får eget ansvar',
                feedback: 'Ikke riktig. Likebehandling er viktig, men ansiennitet alene er en dårlig grunn til å si nei. Du kan miste en motivert medarbeider.',
              },
              {
                id: 'sm-q5-c',
                text: 'Du gir medarbeideren et stort prosjekt med en gang, så det blir synlig hva medarbeideren kan',
                feedback: 'Ikke helt. Du viser tillit, men uten avgrensning og oppfølging blir ansvaret fort for stort. Tillit krever tydelige rammer.',
              },
              {
                id: 'sm-q5-a',
                text: 'Dere avtaler et avgrenset ansvarsområde og korte, faste samtaler om hvordan det går',
                correct: true,
                feedback: 'Riktig. Du gir ansvar, og samtalene gjør det til kompetanseutvikling.',
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
            prompt: 'Hvordan bidrar du til et mangfoldig og inkluderende arbeidsfellesskap? Velg alle som passer.',
            options: [
              {
                id: 'sm-q4-c',
                text: 'Lære opp nye i rutinene, og be dem vente med forslag til de kjenner dem',
                feedback: 'Ikke riktig. Opplæring er viktig, men når de nye må vente med forslag, sier du at perspektivene deres ikke teller ennå.',
              },
              {
                id: 'sm-q4-a',
                text: 'Legge opp møtene slik at alle får sagt sin mening',
                correct: true,
                feedback: 'Riktig. Alle blir hørt.',
              },
              {
                id: 'sm-q4-e',
                text: 'Spørre en medarbeider med nedsatt funksjonsevne hva som trengs',
                correct: true,
                feedback: 'Riktig. Tilrettelegging gjør at flere kan bidra fullt ut.',
              },
              {
                id: 'sm-q4-b',
                text: 'Lyse ut bredt og vurdere alle søkere etter kvalifikasjonene',
                correct: true,
                feedback: 'Riktig. En bred utlysning gir flere en reell sjanse, og den best kvalifiserte ansettes.',
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
            intro: 'Du er ny leder for åtte saksbehandlere hos en statsforvalter. Forgjengeren godkjente alt selv. Teamet er faglig sterkt, men slitent.',
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Alle saker går via deg, og køen vokser. Hva gjør du?',
                choices: [
                  {
                    id: 'a3',
                    text: 'Du godkjenner alt selv de første månedene, så du lærer sakene å kjenne før du endrer noe.',
                    rating: 'weak',
                    consequence: 'Du lærer mye, men køen vokser, og du jobber kveldene. De erfarne opplever det som mistillit.',
                    next: 'uro',
                  },
                  {
                    id: 'a1',
                    text: 'Dere går gjennom delegasjonsreglementet og avtaler hvilke saker teamet avgjør selv.',
                    rating: 'strong',
                    consequence: 'Det tar to møter, og noen saker ser du fortsatt selv. Men alle vet hva de har ansvar for, og køen forsvinner.',
                    next: 'ros',
                  },
                  {
                    id: 'a2',
                    text: 'Du sier at de kan bestemme mer selv, og spørre deg hvis de er usikre.',
                    rating: 'partly',
                    consequence: 'Noen tar ansvar med én gang, andre spør deg likevel. Det oppstår to praksiser, og et brev med feil går ut.',
                    next: 'uro',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ros',
                text: 'Amir har laget en mal som halverer tiden på enkle saker. En part klager til Sivilombudet på et klagevedtak fra Jonas med uklar begrunnelse. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du lar Amir vise malen på teammøtet, og tar begrunnelsen med Jonas på tomannshånd.',
                    rating: 'strong',
                    consequence: 'Flere bruker malen. Jonas forstår hva som manglet, og en kollega leser hans neste vanskelige vedtak. Det er flaut, men han beholder sakene.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'b2',
                    text: 'Du roser malen i en e-post til alle, og minner alle på at begrunnelsene må være gode.',
                    rating: 'partly',
                    consequence: 'Amir forsvinner i en generell ros, mange føler seg kritisert, og Jonas vet ikke hva han skal endre.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'b3',
                    text: 'Du tar over Jonas’ vanskeligste saker til Sivilombudet har sagt sitt.',
                    rating: 'weak',
                    consequence: 'Jonas mister handlingsrom og sjansen til å lære. De andre lurer på om de er neste.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'uro',
                text: 'Stemningen er laber. Flere savner tydelig ansvar, og Åse, en av de mest erfarne, vurderer å slutte. Hva gjør du?',
                choices: [
                  {
                    id: 'c2',
                    text: 'Du lager selv en ryddig oversikt over ansvar og fullmakter, og sender den ut før helgen.',
                    rating: 'partly',
                    consequence: 'Det blir tydeligere, men teamet var ikke med, og noe passer dårlig med hvordan sakene faktisk går.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'c3',
                    text: 'Du gir det litt tid. Nye ledere skaper alltid uro, og det pleier å gå seg til.',
                    rating: 'weak',
                    consequence: 'Det går seg ikke til. Usikkerheten fortsetter, og Åse søker andre jobber.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'c1',
                    text: 'Du ber teamet hjelpe deg å avklare hvem som har ansvar for hva.',
                    rating: 'strong',
                    consequence: 'Teamet setter pris på at du lytter, og Åse blir. Men det koster en måned med ekstra møter.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et team som tar ansvar',
                outcome: 'good',
                text: 'Teamet tar ansvar og lærer av hverandre. Køen er borte.',
                debrief: `Du avklarte ansvaret og fulgte opp hver enkelt:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Dere avklarte hvem som avgjør hva.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Amir fikk konkret ros, Jonas en konkret samtale.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Teamet lærte av malen, Jonas av feilen.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Jonas beholdt plassen sin.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'På vei, men ikke i mål',
                outcome: 'mixed',
                text: 'Noe er bedre, men ansvaret er uklart for noen.',
                debrief: `Se på veien din:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Uavklart ansvar koster teamet måneder.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Ros til alle og kritikk til alle treffer ingen.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Medarbeiderskap vokser når teamet avklarer ansvaret sammen.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Et team der bare noen vet hva som gjelder, er ikke inkluderende.`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Et team som mister folk',
                outcome: 'poor',
                text: 'Teamet mister motivasjon, og erfarne vurderer å slutte.',
                debrief: `Veien din tok ansvar fra folk, eller ventet for lenge:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Uten handlingsrom mister kunnskapsmedarbeidere motivasjonen.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** En feil rettes med en konkret samtale, ikke ved å ta sakene.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Folk tar ansvar når de blir involvert.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Inkludering krever at lederen legger til rette.`,
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
          prompt: 'Hvilken oppgave kan du delegere tydeligere? Hvem skal få en konkret tilbakemelding denne uka?',
          hint: 'Hva kan medarbeiderne dine avgjøre etter delegasjonsreglementet?',
          planLabel: 'Styrk medarbeiderne',
        },
      ],
    },
  ],
});
