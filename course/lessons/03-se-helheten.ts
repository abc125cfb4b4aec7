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
          body: `Klima, miljø og det grønne skiftet treffer oss alle. Grunnlaget sier at slike samfunnsproblemer krever helhetlige løsninger og samordning på tvers av sektorer og virksomheter. Derfor må du ha samarbeidskompetanse og se din egen virksomhet som del av en større helhet.`,
        },
        {
          kind: 'key-points',
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

- **Samfunnsoppdraget:** Vis teamet hvem arbeidet er til for. Registerdata blir mer enn rutine når teamet ser at kommunene planlegger skoler og sykehjem med dem.
- **Samarbeid på tvers:** Finn ut hvem andre som jobber med det samme, og hvem som blir berørt. Planlegg sammen fra starten.
- **Brukermedvirkning:** Test med brukerne tidlig og jevnlig, også med dem som ikke har norsk som førstespråk.
- **Sikkerhet og beredskap:** Vit hva enheten har ansvar for, hva som kan true det, og hva dere gjør hvis noe skjer. Gjør det trygt å si fra om feil.

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
            prompt: 'En av lederne i innspillsrunden sa at du bør bruke «50 % på egen portefølje og 50 % av tiden på andres, for å se helhet». Hva er hovedpoenget?',
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
                feedback: 'Riktig. Sitatet handler om å forstå egen virksomhet som del av en større helhet, og om at samarbeid krever tid.',
              },
              {
                id: 'sh-q1-d',
                text: 'Du bør la andre ledere se og kommentere prioriteringene i din egen portefølje',
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
            prompt: 'Et direktorat skal lage en ny digital tjeneste for innbyggere. Hvilke tiltak er systematisk brukermedvirkning? Velg alle som passer.',
            options: [
              {
                id: 'sh-q2-a',
                text: 'Teste utkast med brukere tidlig og etter hver større endring',
                correct: true,
                feedback: 'Riktig. Brukerne er med jevnlig og tidlig, mens løsningen fortsatt kan endres.',
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
                feedback: 'Riktig. Innbyggerne i sentrum betyr alle innbyggerne, også dem som har det vanskeligst med tjenesten.',
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
                feedback: 'Riktig. En fast referansegruppe gjør medvirkningen systematisk og ikke tilfeldig.',
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
            feedbackCorrect: 'Riktig. Du må vite hva du skal beskytte før du kan vurdere truslene, og en plan blir først god når dere har øvd på den.',
            feedbackIncorrect: 'Ikke helt. Start med hva enheten har ansvar for, vurder hva som kan true det, lag planer – og øv til slutt.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sh-q4',
            kind: 'single',
            objective: 'se-helheten',
            prompt: 'Teamet ditt behandler søknader om tilskudd, og flere sier at arbeidet føles som rutine. Hva er mest i tråd med å gi samfunnsoppdraget mening?',
            options: [
              {
                id: 'sh-q4-d',
                text: 'Gå gjennom virksomhetens strategi på et allmøte, og be hvert team lage egne mål ut fra den',
                feedback: 'Ikke helt. Strategien kan være et godt utgangspunkt, men den får først mening når teamet ser hvem arbeidet er til for.',
              },
              {
                id: 'sh-q4-c',
                text: 'Sette mål for antall saker per uke og vise fremgangen på en tavle, så teamet ser resultatene',
                feedback: 'Ikke helt. Tydelige mål kan være nyttige, men saksantall sier lite om hvem dere er til for, og hvorfor arbeidet betyr noe.',
              },
              {
                id: 'sh-q4-a',
                text: 'Invitere en kommune som har fått tilskudd, til å fortelle teamet hva pengene har betydd for innbyggerne',
                correct: true,
                feedback: 'Riktig. Mening oppstår når teamet ser hvem de er til for, og hva arbeidet betyr for dem.',
              },
            ],
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
            intro: `Du leder en seksjon i et direktorat. Dere skal lage en digital søknadstjeneste for en støtteordning som skal hjelpe eldre å tilpasse boligen og bo hjemme lenger. Kommunene skal følge opp søkerne, og en annen etat har mange av opplysningene som trengs. Tjenesten skal lanseres om seks måneder.`,
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
                    next: 'innspill',
                  },
                  {
                    id: 'a3',
                    text: 'Du holder prosjektet internt til dere har noe å vise. Fristen er stram, og samarbeid tar tid.',
                    rating: 'weak',
                    consequence: 'Teamet kommer raskt i gang, men dere bygger på antakelser om hva kommunene og søkerne trenger.',
                    next: 'innspill',
                  },
                  {
                    id: 'a1',
                    text: 'Du tar med kommunene, etaten og en organisasjon for eldre fra starten, og setter av tid til det i planen.',
                    rating: 'strong',
                    consequence: 'Oppstarten tar tre uker ekstra, og det blir flere møter enn teamet liker. Til gjengjeld vet dere tidlig hva kommunene trenger, og hva etaten allerede har.',
                    next: 'test',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'test',
                text: 'Brukertestene viser at mange eldre søker med hjelp fra pårørende, og at de må gi de samme opplysningene både til kommunen og til dere. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du avklarer om opplysningene kan hentes lovlig og sikkert, og lar pårørende hjelpe til i tjenesten.',
                    rating: 'strong',
                    consequence: 'Søknaden blir kortere. Avklaringen med etaten tar to måneder, og lanseringen blir stram.',
                    next: 'sikker',
                  },
                  {
                    id: 'b2',
                    text: 'Du legger inn mer veiledning i skjemaet, så det blir lettere å fylle ut, og tar resten i neste versjon.',
                    rating: 'partly',
                    consequence: 'Skjemaet blir lettere å forstå, men søkerne må fortsatt gi det samme flere ganger.',
                    next: 'sikker-press',
                  },
                  {
                    id: 'b3',
                    text: 'Du noterer funnene til senere og holder planen, så dere når fristen departementet har satt.',
                    rating: 'weak',
                    consequence: 'Fristen holder, men testene har ikke endret noe. Brukermedvirkning uten at innspillene får betydning, er ikke medvirkning.',
                    next: 'sikker-press',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'innspill',
                text: 'Når kommunene og etaten ser løsningen, kommer mange innvendinger. Skjemaet ber om opplysninger som allerede finnes, og kommunene får oppgaver de ikke visste om. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du holder et arbeidsmøte med kommunene og etaten, tester med eldre og pårørende, og ber om en kort utsettelse.',
                    rating: 'strong',
                    consequence: 'Ledelsen er ikke glad for utsettelsen, men kommunene opplever å bli tatt på alvor. De største problemene blir rettet, men dere har tapt tid.',
                    next: 'sikker-press',
                  },
                  {
                    id: 'c2',
                    text: 'Du tar inn de enkleste endringene og lanserer til fristen, med en plan for resten i neste versjon.',
                    rating: 'partly',
                    consequence: 'Fristen holder, men de største problemene er der fortsatt, og kommunene er misfornøyde med prosessen.',
                    next: 'sikker-press',
                  },
                  {
                    id: 'c3',
                    text: 'Du forklarer at direktoratet har fått oppdraget, og at innspillene kommer for sent til å tas med.',
                    rating: 'weak',
                    consequence: 'Dere lanserer til fristen, men uten de andre med på laget.',
                    next: 'lansert',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker',
                text: 'Tre dager før lansering oppdager en utvikler at testmiljøet, med ekte personopplysninger om søkere, har vært åpent for flere enn det skulle. Det er ingen tegn til misbruk. Utvikleren er flau over å si fra. Hva gjør du?',
                choices: [
                  {
                    id: 'd4',
                    text: 'Du stenger tilgangen, melder avviket etter rutinen og lanserer som planlagt. Testmiljøet ser dere på etterpå.',
                    rating: 'partly',
                    consequence: 'Hendelsen blir vurdert i tide. Men ingen har spurt hvorfor ekte personopplysninger lå i et testmiljø, og det kan skje igjen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd1',
                    text: 'Du stenger tilgangen, melder avviket og spør hvorfor ekte data lå i testmiljøet.',
                    rating: 'strong',
                    consequence: 'Avviket blir vurdert med en gang, så det kan meldes til Datatilsynet innen 72 timer hvis det trengs. Testmiljøet får oppdiktede data. Lanseringen kommer en uke senere, og ledelsen må forklare det. Du takket utvikleren, og teamet ser at det lønner seg å si fra.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du stenger tilgangen og lanserer som planlagt. Avviket melder du etter lanseringen, når dere har full oversikt.',
                    rating: 'weak',
                    consequence: 'Fristen holder, men avviket blir meldt for sent. Etter personvernforordningen artikkel 33 skal et brudd på personopplysningssikkerheten meldes til Datatilsynet uten ugrunnet opphold og om mulig innen 72 timer etter at dere ble kjent med det, med mindre det er lite sannsynlig at bruddet gir risiko for dem det gjelder. Den vurderingen skal gjøres nå, ikke etter lanseringen.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker-press',
                text: 'Samarbeidet med de andre har vært ujevnt. Tre dager før lansering oppdager en utvikler at testmiljøet, med ekte personopplysninger om søkere, har vært åpent for flere enn det skulle. Det er ingen tegn til misbruk. Hva gjør du?',
                choices: [
                  {
                    id: 'e2',
                    text: 'Du stenger tilgangen og lanserer som planlagt. Avviket melder du etter lanseringen, når dere har full oversikt.',
                    rating: 'weak',
                    consequence: 'Avviket blir meldt for sent. Et brudd på personopplysningssikkerheten skal meldes til Datatilsynet uten ugrunnet opphold og om mulig innen 72 timer (personvernforordningen artikkel 33), med mindre det er lite sannsynlig at det gir risiko for dem det gjelder. Sammen med problemene ellers gir det inntrykk av en tjeneste som ikke er under kontroll.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'e1',
                    text: 'Du stenger tilgangen, melder avviket og spør hvorfor ekte data lå i testmiljøet.',
                    rating: 'strong',
                    consequence: 'Avviket blir vurdert innen fristen, og testmiljøet får oppdiktede data. Lanseringen blir utsatt en uke. Sikkerheten er i orden, men tjenesten har fortsatt svakheter for brukerne.',
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
                text: 'To uker etter lanseringen melder kommunene at mange eldre og pårørende ringer dem fordi de ikke forstår tjenesten. Etaten klager på at den ikke ble tatt med. Hva gjør du?',
                choices: [
                  {
                    id: 'f2',
                    text: 'Du lager en side med spørsmål og svar om tjenesten, og sender den til alle kommunene.',
                    rating: 'partly',
                    consequence: 'Noen får hjelp, men årsaken til problemene er den samme, og samarbeidet er ikke reparert.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f1',
                    text: 'Du ber kommunene, etaten og noen brukere om hjelp til å forbedre tjenesten sammen med dere.',
                    rating: 'strong',
                    consequence: 'Det er sent, men ikke for sent. Samarbeidet kommer i gang, og de verste problemene blir rettet i løpet av høsten.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f3',
                    text: 'Du svarer at tjenesten følger regelverket, og at veiledning av innbyggerne er en del av kommunenes oppgave.',
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
                text: 'Tjenesten er enkel å bruke for eldre og pårørende, kommunene og etaten står bak den, og avviket ble håndtert riktig. Den kom en uke senere enn planlagt.',
                debrief: `Du tok de andre med tidlig, lot testene endre løsningen og satte sikkerheten foran fristen:

- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Målet var at eldre skal bo hjemme lenger, ikke bare at et skjema blir ferdig.
- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Kommunene og etaten var med fra starten.
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Brukertestene førte til en kortere søknad.
- **Ha bevissthet om sikkerhet og beredskap:** Du meldte avviket i tide, fjernet årsaken og gjorde det trygt å si fra.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'En tjeneste med svakheter',
                outcome: 'mixed',
                text: 'Tjenesten er i drift, men enten kom samarbeidet for sent til å forme den, eller årsaken til sikkerhetsavviket er ikke fjernet.',
                debrief: `Se på veien din nedenfor:

- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Kom kommunene og etaten inn før løsningen var nesten ferdig?
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Endret brukertestene noe?
- **Ha bevissthet om sikkerhet og beredskap:** Å melde et avvik er nødvendig. Å spørre hvorfor ekte personopplysninger lå i et testmiljø, hindrer neste avvik.
- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Var det de eldre eller fristen som styrte valgene dine?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Innbyggerne blir stående i midten',
                outcome: 'poor',
                text: 'Tjenesten skaper merarbeid for kommunene og forvirring for eldre og pårørende, eller et sikkerhetsavvik ble meldt for sent. Tilliten til direktoratet er svekket.',
                debrief: `Veien din lot fristen gå foran dem tjenesten er til for:

- **Ha bevissthet om sikkerhet og beredskap:** Et brudd på personopplysningssikkerheten må vurderes straks og eventuelt meldes til Datatilsynet innen 72 timer – også tre dager før en lansering.
- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Når andre ikke blir tatt med, blir problemene flyttet over til dem.
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Innspill som ikke får betydning, er ikke medvirkning.
- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Når fristen blir viktigst, taper innbyggerne.

Prøv øvelsen på nytt og se hva som skjer med andre valg.`,
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
          prompt: 'Hvem er enheten din til for, og hvem utenfor virksomheten bør dere samarbeide mer med? Hvordan kan dere ta med brukerne mer systematisk? Hva sier ROS-analysen om enheten din?',
          hint: 'Tenk på én tjeneste: Hvem merker det hvis den ikke virker, og hvem andre er med på å levere den?',
          planLabel: 'Se helheten',
        },
      ],
    },
  ],
});
