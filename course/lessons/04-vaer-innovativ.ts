import { defineLesson } from '../schema/index.ts';

export default defineLesson({
  id: 'vaer-innovativ',
  title: 'Vær innovativ',
  summary: 'Ny teknologi og nye arbeidsformer, forsvarlig bruk og deling av data, kultur for innovasjon og læring.',
  objective: 'vaer-innovativ',
  pages: [
    {
      id: 'vi-intro',
      title: 'Vær innovativ',
      blocks: [
        {
          kind: 'text',
          body: `Teknologi er en av de viktigste driverne for endring. Kunstig intelligens (KI) kan løse mange utfordringer, men reiser spørsmål om sikkerhet, regulering og kompetanse.`,
        },
        {
          kind: 'key-points',
          fromDocument: true,
          title: 'Forventningen har tre punkter',
          points: [
            'Utforsk og ta i bruk ny teknologi og nye arbeidsformer',
            'Frem forsvarlig bruk og deling av data',
            'Bygg kultur for innovasjon og kontinuerlig læring',
          ],
        },
        {
          kind: 'quote',
          text: 'Ledere må ha ambisjoner og tørre å ta risiko. I staten må vi tørre å tenke innovativt, gjøre ting på nye måter og også tørre å presentere kontroversielle ting til politisk ledelse.',
          by: 'Fra innspillsrunden',
          source: 'Grunnlag for god ledelse i staten',
        },
        {
          kind: 'text',
          body: `## Slik gjør du det

- **Ny teknologi:** Du trenger ikke være teknolog, men du må spørre: Hva skal verktøyet løse? Hvordan kontrollerer vi kvaliteten? Hva betyr det for dem som bruker det? Ta med de tillitsvalgte tidlig.
- **Data:** Deling kan spare innbyggerne for å gi de samme opplysningene flere ganger. Forsvarlig betyr rettslig grunnlag, personvern, sikkerhet – og bare verktøy virksomheten har godkjent.
- **Kultur for læring:** Uten takhøyde for feil blir det ingen læring. Fortell om egne feil, prøv i liten skala, og evaluer ærlig.`,
        },
        {
          kind: 'quote',
          text: 'Erfaringa vår er at vi framleis må ha nokon på toppen som set retning og forstår forretninga, men leiarane treng ikkje ha alla svara (..). Derfor seier vi at modige leiarar ikkje alltid veit best',
          by: 'Digitaliseringsrådet',
          source: 'Digitaliseringsrådets rapport (2023), sitert i Grunnlag for god ledelse i staten',
          lang: 'nn',
        },
      ],
    },
    {
      id: 'vi-sjekk',
      title: 'Sjekk forståelsen',
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'vi-q2',
            kind: 'multiple',
            objective: 'vaer-innovativ',
            prompt: 'Hva kjennetegner en kultur for innovasjon og kontinuerlig læring? Velg alle som passer.',
            options: [
              {
                id: 'vi-q2-a',
                text: 'Du forteller teamet åpent om egne feil, og hva du lærte av dem',
                correct: true,
                feedback: 'Riktig. Når lederen tør å feile og lære, blir det tryggere for andre.',
              },
              {
                id: 'vi-q2-c',
                text: 'Nye ideer blir prøvd når dere er ganske sikre på at de virker',
                feedback: 'Ikke riktig. Det kan virke fornuftig, men uten takhøyde for feil blir det ifølge grunnlaget ingen læring eller nytenkning.',
              },
              {
                id: 'vi-q2-d',
                text: 'Feil blir rettet raskt, og bare de som trenger å vite det, får beskjed',
                feedback: 'Ikke riktig. Feil skal rettes, men når få får vite om dem, lærer ingen andre av dem.',
              },
              {
                id: 'vi-q2-b',
                text: 'Teamet prøver nye ideer i liten skala, og evaluerer dem ærlig',
                correct: true,
                feedback: 'Riktig. Små forsøk med ærlig evaluering gir takhøyde for feil uten for stor risiko.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'vi-q5',
            kind: 'single',
            objective: 'vaer-innovativ',
            prompt: 'Teamet prøver en ny arbeidsform i tre måneder. Hva gjør forsøket til læring, uansett utfall?',
            options: [
              {
                id: 'vi-q5-b',
                text: 'At forsøket er så godt forberedt at det nesten ikke kan mislykkes',
                feedback: 'Ikke riktig. God forberedelse er bra, men et forsøk som ikke får mislykkes, lærer dere lite av.',
              },
              {
                id: 'vi-q5-a',
                text: 'At dere avtaler før start hva dere vil lære, og at dere evaluerer ærlig',
                correct: true,
                feedback: 'Riktig. Når dere vet hva dere vil lære, lærer dere også av det som ikke virker.',
              },
              {
                id: 'vi-q5-c',
                text: 'At dere måler hvor mye tid forsøket sparer, og rapporterer tallet til ledelsen',
                feedback: 'Ikke helt. Tidsbruk kan være ett mål, men ett tall til ledelsen er ikke læring for teamet.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'vi-q4',
            kind: 'single',
            objective: 'vaer-innovativ',
            prompt: 'En annen etat vil bruke data fra enheten din i en tjeneste for innbyggerne. Hva er mest i tråd med «Frem forsvarlig bruk og deling av data»?',
            options: [
              {
                id: 'vi-q4-a',
                text: 'Avklare formål, rettslig grunnlag og sikkerhet – og dele hvis det er forsvarlig',
                correct: true,
                feedback: 'Riktig. Punktet ber deg fremme deling, på en forsvarlig måte.',
              },
              {
                id: 'vi-q4-b',
                text: 'Si nei inntil videre, fordi opplysningene bare skal brukes til formålet de ble samlet inn for',
                feedback: 'Ikke riktig. Formålet er viktig, men det kan finnes et rettslig grunnlag for deling. Et nei uten vurdering kan gjøre tjenesten dårligere.',
              },
              {
                id: 'vi-q4-c',
                text: 'Dele med en gang, siden etaten er statlig og har taushetsplikt som dere',
                feedback: 'Ikke riktig. Taushetsplikt hos mottakeren er ikke nok. Delingen må ha et rettslig grunnlag og god sikkerhet.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'vi-case',
      title: 'Øvelse: Et KI-verktøy i seksjonen',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'vi-scenario',
            title: 'Et KI-verktøy i seksjonen',
            objective: 'vaer-innovativ',
            intro: 'Du leder en seksjon i en statlig etat som får mange skriftlige henvendelser fra innbyggere. Svartiden er tre uker. Direktøren vil at seksjonen tester et KI-verktøy som lager utkast til svar.',
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Hvordan starter du?',
                choices: [
                  {
                    id: 'a2',
                    text: 'Du lar de to mest teknologiinteresserte utforske verktøyet først, og tar med resten når dere vet mer.',
                    rating: 'partly',
                    consequence: 'De to kommer raskt i gang, men resten av seksjonen hører om verktøyet gjennom rykter.',
                    next: 'pilot-skeptisk',
                  },
                  {
                    id: 'a1',
                    text: 'Du informerer de tillitsvalgte og medarbeiderne tidlig, og planlegger forsøket sammen med dem.',
                    rating: 'strong',
                    consequence: 'Det tar tre uker før dere er i gang, og noen er skeptiske. Men erfarne saksbehandlere peker ut henvendelser som er for sammensatte for KI, og personvernet blir vurdert før start.',
                    next: 'pilot',
                  },
                  {
                    id: 'a3',
                    text: 'Du bestemmer at hele seksjonen bruker verktøyet fra neste måned, og lover god opplæring.',
                    rating: 'weak',
                    consequence: 'Medarbeiderne og de tillitsvalgte blir overrasket, og ingen vet hvordan kvaliteten skal sikres.',
                    next: 'stans',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'pilot',
                text: 'Etter seks uker er svartiden på enkle spørsmål halvert. På sammensatte spørsmål gjør verktøyet ofte feil. Saksbehandlerne fanget de fleste, men to innbyggere fikk feil svar. Hva anbefaler du ledelsen?',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du kontakter de to som fikk feil svar, og anbefaler verktøyet bare for enkle henvendelser.',
                    rating: 'strong',
                    consequence: 'Det er ubehagelig å ringe de to, og etaten må innrømme feilen. Men innbyggerne får riktig svar, og ledelsen får et ærlig grunnlag.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du anbefaler å avslutte forsøket, fordi feilene viser at teknologien ikke er moden nok for innbyggerne.',
                    rating: 'partly',
                    consequence: 'Det er trygt, men dere kaster også det som virket, og de to innbyggerne har fortsatt feil svar.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd4',
                    text: 'Du anbefaler verktøyet for alle henvendelser, siden saksbehandlerne fanger de fleste feilene.',
                    rating: 'weak',
                    consequence: 'Flere feil svar går ut, og tilliten til verktøyet og til deg faller. De to som fikk feil svar, har ikke hørt noe.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'pilot-skeptisk',
                text: 'Mange bruker verktøyet lite. Etter seks uker har svartiden på enkle spørsmål gått ned, men to innbyggere har fått feil svar. Hva anbefaler du ledelsen?',
                choices: [
                  {
                    id: 'e2',
                    text: 'Du anbefaler å avslutte forsøket, fordi oppslutningen er for lav til at det gir svar.',
                    rating: 'partly',
                    consequence: 'Ingen skade skjer, men heller ingen læring: Dere vet ikke om verktøyet ikke virket, eller om det ikke ble brukt.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e1',
                    text: 'Du retter de to svarene og foreslår en ny runde, formet sammen med saksbehandlerne.',
                    rating: 'strong',
                    consequence: 'Ledelsen setter pris på ærligheten, og den nye runden får bedre oppslutning. Men dere har tapt tid.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e4',
                    text: 'Du anbefaler verktøyet for hele etaten, fordi svartiden gikk ned selv med lav bruk.',
                    rating: 'weak',
                    consequence: 'Verktøyet blir innført uten at noen vet hvordan det virker i praksis. Feilene fortsetter, og skepsisen sprer seg.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'stans',
                text: 'Ledelsen stanser forsøket. De tillitsvalgte sier de ikke er involvert, og personvernombudet spør om bruken av personopplysninger er vurdert. Ingen har et godt svar. Hva gjør du?',
                choices: [
                  {
                    id: 'f2',
                    text: 'Du retter opp det personvernombudet peker på, og starter forsøket igjen så raskt som mulig.',
                    rating: 'partly',
                    consequence: 'Det formelle blir ryddet opp i, men medarbeiderne og de tillitsvalgte er fortsatt ikke med, og få bruker verktøyet.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du avslutter forsøket. Leverandøren burde ha sagt fra om personvernkravene.',
                    rating: 'weak',
                    consequence: 'Ingen lærer noe, og neste gang noen foreslår ny teknologi, er motstanden enda større.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f1',
                    text: 'Du tar ansvaret og starter på nytt, med en personvernvurdering og med de tillitsvalgte.',
                    rating: 'strong',
                    consequence: 'Det koster måneder, men den nye starten bygger på et forsvarlig grunnlag og et bedre samarbeid.',
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et forsøk som ga læring',
                outcome: 'good',
                text: 'Verktøyet brukes på enkle henvendelser, kontrollert av saksbehandlere. Svartiden går ned, og de to har fått riktig svar.',
                debrief: `Du involverte tidlig og var ærlig om feilene:

- **Utforsk og ta i bruk ny teknologi og nye arbeidsformer:** Forsøket var avgrenset, og de tillitsvalgte var med fra start.
- **Frem forsvarlig bruk og deling av data:** Ingen personopplysninger ble brukt før bruken var vurdert.
- **Bygg kultur for innovasjon og kontinuerlig læring:** Du rettet feilene overfor innbyggerne og delte det dere lærte.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'Noe lært – med omveier',
                outcome: 'mixed',
                text: 'Seksjonen har lært noe, men forsøket tok lang tid, fikk lav oppslutning eller ble avsluttet før dere fikk brukt det som virket.',
                debrief: `Se på veien din:

- **Utforsk og ta i bruk ny teknologi og nye arbeidsformer:** Kom de tillitsvalgte og medarbeiderne inn før forsøket var bestemt?
- **Frem forsvarlig bruk og deling av data:** Bruk av personopplysninger må vurderes før forsøket starter, ikke når personvernombudet spør.
- **Bygg kultur for innovasjon og kontinuerlig læring:** Ble det som virket, tatt vare på? Fikk de som fikk feil svar, vite det?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Teknologi uten tillit',
                outcome: 'poor',
                text: 'Verktøyet har skapt feil svar, uro eller et personvernproblem, og motstanden mot ny teknologi i etaten har økt.',
                debrief: `Veien din gikk for fort frem, eller stoppet uten læring:

- **Utforsk og ta i bruk ny teknologi og nye arbeidsformer:** Ny teknologi uten tidlig involvering skaper motstand.
- **Frem forsvarlig bruk og deling av data:** Personvernet må vurderes før verktøyet tas i bruk, og leverandørens løfte er ingen vurdering.
- **Bygg kultur for innovasjon og kontinuerlig læring:** Når feil blir skjøvet over på andre eller ikke blir rettet, lærer ingen.`,
              },
            ],
          },
        },
      ],
    },
    {
      id: 'vi-refleksjon',
      title: 'Din refleksjon',
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-vaer-innovativ',
          prompt: 'Hvilken ny teknologi eller arbeidsform vil du utforske det neste året, og hvem må være med fra start? Hvordan gjør du det trygt å prøve og feile?',
          hint: 'Finn ut hvilke KI-verktøy virksomheten din har godkjent.',
          planLabel: 'Vær innovativ',
        },
      ],
    },
  ],
});
