import { defineLesson } from '../schema/index.ts';

export default defineLesson({
  id: 'se-helheten',
  title: 'Se helheten',
  summary: 'Samfunnsoppdraget, samarbeid på tvers, innbyggerne i sentrum, sikkerhet og beredskap.',
  objective: 'se-helheten',
  pages: [
    {
      id: 'sh-intro',
      title: 'Se helheten',
      blocks: [
        {
          kind: 'text',
          body: `Samfunnsproblemer som klima krever helhetlige løsninger og samordning på tvers av sektorer. Se virksomheten din som del av en helhet.`,
        },
        {
          kind: 'key-points',
          fromDocument: true,
          title: 'Forventningen har fire punkter',
          points: [
            'Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for',
            'Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer',
            'Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning',
            'Ha bevissthet om sikkerhet og beredskap',
          ],
        },
        {
          kind: 'quote',
          text: 'Som leder bør du bruke 50 % på egen portefølje og 50 % av tiden på andres, for å se helhet.',
          by: 'En av lederne i innspillsrunden',
          source: 'Grunnlag for god ledelse i staten',
        },
        {
          kind: 'text',
          body: `## Slik gjør du det

- **Samfunnsoppdraget:** Vis teamet hvem arbeidet er til for.
- **Samarbeid på tvers:** Planlegg fra starten med andre som jobber med det samme.
- **Brukermedvirkning:** Test med brukerne tidlig og jevnlig, også med dem som ikke har norsk som førstespråk.
- **Sikkerhet og beredskap:** Vit hva enheten har ansvar for, hva som truer det, og hva dere gjør hvis noe skjer. Gjør det trygt å si fra om feil.

**Gjør dette i din virksomhet:** Be om virksomhetens risiko- og sårbarhetsanalyse (ROS-analyse). Hva sier den om din enhet?`,
        },
      ],
    },
    {
      id: 'sh-sjekk',
      title: 'Sjekk forståelsen',
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'sh-q1',
            kind: 'single',
            objective: 'se-helheten',
            prompt: 'En av lederne i innspillsrunden sa at du bør bruke «50 % på egen portefølje og 50 % av tiden på andres, for å se helhet». Hva er poenget?',
            options: [
              {
                id: 'sh-q1-b',
                text: 'Du bør bruke omtrent halvparten av tiden i møter med andre enheter og virksomheter',
                feedback: 'Ikke riktig. Tallene er et bilde, ikke en regel for kalenderen. Poenget er at helheten krever tid og oppmerksomhet.',
              },
              {
                id: 'sh-q1-a',
                text: 'Du må se enheten din som del av en større helhet, og sette av tid til andre',
                correct: true,
                feedback: 'Riktig. Enheten din er del av en større helhet, og samarbeid krever tid.',
              },
              {
                id: 'sh-q1-d',
                text: 'Du bør la andre ledere kommentere prioriteringene dine',
                feedback: 'Ikke helt. Det kan være nyttig, men sitatet handler om at du bruker tid på andres oppgaver og perspektiver, ikke om at andre skal godkjenne dine.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sh-q2',
            kind: 'multiple',
            objective: 'se-helheten',
            prompt: 'Hva er systematisk brukermedvirkning når en ny digital tjeneste lages? Velg alle som passer.',
            options: [
              {
                id: 'sh-q2-a',
                text: 'Teste utkast med brukere tidlig og etter hver større endring',
                correct: true,
                feedback: 'Riktig. Brukerne er med tidlig og jevnlig, mens løsningen kan endres.',
              },
              {
                id: 'sh-q2-c',
                text: 'En grundig spørreundersøkelse blant brukerne når tjenesten er lansert',
                feedback: 'Ikke riktig. Den kan gi nyttig kunnskap, men én undersøkelse etter lansering er verken tidlig eller systematisk.',
              },
              {
                id: 'sh-q2-e',
                text: 'Ta med brukere som ikke har norsk som førstespråk, i testene',
                correct: true,
                feedback: 'Riktig. Innbyggerne i sentrum betyr alle innbyggerne.',
              },
              {
                id: 'sh-q2-d',
                text: 'La saksbehandlerne, som møter brukerne hver dag, beskrive hva brukerne trenger',
                feedback: 'Ikke riktig. Saksbehandlerne vet mye, men de erstatter ikke brukernes egne erfaringer. Brukermedvirkning betyr at brukerne selv er med.',
              },
              {
                id: 'sh-q2-b',
                text: 'En referansegruppe med en brukerorganisasjon gjennom hele prosjektet',
                correct: true,
                feedback: 'Riktig. En fast referansegruppe gjør medvirkningen systematisk.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sh-q3',
            kind: 'ordering',
            objective: 'se-helheten',
            prompt: 'Du vil styrke bevisstheten om sikkerhet og beredskap i enheten din. Sett stegene i rekkefølge.',
            items: [
              { id: 'sh-q3-a', text: 'Finn ut hvilke tjenester og opplysninger enheten har ansvar for' },
              { id: 'sh-q3-b', text: 'Vurder hva som kan true dem, og hvor sårbare dere er' },
              { id: 'sh-q3-c', text: 'Lag planer for hva dere gjør hvis noe skjer' },
              { id: 'sh-q3-d', text: 'Øv på planene, og lær av øvelsen' },
            ],
            feedbackCorrect: 'Riktig. Vit hva du skal beskytte før du vurderer truslene, og øv på planene.',
            feedbackIncorrect: 'Ikke helt. Start med hva enheten har ansvar for, vurder hva som kan true det, lag planer – og øv til slutt.',
          },
        },
      ],
    },
    {
      id: 'sh-case',
      title: 'Øvelse: En ny tjeneste for eldre',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'sh-scenario',
            title: 'En ny tjeneste for eldre',
            objective: 'se-helheten',
            intro: 'Du leder en seksjon i et direktorat som skal lage en digital søknadstjeneste for en ordning som hjelper eldre å tilpasse boligen. Kommunene følger opp søkerne, og en annen etat har mange av opplysningene. Tjenesten skal lanseres om seks måneder.',
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Hvordan legger du opp arbeidet?',
                choices: [
                  {
                    id: 'a2',
                    text: 'Teamet lager løsningen først, og kommunene og etaten får den på høring når den er nesten ferdig.',
                    rating: 'partly',
                    consequence: 'Det går raskt i starten, men de andre kommer inn når det meste er bestemt. En nesten ferdig løsning er dyr å endre.',
                    next: 'sikker-press',
                  },
                  {
                    id: 'a3',
                    text: 'Du holder prosjektet internt til dere har noe å vise. Fristen er stram, og samarbeid tar tid.',
                    rating: 'weak',
                    consequence: 'Teamet kommer raskt i gang, men bygger på antakelser om hva kommunene og søkerne trenger.',
                    next: 'lansert',
                  },
                  {
                    id: 'a1',
                    text: 'Du tar med kommunene, etaten og en organisasjon for eldre fra starten, og setter av tid til det.',
                    rating: 'strong',
                    consequence: 'Oppstarten tar tre uker ekstra, med flere møter enn teamet liker. Men brukertestene gir en kortere søknad, og etaten deler det den har.',
                    next: 'sikker',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker',
                text: 'Tre dager før lansering viser det seg at testmiljøet, med ekte personopplysninger om søkere, har stått åpent for uvedkommende. Ingenting tyder på misbruk. Hva gjør du?',
                choices: [
                  {
                    id: 'd4',
                    text: 'Du stenger tilgangen, melder avviket etter rutinen og lanserer som planlagt. Testmiljøet ser dere på etterpå.',
                    rating: 'partly',
                    consequence: 'Avviket blir vurdert i tide, men ingen spør hvorfor ekte personopplysninger lå i testmiljøet. Det kan skje igjen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd1',
                    text: 'Du stenger tilgangen, melder avviket og spør hvorfor ekte data lå i testmiljøet.',
                    rating: 'strong',
                    consequence: 'Avviket blir vurdert straks og kan meldes til Datatilsynet innen 72 timer om nødvendig. Testmiljøet får oppdiktede data, og lanseringen kommer en uke senere.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du stenger tilgangen og lanserer som planlagt. Avviket melder du etter lanseringen, når dere har full oversikt.',
                    rating: 'weak',
                    consequence: 'Fristen holder, men avviket blir meldt for sent. Etter personvernforordningen artikkel 33 skal det meldes til Datatilsynet uten ugrunnet opphold og om mulig innen 72 timer, med mindre det neppe gir risiko for dem det gjelder.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker-press',
                text: 'Samarbeidet med de andre har vært ujevnt. Tre dager før lansering viser det seg at testmiljøet, med ekte personopplysninger om søkere, har stått åpent for uvedkommende. Hva gjør du?',
                choices: [
                  {
                    id: 'e2',
                    text: 'Du stenger tilgangen og lanserer som planlagt. Avviket melder du etter lanseringen, når dere har full oversikt.',
                    rating: 'weak',
                    consequence: 'Avviket blir meldt for sent. Det skal meldes til Datatilsynet uten ugrunnet opphold og om mulig innen 72 timer (personvernforordningen artikkel 33), med mindre det neppe gir risiko for dem det gjelder.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'e1',
                    text: 'Du stenger tilgangen, melder avviket og spør hvorfor ekte data lå i testmiljøet.',
                    rating: 'strong',
                    consequence: 'Avviket blir vurdert i tide, og testmiljøet får oppdiktede data. Sikkerheten er i orden, men tjenesten har fortsatt svakheter for brukerne.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e4',
                    text: 'Du stenger tilgangen, melder avviket etter rutinen og lanserer som planlagt. Testmiljøet ser dere på etterpå.',
                    rating: 'partly',
                    consequence: 'Hendelsen blir vurdert i tide, men årsaken – ekte personopplysninger i et testmiljø – er ikke fjernet.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'lansert',
                text: 'To uker etter lanseringen ringer mange eldre og pårørende kommunene fordi de ikke forstår tjenesten. Etaten klager på at den ikke ble tatt med. Hva gjør du?',
                choices: [
                  {
                    id: 'f2',
                    text: 'Du lager en side med spørsmål og svar om tjenesten, og sender den til alle kommunene.',
                    rating: 'partly',
                    consequence: 'Noen får hjelp, men årsaken er den samme, og samarbeidet er ikke reparert.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f1',
                    text: 'Du ber kommunene, etaten og noen brukere om hjelp til å forbedre tjenesten sammen med dere.',
                    rating: 'strong',
                    consequence: 'Det er sent, men ikke for sent. De verste problemene blir rettet i løpet av høsten.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f3',
                    text: 'Du svarer at tjenesten følger regelverket, og at veiledning av innbyggerne er kommunenes oppgave.',
                    rating: 'weak',
                    consequence: 'Kommunene og etaten opplever at direktoratet skyver problemene over på dem. Innbyggerne blir stående i midten.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'En tjeneste som henger sammen',
                outcome: 'good',
                text: 'Tjenesten er enkel for eldre og pårørende, kommunene og etaten står bak den, og avviket ble håndtert riktig.',
                debrief: `Du tok de andre med tidlig og satte sikkerheten foran fristen:

- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Målet var at eldre skal bo hjemme lenger.
- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Kommunene og etaten var med fra starten.
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Brukertestene ga en kortere søknad.
- **Ha bevissthet om sikkerhet og beredskap:** Du fikk avviket vurdert i tide og fjernet årsaken.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'En tjeneste med svakheter',
                outcome: 'mixed',
                text: 'Tjenesten er i drift, men samarbeidet kom for sent til å forme den, eller årsaken til avviket er ikke fjernet.',
                debrief: `Se på veien din:

- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Kom kommunene og etaten inn før løsningen var nesten ferdig?
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Testet dere med eldre og pårørende?
- **Ha bevissthet om sikkerhet og beredskap:** Å melde avviket er nødvendig. Å fjerne ekte data fra testmiljøet hindrer det neste.
- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Styrte de eldre eller fristen valgene dine?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Innbyggerne blir stående i midten',
                outcome: 'poor',
                text: 'Kommunene får merarbeid, eldre og pårørende blir forvirret, eller et avvik ble meldt for sent.',
                debrief: `Veien din lot fristen gå foran dem tjenesten er til for:

- **Ha bevissthet om sikkerhet og beredskap:** Et brudd på personopplysningssikkerheten skal vurderes straks, også rett før en lansering.
- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Når andre ikke blir tatt med, får de problemene.
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Innspill som ikke får betydning, er ikke medvirkning.
- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Når fristen blir viktigst, taper innbyggerne.`,
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sh-refleksjon',
      title: 'Din refleksjon',
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-se-helheten',
          prompt: 'Hvem er enheten din til for, og hvem bør dere samarbeide mer med? Hva sier ROS-analysen om enheten din?',
          hint: 'Tenk på én tjeneste: Hvem merker det hvis den svikter?',
          planLabel: 'Se helheten',
        },
      ],
    },
  ],
});
