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
          body: `Samfunnsproblemer som klima, miljø og det grønne skiftet treffer oss alle. Grunnlaget sier at de krever helhetlige løsninger og samordning på tvers av sektorer og virksomheter. Innspillsrunden pekte også på en større bevissthet om at oppgavene må løses gjennom samarbeid mellom sektorer og mellom forvaltningsnivåer.

Derfor må ledere ha samarbeidskompetanse og forstå seg selv og egen virksomhet som del av en større helhet.`,
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
          by: 'En leder i innspillsrunden',
          source: 'Grunnlag for god ledelse i staten',
        },
        {
          kind: 'text',
          body: `Flere i innspillsrunden koblet dette til behovet for et utadrettet blikk, med bruker- og innbyggerfokus. Tallene i sitatet er et bilde, ikke en regel for timelisten: Poenget er at helheten krever tid og oppmerksomhet.`,
        },
      ],
    },
    {
      id: 'sh-oppdrag',
      title: 'Samfunnsoppdraget og samarbeid på tvers',
      blocks: [
        {
          kind: 'text',
          body: `## Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for

Samfunnsoppdraget er grunnen til at virksomheten finnes. Grunnlaget beskriver samfunnsoppdraget og forvaltningsverdiene både som utgangspunktet for ledelse i staten og som en navigasjonshjelp i en usikker og urolig tid.

Å gi samfunnsoppdraget mening betyr å koble det store oppdraget til hverdagen: Hvem er vi til for, og hva betyr akkurat denne oppgaven for dem?

Et eksempel: Tenk deg at du leder en enhet som kvalitetssikrer data i et offentlig register. Arbeidet kan fort oppleves som rutine. Når du viser teamet hvordan dataene brukes – for eksempel til å planlegge skoler, sykehjem og beredskap i kommunene – blir det lettere å se hvorfor nøyaktighet betyr noe.

## Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer

Mange oppgaver kan ingen virksomhet løse alene. Å se utover egen virksomhet betyr å spørre: Hvem andre arbeider med det samme? Hvem blir påvirket av det vi gjør? Hva trenger de fra oss – og vi fra dem?

Et eksempel: Tenk deg at direktoratet ditt skal lage et nytt tiltak for unge som faller utenfor skole og arbeid. De samme ungdommene kan ha kontakt med flere tjenester samtidig, for eksempel skolen, helsetjenesten og kommunen. Resultatet blir bedre hvis dere planlegger sammen med de andre aktørene fra starten – selv om det tar mer tid i egen plan.`,
        },
      ],
    },
    {
      id: 'sh-innbyggere',
      title: 'Innbyggerne, sikkerhet og beredskap',
      blocks: [
        {
          kind: 'text',
          body: `## Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning

Grunnlaget løfter fram det å sette innbyggerne i sentrum og systematisk brukermedvirkning som ledd i å utvikle gode tjenester til befolkningen. Det kan også ses som et ledd i å tenke mer helhetlig. Innspillsrunden pekte dessuten på at brukerne har økte forventninger til forvaltningen.

*Systematisk* betyr at brukerne er med jevnlig og tidlig – ikke at dere spør én gang når løsningen nesten er ferdig.

Et eksempel: Før dere endrer et søknadsskjema, tester dere utkastet med noen av dem som faktisk skal bruke det, også noen som ikke har norsk som førstespråk. Dere gjentar testen etter hver større endring.

## Ha bevissthet om sikkerhet og beredskap

Trusselbildet er endret, og oppmerksomhet om sikkerhet og beredskap blir stadig viktigere. Nye sikkerhetsutfordringer og et mer usikkert verdensbilde gir også flere statlige virksomheter behov for mer internasjonalt samarbeid.

Som leder betyr det blant annet å vite hvilke tjenester og hvilken informasjon enheten din har ansvar for, hva som kan true dem, og hva dere gjør hvis noe skjer. Sikkerhet er også kultur: Medarbeiderne må vite at det er riktig å si fra om en sikkerhetshendelse – også når de selv har gjort en feil.

Et eksempel: Du ber teamet gå gjennom hvilke oppgaver som må løses selv om IT-systemene er nede en hel dag. Dere lager en enkel plan og øver på den én gang i året.`,
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
            prompt: 'En leder i innspillsrunden sa at du som leder bør bruke «50 % på egen portefølje og 50 % av tiden på andres, for å se helhet». Hva er hovedpoenget?',
            options: [
              {
                id: 'sh-q1-a',
                text: 'Du må se egen virksomhet som del av en større helhet og sette av tid til samarbeid med andre',
                correct: true,
                feedback: 'Riktig. Sitatet handler om å forstå seg selv og egen virksomhet som del av en større helhet – og om at samarbeid krever tid.',
              },
              {
                id: 'sh-q1-b',
                text: 'Du bør fordele arbeidstiden nøyaktig likt mellom egne og andres saker',
                feedback: 'Ikke riktig. Tallene er et bilde, ikke en regel for timelisten. Poenget er at helheten krever tid og oppmerksomhet.',
              },
              {
                id: 'sh-q1-c',
                text: 'Du bør overlate halvparten av dine egne oppgaver til andre ledere',
                feedback: 'Ikke riktig. Sitatet handler ikke om å gi bort ansvar, men om å bruke tid på andres oppgaver og perspektiver, slik at dere finner bedre løsninger sammen.',
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
            prompt: 'Et direktorat skal utvikle en ny digital tjeneste for innbyggere. Hvilke tiltak er systematisk brukermedvirkning? Velg alle som passer.',
            options: [
              {
                id: 'sh-q2-a',
                text: 'Teste utkast med brukere tidlig og etter hver større endring',
                correct: true,
                feedback: 'Riktig. Brukerne er med jevnlig og tidlig, mens det fortsatt er mulig å endre løsningen.',
              },
              {
                id: 'sh-q2-b',
                text: 'Ha med en brukerorganisasjon i en referansegruppe som møtes gjennom hele prosjektet',
                correct: true,
                feedback: 'Riktig. En fast referansegruppe gjør medvirkningen systematisk og ikke tilfeldig.',
              },
              {
                id: 'sh-q2-c',
                text: 'Sende ut en spørreundersøkelse når tjenesten er lansert, og la det bli med det',
                feedback: 'Ikke riktig. Det kan gi nyttig informasjon, men én undersøkelse etter lansering er verken tidlig eller systematisk.',
              },
              {
                id: 'sh-q2-d',
                text: 'La fagfolkene i direktoratet beskrive hva brukerne trenger, siden de kjenner regelverket best',
                feedback: 'Ikke riktig. Fagkunnskapen er viktig, men den erstatter ikke brukernes egne erfaringer. Brukermedvirkning betyr at brukerne selv er med.',
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
            prompt: 'Du vil styrke bevisstheten om sikkerhet og beredskap i enheten din. Sett stegene i en logisk rekkefølge.',
            items: [
              { id: 'sh-q3-a', text: 'Finn ut hvilke tjenester og hvilken informasjon enheten har ansvar for' },
              { id: 'sh-q3-b', text: 'Vurder hva som kan true dem, og hvor sårbare dere er' },
              { id: 'sh-q3-c', text: 'Lag planer for hva dere gjør hvis noe skjer' },
              { id: 'sh-q3-d', text: 'Øv på planene, og lær av øvelsen' },
            ],
            feedbackCorrect: 'Riktig. Du må vite hva du skal beskytte før du kan vurdere truslene, og planene blir først gode når dere har øvd på dem.',
            feedbackIncorrect: 'Ikke helt. Start med hva enheten har ansvar for, vurder så hva som kan true det, lag planer – og øv til slutt, slik at dere lærer og kan forbedre planene.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sh-q4',
            kind: 'single',
            objective: 'se-helheten',
            prompt: 'Teamet ditt behandler søknader om tilskudd, og flere sier at arbeidet føles som ren rutine. Hva er mest i tråd med punktet om å gi samfunnsoppdraget mening?',
            options: [
              {
                id: 'sh-q4-a',
                text: 'Vise teamet konkret hva tilskuddene betyr for dem som får dem, for eksempel gjennom historier fra mottakerne',
                correct: true,
                feedback: 'Riktig. Mening oppstår når teamet ser hvem de er til for, og hva arbeidet betyr for dem.',
              },
              {
                id: 'sh-q4-b',
                text: 'Henge opp virksomhetens visjon på veggen i møterommet',
                feedback: 'Ikke helt. En visjon kan være et godt utgangspunkt, men den får først mening når den kobles til hverdagen og til dem dere er til for.',
              },
              {
                id: 'sh-q4-c',
                text: 'Sette mål for antall behandlede saker per uke, slik at teamet ser resultatene',
                feedback: 'Ikke helt. Tydelige mål kan være nyttige, men saksantall sier lite om hvem dere er til for, og hvorfor arbeidet betyr noe.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sh-case',
      title: 'Case: En ny tjeneste for eldre',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'sh-scenario',
            title: 'En ny tjeneste for eldre',
            objective: 'se-helheten',
            intro: `Tenk deg at du leder en seksjon i et direktorat. Seksjonen har fått i oppdrag å lage en ny digital søknadstjeneste for en støtteordning som skal gjøre det lettere for eldre å tilpasse boligen sin og bo hjemme lenger.

Kommunene skal følge opp søkerne, og en annen statlig etat har en del av opplysningene som trengs. Tjenesten skal lanseres om seks måneder.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Prosjektet skal i gang. Hvordan legger du opp arbeidet?',
                choices: [
                  {
                    id: 'a1',
                    text: 'Du inviterer kommunene, den andre etaten og en organisasjon for eldre med fra starten, og setter av tid til det i planen.',
                    rating: 'strong',
                    consequence: 'Oppstarten tar noen uker ekstra. Til gjengjeld får dere tidlig vite hva kommunene trenger, og hvilke opplysninger den andre etaten allerede har.',
                    next: 'test',
                  },
                  {
                    id: 'a2',
                    text: 'Du lar teamet lage løsningen først og sender den på høring til kommunene og den andre etaten når den er nesten ferdig.',
                    rating: 'partly',
                    consequence: 'Arbeidet går raskt i starten, men de andre kommer inn når det meste er bestemt. Det er vanskelig og dyrt å endre en nesten ferdig løsning.',
                    next: 'innspill',
                  },
                  {
                    id: 'a3',
                    text: 'Du holder prosjektet internt. Samarbeid tar tid, og fristen er stram.',
                    rating: 'weak',
                    consequence: 'Teamet kommer raskt i gang, men ingen utenfor direktoratet vet hva som er på vei. Dere bygger på antakelser om hva kommunene og søkerne trenger.',
                    next: 'innspill',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'test',
                text: 'De første brukertestene viser at mange eldre søker med hjelp fra pårørende, og at de må oppgi de samme opplysningene både til kommunen og til dere. Den andre etaten har mange av opplysningene allerede. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du tar initiativ til å avklare med den andre etaten og kommunene om opplysningene kan hentes på en lovlig og sikker måte, og du sørger for at pårørende kan hjelpe til i tjenesten.',
                    rating: 'strong',
                    consequence: 'Søknaden blir kortere, og færre må oppgi det samme to ganger. Arbeidet med å avklare deling av opplysninger tar tid, men det er en investering alle parter har nytte av.',
                    next: 'sikker',
                  },
                  {
                    id: 'b2',
                    text: 'Du legger inn mer veiledningstekst i skjemaet, så det blir lettere å fylle ut.',
                    rating: 'partly',
                    consequence: 'Skjemaet blir litt enklere å forstå, men søkerne må fortsatt oppgi det samme flere ganger. Innbyggerne står ikke helt i sentrum.',
                    next: 'sikker-press',
                  },
                  {
                    id: 'b3',
                    text: 'Du noterer funnene, men holder deg til den opprinnelige planen for å nå fristen.',
                    rating: 'weak',
                    consequence: 'Fristen holder, men brukertestene har ikke endret noe. Brukermedvirkning uten at innspillene får betydning, er ikke medvirkning.',
                    next: 'sikker-press',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'innspill',
                text: 'Når kommunene og den andre etaten ser løsningen, kommer det mange innvendinger. Skjemaet ber om opplysninger som allerede finnes, og kommunene får oppgaver de ikke visste om. Fristen nærmer seg. Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du inviterer kommunene og den andre etaten til et arbeidsmøte, tester løsningen med eldre og pårørende, og ber ledelsen om en kort utsettelse med en god begrunnelse.',
                    rating: 'strong',
                    consequence: 'Det blir noen hektiske uker, men tjenesten blir langt bedre, og samarbeidspartnerne opplever å bli tatt på alvor. Du har hentet inn mye.',
                    next: 'sikker',
                  },
                  {
                    id: 'c2',
                    text: 'Du tar inn de enkleste endringene og lanserer til fristen.',
                    rating: 'partly',
                    consequence: 'Fristen holder, men de største problemene er der fortsatt, og kommunene er misfornøyde med prosessen.',
                    next: 'sikker-press',
                  },
                  {
                    id: 'c3',
                    text: 'Du avviser innspillene. Det er tross alt direktoratet som har fått oppdraget.',
                    rating: 'weak',
                    consequence: 'Dere lanserer til fristen, men uten de andre med på laget.',
                    next: 'lansert',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker',
                text: 'Tre dager før lansering oppdager en utvikler at testversjonen, med ekte personopplysninger, har vært tilgjengelig for flere enn den skulle. Det er ingen tegn til misbruk. Utvikleren er tydelig flau over å si fra. Hva gjør du?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du stenger tilgangen, melder hendelsen etter virksomhetens rutiner, takker utvikleren for at hun sa fra, og utsetter lanseringen til sikkerheten er vurdert.',
                    rating: 'strong',
                    consequence: 'Lanseringen kommer en uke senere. Hendelsen blir håndtert riktig, og teamet ser at det lønner seg å si fra.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du stenger tilgangen og lanserer som planlagt, men venter med å melde hendelsen til etter lanseringen.',
                    rating: 'partly',
                    consequence: 'Tilgangen er stengt, men hendelsen blir meldt for sent, og ingen har vurdert om resten av løsningen har samme svakhet.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du ber utvikleren rette feilen i det stille. Ingen har jo misbrukt opplysningene.',
                    rating: 'weak',
                    consequence: 'Saken kommer likevel fram senere, og da er det mye vanskeligere å forklare. Teamet lærer at sikkerhetshendelser helst skal ties om.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker-press',
                text: 'Tjenesten er nesten klar, men samarbeidet med de andre har vært ujevnt. Tre dager før lansering oppdager en utvikler at testversjonen, med ekte personopplysninger, har vært tilgjengelig for flere enn den skulle. Det er ingen tegn til misbruk. Hva gjør du?',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du stenger tilgangen, melder hendelsen etter virksomhetens rutiner, takker utvikleren og utsetter lanseringen til sikkerheten er vurdert.',
                    rating: 'strong',
                    consequence: 'Sikkerhetshendelsen blir håndtert riktig. Tjenesten har fortsatt svakheter for brukerne, men du har vist at sikkerhet går foran fristen.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du stenger tilgangen og lanserer som planlagt, men venter med å melde hendelsen.',
                    rating: 'partly',
                    consequence: 'Fristen holder, men hendelsen blir meldt for sent, og ingen har sjekket om resten av løsningen har samme svakhet.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e3',
                    text: 'Du ber utvikleren rette feilen i det stille, så lanseringen ikke blir forsinket.',
                    rating: 'weak',
                    consequence: 'Saken kommer fram senere. Sammen med de andre problemene gir det et inntrykk av en tjeneste som ikke er under kontroll.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'lansert',
                text: 'To uker etter lanseringen melder kommunene at de får mange henvendelser fra forvirrede eldre og pårørende. Den andre etaten klager på at den ikke ble involvert. Hva gjør du?',
                choices: [
                  {
                    id: 'f1',
                    text: 'Du tar kontakt med kommunene og den andre etaten, inviterer brukere til å teste tjenesten og lager en plan for forbedringer sammen med dem.',
                    rating: 'strong',
                    consequence: 'Det er sent, men ikke for sent. Samarbeidet kommer i gang, og de verste problemene blir rettet i løpet av høsten.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f2',
                    text: 'Du legger ut en side med spørsmål og svar om tjenesten.',
                    rating: 'partly',
                    consequence: 'Noen får hjelp, men årsaken til problemene er den samme, og samarbeidet med kommunene og etaten er ikke reparert.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du svarer at tjenesten følger regelverket, og at kommunene må veilede innbyggerne.',
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
                text: 'Tjenesten er enkel å bruke for eldre og pårørende, kommunene og etaten er fornøyde med samarbeidet, og sikkerhetshendelsen ble håndtert riktig.',
                debrief: `Du brukte punktene under **Se helheten**:

- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Du holdt fast ved at tjenesten skal hjelpe eldre å bo hjemme lenger – ikke bare at et skjema skal bli ferdig.
- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Kommunene og den andre etaten var med, og søkerne slapp å oppgi det samme flere ganger.
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Brukertestene endret faktisk løsningen.
- **Ha bevissthet om sikkerhet og beredskap:** Du lot sikkerheten gå foran fristen, og du gjorde det trygt å si fra.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'En tjeneste med svakheter',
                outcome: 'mixed',
                text: 'Tjenesten er i drift, men den henger ikke helt sammen for brukerne, samarbeidet har vært ujevnt, eller sikkerhetshendelsen ble håndtert for sent.',
                debrief: `Se tilbake på valgene dine i lys av punktene under **Se helheten**:

- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Kom kommunene og den andre etaten inn tidlig nok til å påvirke løsningen?
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Fikk brukertestene betydning for løsningen?
- **Ha bevissthet om sikkerhet og beredskap:** Ble hendelsen meldt med én gang, og ble utvikleren møtt på en måte som gjør det lett å si fra neste gang?
- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Var det de eldre eller fristen som styrte valgene dine?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Innbyggerne blir stående i midten',
                outcome: 'poor',
                text: 'Tjenesten har alvorlige svakheter: Den skaper merarbeid for kommunene og forvirring for eldre og pårørende, eller en sikkerhetshendelse ble holdt skjult. Tilliten til direktoratet er svekket.',
                debrief: `Valgene dine gikk på tvers av flere punkter under **Se helheten**:

- **Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer:** Når andre ikke blir tatt med, blir problemene bare flyttet over til dem.
- **Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning:** Når innbyggerne ikke blir hørt, eller innspillene deres ikke får betydning, blir tjenesten dårligere for dem den er til for.
- **Ha bevissthet om sikkerhet og beredskap:** En sikkerhetshendelse som blir tiet om, svekker både sikkerheten og tilliten.
- **Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for:** Når fristen eller det å unngå ubehag blir viktigere enn dem tjenesten er til for, taper innbyggerne.

Prøv gjerne casen på nytt og se hva som skjer med andre valg.`,
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
          prompt: 'Hva betyr «Se helheten» for deg i din virksomhet? Hvem er enheten din til for, hvem utenfor egen virksomhet bør dere samarbeide mer med, og hvordan kan dere ta med brukerne mer systematisk? Skriv også én ting du vil gjøre for sikkerhet og beredskap.',
          hint: 'Tenk på én tjeneste eller oppgave: Hvem merker det hvis den ikke fungerer – og hvem andre er med på å levere den?',
          planLabel: 'Se helheten',
        },
      ],
    },
  ],
});
