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
          body: `Teknologi beskrives i grunnlaget som en av de viktigste driverne for endring. Ny teknologi, og særlig kunstig intelligens (KI), kan bidra til å løse mange av utfordringene. Men teknologien gir også nye utfordringer: sikkerhet, risiko og sårbarhetsvurderinger, spørsmål om regulering og behov for kompetanse for å ta den i bruk.`,
        },
        {
          kind: 'key-points',
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
          by: 'En leder i innspillsrunden',
          source: 'Grunnlag for god ledelse i staten',
        },
        {
          kind: 'text',
          body: `Ledere har en viktig oppgave i å bygge kultur for innovasjon, ved å tillate å prøve og feile – og lære av feilene. Grunnlaget sier det rett ut: Uten takhøyde for feil skjer det ingen læring eller nytenkning.`,
        },
      ],
    },
    {
      id: 'vi-teknologi',
      title: 'Teknologi og data',
      blocks: [
        {
          kind: 'text',
          body: `## Utforsk og ta i bruk ny teknologi og nye arbeidsformer

Du trenger ikke være teknolog. Men ifølge innspillsrunden må ledere kunne nok til å stille de gode spørsmålene, og de må forstå hvordan teknologien kan påvirke virksomheten, de ansatte og måten arbeidsoppgavene løses på.

Ved bruk av ny teknologi er det særlig viktig å involvere de tillitsvalgte tidlig, slik hovedavtalen vektlegger. Grunnlaget begrunner det blant annet med at KI kan endre arbeidslivet på grunnleggende måter som vi ennå ikke helt overskuer.

Et eksempel: Tenk deg at du vurderer et KI-verktøy som lager utkast til svar på henvendelser. Gode spørsmål er: Hvilke oppgaver skal verktøyet løse – og hvilke ikke? Hvordan kontrollerer vi kvaliteten? Hvilke data bruker det? Hva betyr det for arbeidshverdagen til dem som skal bruke det?

Nye arbeidsformer handler ikke bare om teknologi. Det kan også være å jobbe i tverrfaglige team, teste ideer i små forsøk eller utvikle tjenester sammen med brukerne.`,
        },
        {
          kind: 'quote',
          text: 'Erfaringa vår er at vi framleis må ha nokon på toppen som set retning og forstår forretninga, men leiarane treng ikkje ha alla svara (..). Derfor seier vi at modige leiarar ikkje alltid veit best',
          by: 'Digitaliseringsrådet',
          source: 'Digitaliseringsrådets rapport (2023), sitert i Grunnlag for god ledelse i staten',
          lang: 'nn',
        },
        {
          kind: 'text',
          body: `Sitatet er på nynorsk, slik det er gjengitt i grunnlaget. Poenget er at du som leder skal sette retning og forstå virksomheten, men at du ikke trenger å ha alle svarene selv.

## Frem forsvarlig bruk og deling av data

Data er en viktig ressurs i forvaltningen. Når data blir delt og brukt på nytt, kan innbyggerne slippe å oppgi det samme flere ganger, og virksomhetene kan ta bedre beslutninger. *Forsvarlig* betyr at bruken og delingen har et rettslig grunnlag, ivaretar personvern og informasjonssikkerhet, og at dataene har god nok kvalitet til formålet.

Et eksempel: Enheten din har data som en annen etat kunne brukt til å forenkle en tjeneste. I stedet for å si nei av gammel vane – eller ja uten å sjekke – tar du initiativ til å avklare formål, rettslig grunnlag og sikkerhet. Så deler dere hvis det er forsvarlig.`,
        },
      ],
    },
    {
      id: 'vi-kultur',
      title: 'Kultur for innovasjon og læring',
      blocks: [
        {
          kind: 'text',
          body: `## Bygg kultur for innovasjon og kontinuerlig læring

En viktig del av å skape kultur for innovasjon handler om takhøyde for feil. Innspillsrunden la vekt på å lede gjennom eksempel: Ledere må selv tørre å feile og lære – og slik bidra til større psykologisk trygghet.

Psykologisk trygghet betyr at medarbeiderne tør å si fra, stille spørsmål, foreslå noe nytt og innrømme feil uten å være redde for å bli latterliggjort eller straffet.

Takhøyde for feil betyr ikke at alt er lov. Regelverket og forvaltningsverdiene gjelder fortsatt. Start gjerne i det små: Prøv en idé i liten skala, bestem på forhånd hva dere vil lære, og evaluer ærlig.

Et eksempel: Et forsøk med digitale veiledningsmøter for brukerne får lav oppslutning. I stedet for å legge det stille bort forteller du på et allmøte hva dere prøvde, hva som ikke virket, hva dere lærte – og hva dere vil prøve neste gang.

*Kontinuerlig* læring betyr at læringen ikke stopper når prosjektet er over. Dere setter av tid til å se tilbake, og dere deler det dere lærer med andre.`,
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
            id: 'vi-q1',
            kind: 'single',
            objective: 'vaer-innovativ',
            prompt: 'Du vurderer å ta i bruk et KI-verktøy i saksbehandlingen. Når bør du involvere de tillitsvalgte?',
            options: [
              {
                id: 'vi-q1-a',
                text: 'Tidlig, mens dere fortsatt vurderer om og hvordan verktøyet skal brukes',
                correct: true,
                feedback: 'Riktig. Grunnlaget sier at det ved bruk av ny teknologi er særlig viktig å involvere de tillitsvalgte tidlig, slik hovedavtalen vektlegger.',
              },
              {
                id: 'vi-q1-b',
                text: 'Når verktøyet er valgt og klart til bruk, slik at de får konkret informasjon',
                feedback: 'Ikke riktig. Da er det for sent til at innspillene kan påvirke valget. Involveringen skal skje tidlig.',
              },
              {
                id: 'vi-q1-c',
                text: 'Bare hvis verktøyet fører til at noen får andre arbeidsoppgaver',
                feedback: 'Ikke riktig. KI kan endre arbeidslivet på måter vi ennå ikke helt overskuer. Derfor bør de tillitsvalgte inn tidlig – ikke først når konsekvensene er kjent.',
              },
            ],
          },
        },
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
                text: 'Lederen forteller åpent om egne feil og hva hun lærte av dem',
                correct: true,
                feedback: 'Riktig. Å lede gjennom eksempel og selv tørre å feile og lære bidrar til større psykologisk trygghet.',
              },
              {
                id: 'vi-q2-b',
                text: 'Teamet prøver nye ideer i liten skala og evaluerer dem ærlig',
                correct: true,
                feedback: 'Riktig. Små forsøk med ærlig evaluering gir takhøyde for feil og læring uten at risikoen blir for stor.',
              },
              {
                id: 'vi-q2-c',
                text: 'Nye ideer blir bare prøvd ut når man er sikker på at de vil lykkes',
                feedback: 'Ikke riktig. Da er det ingen takhøyde for feil. Uten den skjer det ifølge grunnlaget ingen læring eller nytenkning.',
              },
              {
                id: 'vi-q2-d',
                text: 'Feil blir rettet raskt og i stillhet, så de ikke skaper uro',
                feedback: 'Ikke riktig. Feil skal rettes, men når de ties om, lærer ingen av dem. Kontinuerlig læring krever åpenhet.',
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'vi-q3',
            kind: 'ordering',
            objective: 'vaer-innovativ',
            prompt: 'Du vil prøve ut en ny arbeidsform i enheten din. Sett stegene i en rekkefølge som gir læring.',
            items: [
              { id: 'vi-q3-a', text: 'Beskriv problemet dere vil løse, og hva dere vil lære' },
              { id: 'vi-q3-b', text: 'Involver medarbeiderne og de tillitsvalgte i hvordan forsøket skal gjennomføres' },
              { id: 'vi-q3-c', text: 'Prøv ut i liten skala i en avgrenset periode' },
              { id: 'vi-q3-d', text: 'Evaluer ærlig, også det som ikke virket' },
              { id: 'vi-q3-e', text: 'Bestem om dere skal utvide, justere eller avslutte – og del det dere har lært' },
            ],
            feedbackCorrect: 'Riktig. Et tydelig formål, tidlig involvering, et avgrenset forsøk og en ærlig evaluering gjør at dere lærer – uansett om forsøket lykkes.',
            feedbackIncorrect: 'Ikke helt. Start med hva dere vil løse og lære, og involver før dere prøver. Evalueringen kommer før beslutningen om veien videre, og læringen deles til slutt.',
          },
        },
        {
          kind: 'question',
          question: {
            id: 'vi-q4',
            kind: 'single',
            objective: 'vaer-innovativ',
            prompt: 'En annen etat spør om å få bruke data fra enheten din for å forenkle en tjeneste for innbyggerne. Hva er mest i tråd med «Frem forsvarlig bruk og deling av data»?',
            options: [
              {
                id: 'vi-q4-a',
                text: 'Avklare formål, rettslig grunnlag, personvern og sikkerhet – og dele hvis det er forsvarlig',
                correct: true,
                feedback: 'Riktig. Punktet ber deg fremme deling, men på en forsvarlig måte.',
              },
              {
                id: 'vi-q4-b',
                text: 'Si nei, fordi data fra egen virksomhet helst bør holdes internt',
                feedback: 'Ikke riktig. Punktet ber deg fremme bruk og deling av data. Et nei av gammel vane kan gjøre tjenesten dårligere for innbyggerne.',
              },
              {
                id: 'vi-q4-c',
                text: 'Sende dataene med én gang, siden det er til det beste for innbyggerne',
                feedback: 'Ikke riktig. Et godt formål er ikke nok. Delingen må være forsvarlig, med rettslig grunnlag og god sikkerhet.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'vi-case',
      title: 'Case: Et KI-verktøy i seksjonen',
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'vi-scenario',
            title: 'Et KI-verktøy i seksjonen',
            objective: 'vaer-innovativ',
            intro: `Tenk deg at du leder en seksjon i en statlig etat som får mange skriftlige henvendelser fra innbyggere. Svartiden har økt til tre uker, og både innbyggerne og medarbeiderne er frustrerte.

Etaten har fått mulighet til å prøve et KI-verktøy som lager utkast til svar. Direktøren vil gjerne at seksjonen din tester det.`,
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: 'Du skal sette i gang arbeidet. Hvordan starter du?',
                choices: [
                  {
                    id: 'a1',
                    text: 'Du informerer de tillitsvalgte og medarbeiderne tidlig, og inviterer dem med på å vurdere hvilke henvendelser verktøyet kan passe for, og hvordan dere skal prøve det ut.',
                    rating: 'strong',
                    consequence: 'Noen er skeptiske, men alle vet hva som skjer. Erfarne saksbehandlere peker på hvilke henvendelser som er for sammensatte for et KI-utkast. Det gjør forsøket bedre.',
                    next: 'data',
                  },
                  {
                    id: 'a2',
                    text: 'Du setter ned en liten arbeidsgruppe med de to mest teknologiinteresserte medarbeiderne, og venter med å involvere andre til dere vet mer.',
                    rating: 'partly',
                    consequence: 'Arbeidsgruppen kommer raskt i gang, men resten av seksjonen hører om verktøyet gjennom rykter.',
                    next: 'bekymring',
                  },
                  {
                    id: 'a3',
                    text: 'Du bestemmer at hele seksjonen skal bruke verktøyet fra neste måned. Det haster med svartiden.',
                    rating: 'weak',
                    consequence: 'Beslutningen kommer overraskende på medarbeiderne og de tillitsvalgte. Ingen vet hvordan kvaliteten skal sikres.',
                    next: 'bekymring',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'data',
                text: 'Det viser seg at verktøyet fungerer best hvis det får lese tidligere henvendelser og svar, og de inneholder personopplysninger. Leverandøren foreslår å laste opp alt til sin skytjeneste. Hva gjør du?',
                choices: [
                  {
                    id: 'b1',
                    text: 'Du ber om en vurdering av personvern og informasjonssikkerhet sammen med fagfolkene i virksomheten før noe lastes opp, og starter forsøket med henvendelser uten personopplysninger.',
                    rating: 'strong',
                    consequence: 'Forsøket starter litt smalere enn leverandøren ønsket, men dere vet at bruken av data er forsvarlig. Vurderingen gir også svar dere får bruk for senere.',
                    next: 'pilot',
                  },
                  {
                    id: 'b2',
                    text: 'Du laster opp et utvalg henvendelser, og ber teamet fjerne navnene først.',
                    rating: 'partly',
                    consequence: 'Det er godt ment, men å fjerne navn er ikke alltid nok til at ingen kan kjennes igjen. Ingen har vurdert om bruken er forsvarlig.',
                    next: 'pilot-skeptisk',
                  },
                  {
                    id: 'b3',
                    text: 'Du godtar forslaget. Leverandøren er stor og sier at løsningen er sikker.',
                    rating: 'weak',
                    consequence: 'Store mengder personopplysninger havner hos leverandøren uten at noen har vurdert rettslig grunnlag eller sikkerhet.',
                    next: 'stans',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'bekymring',
                text: 'Hovedtillitsvalgt ber om et møte. Flere erfarne saksbehandlere er bekymret: Blir jobben deres borte? Hvem har ansvaret hvis et KI-svar er feil? Hva gjør du?',
                choices: [
                  {
                    id: 'c1',
                    text: 'Du tar bekymringene på alvor og inviterer de tillitsvalgte og medarbeiderne med i planleggingen. Sammen lager dere et avgrenset forsøk med klare regler for kontroll av svarene, og dere venter med å bruke personopplysninger til bruken er vurdert.',
                    rating: 'strong',
                    consequence: 'Møtet blir starten på et bedre samarbeid. Saksbehandlerne får ansvaret for å kontrollere utkastene, og det gjør dem tryggere.',
                    next: 'pilot',
                  },
                  {
                    id: 'c2',
                    text: 'Du holder et informasjonsmøte der du forklarer fordelene med verktøyet.',
                    rating: 'partly',
                    consequence: 'Du får fram fordelene, men spørsmålene om ansvar og arbeidshverdag blir stående ubesvart. Mange er fortsatt skeptiske.',
                    next: 'pilot-skeptisk',
                  },
                  {
                    id: 'c3',
                    text: 'Du sier at beslutningen er tatt, og at alle skal få opplæring.',
                    rating: 'weak',
                    consequence: 'De tillitsvalgte opplever at de ikke blir involvert i en endring som kan påvirke arbeidshverdagen til alle i seksjonen.',
                    next: 'stans',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'pilot',
                text: 'Forsøket har gått i seks uker. Resultatet er blandet: Svartiden på enkle spørsmål er halvert, men verktøyet lager ofte feil på sammensatte spørsmål. Saksbehandlerne fanget opp de fleste feilene, men to feil svar gikk ut. Ledelsen spør hva du anbefaler.',
                choices: [
                  {
                    id: 'd1',
                    text: 'Du legger fram både det som virket og det som ikke virket, anbefaler bruk bare på enkle henvendelser med kontroll av en saksbehandler, og deler erfaringene med andre seksjoner.',
                    rating: 'strong',
                    consequence: 'Ledelsen får et ærlig grunnlag. Verktøyet blir tatt i bruk der det fungerer, og andre seksjoner slipper å gjøre de samme feilene.',
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: 'Du anbefaler å avslutte forsøket. Feilene viser at teknologien ikke er moden.',
                    rating: 'partly',
                    consequence: 'Det er trygt, men dere kaster også det som virket. Et forsøk som delvis mislykkes, er ikke mislykket – det er læring.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: 'Du anbefaler å innføre verktøyet i hele etaten, og nevner ikke de to feilene. Resultatene på svartid er jo gode.',
                    rating: 'weak',
                    consequence: 'Verktøyet blir innført overalt. Etter kort tid går flere feil svar ut, og tilliten til verktøyet – og til deg – faller.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'pilot-skeptisk',
                text: 'Forsøket er i gang, men mange saksbehandlere er skeptiske og bruker verktøyet lite. Etter seks uker er resultatet blandet: Svartiden på enkle spørsmål har gått ned, men to feil svar har gått ut. Ledelsen spør hva du anbefaler.',
                choices: [
                  {
                    id: 'e1',
                    text: 'Du legger fram resultatene ærlig – også at involveringen kom for sent – og foreslår en ny runde der de tillitsvalgte og saksbehandlerne er med på å forme forsøket.',
                    rating: 'strong',
                    consequence: 'Ledelsen setter pris på ærligheten, og den nye runden får bedre oppslutning. Men dere har tapt tid.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: 'Du anbefaler å avslutte forsøket.',
                    rating: 'partly',
                    consequence: 'Ingen skade skjer, men heller ingen læring: Dere vet ikke om verktøyet ikke fungerte, eller om det bare ikke ble brukt.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e3',
                    text: 'Du anbefaler å innføre verktøyet i hele etaten, og nevner ikke feilene.',
                    rating: 'weak',
                    consequence: 'Verktøyet blir innført uten at noen vet hvordan det fungerer i praksis. Feilene fortsetter, og skepsisen sprer seg.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'stans',
                text: 'Etter tre uker stanser ledelsen forsøket. De tillitsvalgte har tatt opp at de ikke er involvert, og personvernombudet spør om bruken av personopplysninger er vurdert. Ingen har et godt svar. Hva gjør du?',
                choices: [
                  {
                    id: 'f1',
                    text: 'Du tar ansvar, ber om en vurdering av personvern og sikkerhet, og starter på nytt med de tillitsvalgte og medarbeiderne med fra begynnelsen.',
                    rating: 'strong',
                    consequence: 'Det koster måneder, men den nye starten bygger på et forsvarlig grunnlag og et bedre samarbeid.',
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f2',
                    text: 'Du retter opp det personvernombudet peker på, og starter forsøket igjen så raskt som mulig.',
                    rating: 'partly',
                    consequence: 'Det formelle blir ryddet opp i, men medarbeiderne og de tillitsvalgte er fortsatt ikke med. Forsøket får liten oppslutning.',
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: 'Du legger skylden på leverandøren og avslutter forsøket.',
                    rating: 'weak',
                    consequence: 'Ingen lærer noe, og neste gang noen foreslår å prøve ny teknologi, er motstanden enda større.',
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: 'Et forsøk som ga læring',
                outcome: 'good',
                text: 'Verktøyet blir brukt der det fungerer, med kontroll av saksbehandlere. Svartiden går ned, medarbeiderne er med, og erfaringene blir delt i etaten.',
                debrief: `Du brukte punktene under **Vær innovativ**:

- **Utforsk og ta i bruk ny teknologi og nye arbeidsformer:** Du prøvde verktøyet i et avgrenset forsøk, og de tillitsvalgte og medarbeiderne var med på å forme det før det startet. Ved bruk av ny teknologi er det særlig viktig å involvere de tillitsvalgte tidlig, slik hovedavtalen vektlegger.
- **Frem forsvarlig bruk og deling av data:** Du brukte data bare når det var vurdert som forsvarlig.
- **Bygg kultur for innovasjon og kontinuerlig læring:** Du var ærlig om det som ikke virket, og delte læringen med andre. Det gir takhøyde for feil.`,
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: 'Noe lært – men med omveier',
                outcome: 'mixed',
                text: 'Seksjonen har lært noe om verktøyet, men forsøket har tatt lang tid, fått lav oppslutning eller blitt avsluttet før dere fikk brukt det som virket.',
                debrief: `Se tilbake på valgene dine i lys av punktene under **Vær innovativ**:

- **Utforsk og ta i bruk ny teknologi og nye arbeidsformer:** Kom de tillitsvalgte og medarbeiderne inn tidlig nok?
- **Frem forsvarlig bruk og deling av data:** Var bruken av personopplysninger vurdert før den startet?
- **Bygg kultur for innovasjon og kontinuerlig læring:** Ble forsøket evaluert ærlig – og ble det som virket, tatt vare på?`,
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: 'Teknologi uten tillit',
                outcome: 'poor',
                text: 'Verktøyet skaper feil, uro eller personvernproblemer, og motstanden mot ny teknologi i etaten har økt.',
                debrief: `Valgene dine gikk på tvers av punktene under **Vær innovativ**:

- **Utforsk og ta i bruk ny teknologi og nye arbeidsformer:** Ny teknologi uten tidlig involvering av tillitsvalgte og medarbeidere skaper motstand.
- **Frem forsvarlig bruk og deling av data:** Data må brukes forsvarlig – det er ikke nok at leverandøren sier at løsningen er sikker.
- **Bygg kultur for innovasjon og kontinuerlig læring:** Når feil blir skjult eller skylden lagt på andre, lærer ingen noe.

Prøv gjerne casen på nytt og se hva som skjer med andre valg.`,
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
          prompt: 'Hva betyr «Vær innovativ» for deg i din virksomhet? Hvilken ny teknologi eller arbeidsform vil du utforske det neste året, og hvem må være med fra starten? Hva vil du gjøre for at det skal være trygt å prøve, feile og lære i enheten din?',
          hint: 'Tenk på én oppgave som tar mye tid i dag. Hvilke gode spørsmål må du stille før dere prøver noe nytt?',
          planLabel: 'Vær innovativ',
        },
      ],
    },
  ],
});
