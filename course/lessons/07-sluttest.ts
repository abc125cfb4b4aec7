import { defineLesson } from '../schema/index.ts';

/**
 * Sluttest: to spørsmål per forventning trekkes fra banken i hvert forsøk. Spørsmålene er andre
 * enn i kunnskapssjekkene, og de prøver forståelse og bruk, ikke pugg.
 */
export default defineLesson({
  id: 'sluttest',
  title: 'Sluttest',
  summary: 'Ti spørsmål, to fra hver forventning. Du trenger 80 prosent riktig for å bestå.',
  pages: [
    {
      id: 'sluttest-side',
      title: 'Sluttest',
      blocks: [
        {
          kind: 'assessment',
          id: 'sluttest-vurdering',
          intro: `Sluttesten har ti spørsmål: to fra hver av de fem forventningene. Spørsmålene blir trukket fra en større samling, så du får nye spørsmål hvis du prøver igjen.

Du må ha minst 80 prosent riktig for å bestå, og du har tre forsøk. Flere av spørsmålene beskriver situasjoner fra hverdagen som leder. Velg det som passer best med forventningene i Grunnlag for god ledelse i staten.`,
          drawPerObjective: 2,
          maxAttempts: 3,
          bank: [
            // ---- Kjenn rammene ----
            {
              id: 'st-kr-1',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: 'Politisk ledelse i departementet vil at virksomheten raskt skal innføre en ny ordning. Fagmiljøet ditt mener at tidsplanen gir stor risiko for feil i vedtakene. Hva gjør du?',
              options: [
                {
                  id: 'st-kr-1-a',
                  text: 'Du sier tydelig fra om risikoen i styringslinjen, foreslår hvordan den kan reduseres, og følger opp beslutningen som blir tatt',
                  correct: true,
                  feedback: 'Riktig. Faglig integritet betyr å si fra om risikoen. Demokrati og styringslinjen betyr at du deretter følger opp beslutningen som blir tatt.',
                },
                {
                  id: 'st-kr-1-b',
                  text: 'Du setter i gang som bestilt og holder den faglige bekymringen for deg selv',
                  feedback: 'Ikke riktig. Lojalitet betyr ikke taushet. Uten faglige råd får ikke politisk ledelse et godt grunnlag for beslutningen – det bryter med faglig integritet.',
                },
                {
                  id: 'st-kr-1-c',
                  text: 'Du venter med å sette i gang til departementet har endret tidsplanen',
                  feedback: 'Ikke riktig. Du skal gi faglige råd, men det er politisk ledelse som bestemmer. Å la være å følge opp en beslutning bryter med demokrati som forvaltningsverdi.',
                },
              ],
            },
            {
              id: 'st-kr-2',
              kind: 'multiple',
              objective: 'kjenn-rammene',
              prompt: 'Hvilke av disse er politiske og administrative rammer du som leder i en statlig virksomhet må kjenne? Velg alle som passer.',
              options: [
                {
                  id: 'st-kr-2-a',
                  text: 'Tildelingsbrevet og budsjettet for virksomheten',
                  correct: true,
                  feedback: 'Riktig. Her går det fram hva virksomheten skal prioritere, og hvilke ressurser den har.',
                },
                {
                  id: 'st-kr-2-b',
                  text: 'Lover og regelverk for oppgavene enheten din løser',
                  correct: true,
                  feedback: 'Riktig. Regelverket setter rammene for hvordan oppgavene skal løses, og er grunnlaget for rettssikkerheten.',
                },
                {
                  id: 'st-kr-2-c',
                  text: 'Fullmaktene du har fått delegert som leder',
                  correct: true,
                  feedback: 'Riktig. Fullmaktene viser hva du kan bestemme selv – og dermed ansvaret som ligger i din lederrolle.',
                },
                {
                  id: 'st-kr-2-d',
                  text: 'Hva flertallet av medarbeiderne mener er den riktige prioriteringen',
                  feedback: 'Ikke riktig. Medarbeidernes syn er et viktig innspill, og du bør lytte til det. Men det er ikke en politisk eller administrativ ramme.',
                },
              ],
            },
            {
              id: 'st-kr-3',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: 'Enheten din har fått nye oppgaver uten at ressursene har økt. Hva er det beste første steget?',
              options: [
                {
                  id: 'st-kr-3-a',
                  text: 'Avklare hvilke oppgaver som er viktigst, og hva som er «godt nok» for resten – og forankre det hos lederen din',
                  correct: true,
                  feedback: 'Riktig. Det er å prioritere og bruke handlingsrommet, og samtidig holde styringslinjen orientert.',
                },
                {
                  id: 'st-kr-3-b',
                  text: 'La hver medarbeider prioritere sine egne oppgaver',
                  feedback: 'Ikke riktig. Medarbeiderne skal ha handlingsrom, men prioriteringen mellom enhetens oppgaver er lederens ansvar. Uten felles prioriteringer blir resultatet tilfeldig.',
                },
                {
                  id: 'st-kr-3-c',
                  text: 'Be alle jobbe litt mer til ressurssituasjonen blir bedre',
                  feedback: 'Ikke riktig. Det utsetter prioriteringen og sliter på folk. Grunnlaget peker på mot til å prioritere og klargjøre hva som er «godt nok».',
                },
              ],
            },
            {
              id: 'st-kr-4',
              kind: 'multiple',
              objective: 'kjenn-rammene',
              prompt: 'Du vurderer å endre hvordan seksjonen tar imot og fordeler henvendelser. Hva er i tråd med «Bruk partssamarbeidet og medbestemmelse aktivt»? Velg alle som passer.',
              options: [
                {
                  id: 'st-kr-4-a',
                  text: 'Ta saken opp med de tillitsvalgte før du har bestemt deg',
                  correct: true,
                  feedback: 'Riktig. Når de tillitsvalgte kommer inn tidlig, kan innspillene deres faktisk påvirke løsningen.',
                },
                {
                  id: 'st-kr-4-b',
                  text: 'Be medarbeiderne om innspill på hvordan endringen vil virke i hverdagen',
                  correct: true,
                  feedback: 'Riktig. Involvering av medarbeiderne er en del av den norske modellen og bidrar til bedre beslutninger.',
                },
                {
                  id: 'st-kr-4-c',
                  text: 'Informere de tillitsvalgte når den nye ordningen er klar til å tas i bruk',
                  feedback: 'Ikke riktig. Da er det for sent til å påvirke. Å informere om noe som er bestemt, er ikke å bruke medbestemmelse aktivt.',
                },
                {
                  id: 'st-kr-4-d',
                  text: 'La være å involvere de tillitsvalgte fordi endringen virker liten',
                  feedback: 'Ikke riktig. Endringer som virker små for lederen, kan bety mye for arbeidshverdagen. Å bruke partssamarbeidet aktivt gjelder også i det daglige.',
                },
              ],
            },
            {
              id: 'st-kr-5',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: 'Hvorfor er partssamarbeid og medbestemmelse viktig for ledelse i staten, ifølge grunnlaget?',
              options: [
                {
                  id: 'st-kr-5-a',
                  text: 'Ledelse i staten skal utøves med den norske modellen som plattform, der partssamarbeid, medbestemmelse og involvering bidrar til bedre beslutninger',
                  correct: true,
                  feedback: 'Riktig. Grunnlaget beskriver den norske modellen som plattformen for ledelse i staten, og begrunner det med at involvering gir bedre beslutninger.',
                },
                {
                  id: 'st-kr-5-b',
                  text: 'Partssamarbeid flytter ansvaret for beslutningene fra lederen til de tillitsvalgte',
                  feedback: 'Ikke riktig. Du har fortsatt lederansvaret. Partssamarbeid handler om å involvere tidlig, slik at beslutningene blir bedre.',
                },
                {
                  id: 'st-kr-5-c',
                  text: 'Partssamarbeid er først og fremst en formalitet som må være på plass før store omstillinger',
                  feedback: 'Ikke riktig. Grunnlaget ber deg bruke partssamarbeidet og medbestemmelse aktivt – også i det daglige, ikke bare som en formalitet.',
                },
              ],
            },

            // ---- Styrk medarbeiderne ----
            {
              id: 'st-sm-1',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: 'En dyktig rådgiver spør om hun kan lede et prosjekt for første gang. Hva er mest i tråd med forventningen om å styrke medarbeiderne?',
              options: [
                {
                  id: 'st-sm-1-a',
                  text: 'Gi henne prosjektet med tydelige mål, ansvar og rammer, og avtal når dere skal snakke om hvordan det går',
                  correct: true,
                  feedback: 'Riktig. Du viser tillit gjennom tydelig ansvar og handlingsrom, og du legger til rette for kompetanseutvikling.',
                },
                {
                  id: 'st-sm-1-b',
                  text: 'Si at hun bør vente til hun har mer erfaring',
                  feedback: 'Ikke riktig. Du går glipp av en mulighet til å motivere og utvikle kompetanse – og hun kan miste motivasjonen.',
                },
                {
                  id: 'st-sm-1-c',
                  text: 'Gi henne prosjektet, men ta alle viktige beslutninger selv',
                  feedback: 'Ikke riktig. Ansvar uten handlingsrom er ikke tillit. Hun får ansvaret, men ikke muligheten til å bruke kompetansen sin.',
                },
              ],
            },
            {
              id: 'st-sm-2',
              kind: 'multiple',
              objective: 'styrk-medarbeiderne',
              prompt: 'Du vil motivere til medarbeiderskap i teamet ditt. Hva bidrar til det? Velg alle som passer.',
              options: [
                {
                  id: 'st-sm-2-a',
                  text: 'Dele informasjon om hvorfor beslutninger blir tatt, og invitere til innspill',
                  correct: true,
                  feedback: 'Riktig. Medarbeidere som forstår helheten og blir involvert, tar lettere ansvar for felles mål.',
                },
                {
                  id: 'st-sm-2-b',
                  text: 'Gi rom for at medarbeiderne selv tar initiativ til forbedringer',
                  correct: true,
                  feedback: 'Riktig. Medarbeiderskap vokser når initiativ blir tatt godt imot.',
                },
                {
                  id: 'st-sm-2-c',
                  text: 'Gi detaljerte instrukser for alle oppgaver, så ingen er i tvil',
                  feedback: 'Ikke riktig. Detaljstyring gir lite rom for ansvar og initiativ. Tydelighet handler om mål og rammer, ikke om hvert steg.',
                },
                {
                  id: 'st-sm-2-d',
                  text: 'Rose særlig dem som aldri stiller spørsmål ved beslutninger',
                  feedback: 'Ikke riktig. Medarbeiderskap innebærer også å si fra og stille spørsmål. Nysgjerrighet og faglige innvendinger er verdifulle.',
                },
              ],
            },
            {
              id: 'st-sm-3',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: 'En medarbeider har skrevet en utredning som er faglig sterk, men vanskelig å lese. Hvilken tilbakemelding er best?',
              options: [
                {
                  id: 'st-sm-3-a',
                  text: '«Den faglige vurderingen er solid. Hvis du setter konklusjonen først og bruker færre fagord, får ledelsen mer ut av den.»',
                  correct: true,
                  feedback: 'Riktig. Den anerkjenner det som er bra, og gir et konkret råd om hva som kan bli bedre. Det er en konstruktiv tilbakemelding.',
                },
                {
                  id: 'st-sm-3-b',
                  text: '«Fin utredning, takk!»',
                  feedback: 'Ikke helt. Det er anerkjennende, men medarbeideren får ikke vite hva som var bra, eller hva som kan bli bedre.',
                },
                {
                  id: 'st-sm-3-c',
                  text: '«Dette er for tungt. Skriv det om.»',
                  feedback: 'Ikke riktig. Tilbakemeldingen overser det faglige arbeidet og sier ikke hvordan teksten kan bli bedre.',
                },
              ],
            },
            {
              id: 'st-sm-4',
              kind: 'ordering',
              objective: 'styrk-medarbeiderne',
              prompt: 'Du skal ta imot en ny medarbeider med annen faglig bakgrunn enn resten av teamet. Sett stegene i en rekkefølge som bidrar til et inkluderende arbeidsfellesskap.',
              items: [
                { id: 'st-sm-4-a', text: 'Forbered teamet, og sørg for at den nye har en fast kollega å spørre' },
                { id: 'st-sm-4-b', text: 'Snakk med den nye den første uka om forventninger, erfaring og hva hun eller han trenger' },
                { id: 'st-sm-4-c', text: 'Gi tidlig en oppgave der erfaringen til den nye kommer til nytte' },
                { id: 'st-sm-4-d', text: 'Følg opp etter noen uker: Opplever den nye å bli hørt i teamet?' },
              ],
              feedbackCorrect: 'Riktig. Inkludering begynner før første arbeidsdag, og handler om at kompetansen til den nye blir brukt – og om å følge opp at det faktisk skjer.',
              feedbackIncorrect: 'Ikke helt. Forbered før den nye kommer, snakk sammen den første uka, bruk erfaringen tidlig – og følg opp etter noen uker.',
            },
            {
              id: 'st-sm-5',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: 'Hvorfor er tillit særlig viktig når du leder kunnskapsmedarbeidere, ifølge innspillene til grunnlaget?',
              options: [
                {
                  id: 'st-sm-5-a',
                  text: 'Uten reell autonomi og handlingsrom mister de motivasjon, og det blir vanskeligere å beholde kompetanse',
                  correct: true,
                  feedback: 'Riktig. Grunnlaget ser tillit som en forutsetning for engasjerte ansatte – og for å beholde kompetansen virksomheten trenger.',
                },
                {
                  id: 'st-sm-5-b',
                  text: 'Kunnskapsmedarbeidere klarer seg godt uten ledelse',
                  feedback: 'Ikke riktig. Innspillene sier tvert imot at ledere blir svært viktige fremover. Det er måten å lede på som endrer seg: fra å ha «alle» svar til å finne løsninger sammen.',
                },
                {
                  id: 'st-sm-5-c',
                  text: 'Tillit gjør det unødvendig å ha tydelige mål',
                  feedback: 'Ikke riktig. Punktet handler om tillit gjennom tydelig ansvar og handlingsrom. Tydelige mål er en del av det som gjør tillit mulig.',
                },
              ],
            },

            // ---- Se helheten ----
            {
              id: 'st-sh-1',
              kind: 'single',
              objective: 'se-helheten',
              prompt: 'Enheten din skal lage en ny veileder for kommunene. Hva viser best at du ser utover egen virksomhet?',
              options: [
                {
                  id: 'st-sh-1-a',
                  text: 'Du tar med noen kommuner og andre statlige aktører som veileder kommunene, tidlig i arbeidet',
                  correct: true,
                  feedback: 'Riktig. Da får du fram behovene til dem som skal bruke veilederen, og du unngår at kommunene får motstridende råd fra staten.',
                },
                {
                  id: 'st-sh-1-b',
                  text: 'Du sender veilederen ut når den er ferdig, og inviterer til tilbakemeldinger',
                  feedback: 'Ikke helt. Tilbakemeldinger er nyttige, men når veilederen er ferdig, er det sent å påvirke den. Samarbeid på tvers virker best tidlig.',
                },
                {
                  id: 'st-sh-1-c',
                  text: 'Du lar fagfolkene i enheten skrive den alene, siden de kjenner regelverket best',
                  feedback: 'Ikke riktig. Fagkunnskapen er viktig, men uten dem som skal bruke veilederen, blir det lett en løsning sett bare fra egen virksomhet.',
                },
              ],
            },
            {
              id: 'st-sh-2',
              kind: 'multiple',
              objective: 'se-helheten',
              prompt: 'Hva viser at en leder har bevissthet om sikkerhet og beredskap? Velg alle som passer.',
              options: [
                {
                  id: 'st-sh-2-a',
                  text: 'Enheten har en plan for hvordan de viktigste oppgavene blir løst hvis IT-systemene er nede, og har øvd på den',
                  correct: true,
                  feedback: 'Riktig. Beredskap betyr å være forberedt – og planer virker først når de er øvd på.',
                },
                {
                  id: 'st-sh-2-b',
                  text: 'Medarbeiderne vet at de skal si fra om sikkerhetshendelser, også egne feil, og de blir takket for det',
                  correct: true,
                  feedback: 'Riktig. En kultur der det er trygt å si fra, gjør at hendelser blir oppdaget og håndtert tidlig.',
                },
                {
                  id: 'st-sh-2-c',
                  text: 'Sikkerhet er overlatt til IT-avdelingen, slik at lederen kan konsentrere seg om fagarbeidet',
                  feedback: 'Ikke riktig. IT-avdelingen er viktig, men sikkerhet og beredskap er også et lederansvar i enheten.',
                },
                {
                  id: 'st-sh-2-d',
                  text: 'Hendelser uten synlige skader blir ikke meldt, for å spare tid',
                  feedback: 'Ikke riktig. Hendelser uten synlige skader kan vise svakheter som må rettes før noe alvorlig skjer.',
                },
              ],
            },
            {
              id: 'st-sh-3',
              kind: 'single',
              objective: 'se-helheten',
              prompt: 'Grunnlaget kaller samfunnsoppdraget og forvaltningsverdiene en navigasjonshjelp i en usikker og urolig tid. Hva betyr det i praksis?',
              options: [
                {
                  id: 'st-sh-3-a',
                  text: 'Når du må prioritere i en uoversiktlig situasjon, kan du spørre: Hvem er vi til for, og hva krever verdiene av oss?',
                  correct: true,
                  feedback: 'Riktig. Samfunnsoppdraget og verdiene gir retning når situasjonen er uklar og planene ikke strekker til.',
                },
                {
                  id: 'st-sh-3-b',
                  text: 'At virksomheten bør endre samfunnsoppdraget sitt når tidene er urolige',
                  feedback: 'Ikke riktig. Poenget er det motsatte: Samfunnsoppdraget er det faste punktet som hjelper deg å navigere når omgivelsene endrer seg.',
                },
                {
                  id: 'st-sh-3-c',
                  text: 'At du bare trenger å tenke på samfunnsoppdraget når det er krise',
                  feedback: 'Ikke riktig. Samfunnsoppdraget er utgangspunktet for ledelse i staten hele tiden – også i en vanlig hverdag.',
                },
              ],
            },
            {
              id: 'st-sh-4',
              kind: 'ordering',
              objective: 'se-helheten',
              prompt: 'Seksjonen din skal forenkle et brev som blir sendt til mange innbyggere. Sett stegene i en rekkefølge som gir systematisk brukermedvirkning.',
              items: [
                { id: 'st-sh-4-a', text: 'Finn ut hvem som får brevet, og hva de trenger å forstå' },
                { id: 'st-sh-4-b', text: 'Test dagens brev med noen mottakere og se hva som er vanskelig' },
                { id: 'st-sh-4-c', text: 'Lag et nytt utkast ut fra funnene' },
                { id: 'st-sh-4-d', text: 'Test det nye utkastet med mottakere igjen før det tas i bruk' },
              ],
              feedbackCorrect: 'Riktig. Brukerne er med både før og etter endringen. Det er det som gjør medvirkningen systematisk.',
              feedbackIncorrect: 'Ikke helt. Start med hvem brevet er for, test dagens versjon, skriv nytt ut fra funnene – og test igjen før det tas i bruk.',
            },
            {
              id: 'st-sh-5',
              kind: 'single',
              objective: 'se-helheten',
              prompt: 'Hvorfor legger grunnlaget vekt på samarbeid på tvers av sektorer og virksomheter?',
              options: [
                {
                  id: 'st-sh-5-a',
                  text: 'Samfunnsproblemer som klima, miljø og det grønne skiftet krever helhetlige løsninger og samordning på tvers',
                  correct: true,
                  feedback: 'Riktig. Grunnlaget peker på at mange av utfordringene ikke kan løses av én virksomhet eller én sektor alene.',
                },
                {
                  id: 'st-sh-5-b',
                  text: 'Samarbeid på tvers gjør det mindre viktig å følge styringslinjen i egen virksomhet',
                  feedback: 'Ikke riktig. Styringslinjen er fortsatt sterk. Samarbeid på tvers skjer innenfor rammene, ikke i stedet for dem.',
                },
                {
                  id: 'st-sh-5-c',
                  text: 'Det gjør det lettere å slå sammen statlige virksomheter',
                  feedback: 'Ikke riktig. Grunnlaget sier ingenting om sammenslåinger. Det handler om at oppgavene må løses gjennom samarbeid mellom sektorer og forvaltningsnivåer.',
                },
              ],
            },

            // ---- Vær innovativ ----
            {
              id: 'st-vi-1',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: 'Ledelsen vurderer et nytt saksbehandlingssystem. Du er ikke teknolog. Hva er din viktigste oppgave som leder?',
              options: [
                {
                  id: 'st-vi-1-a',
                  text: 'Stille gode spørsmål om hva systemet skal løse, og hvordan det vil påvirke medarbeiderne og arbeidsoppgavene',
                  correct: true,
                  feedback: 'Riktig. Ledere trenger ikke være teknologer, men må kunne nok til å stille de gode spørsmålene og forstå hvordan teknologien påvirker virksomheten.',
                },
                {
                  id: 'st-vi-1-b',
                  text: 'Overlate alle vurderinger til IT-avdelingen, siden du ikke er teknolog',
                  feedback: 'Ikke riktig. Du kjenner oppgavene og medarbeiderne. Uten dine spørsmål blir det lett en teknisk løsning som ikke passer arbeidet.',
                },
                {
                  id: 'st-vi-1-c',
                  text: 'Sette deg inn i alle tekniske detaljer, slik at du kan vurdere løsningen like godt som leverandøren',
                  feedback: 'Ikke helt. Det er verken nødvendig eller realistisk. Innspillsrunden peker på tilstrekkelig teknologikompetanse – nok til å stille de gode spørsmålene.',
                },
              ],
            },
            {
              id: 'st-vi-2',
              kind: 'multiple',
              objective: 'vaer-innovativ',
              prompt: 'En medarbeider foreslår å bruke en gratis KI-tjeneste på nettet til å oppsummere klagesaker. Hva bør du gjøre? Velg alle som passer.',
              options: [
                {
                  id: 'st-vi-2-a',
                  text: 'Undersøke om det er forsvarlig å legge opplysninger fra sakene inn i tjenesten, før noen gjør det',
                  correct: true,
                  feedback: 'Riktig. Klagesaker inneholder ofte personopplysninger. Bruken av data må være forsvarlig.',
                },
                {
                  id: 'st-vi-2-b',
                  text: 'Ta godt imot initiativet og se om det kan prøves ut på en trygg måte, for eksempel med oppdiktede saker',
                  correct: true,
                  feedback: 'Riktig. Du utforsker ny teknologi og bygger en kultur der det er lov å komme med ideer – uten å ta unødig risiko.',
                },
                {
                  id: 'st-vi-2-c',
                  text: 'Si at KI ikke skal brukes i enheten',
                  feedback: 'Ikke riktig. Et generelt nei stopper både initiativet og læringen. Forventningen er å utforske ny teknologi – på en forsvarlig måte.',
                },
                {
                  id: 'st-vi-2-d',
                  text: 'Si at det er greit så lenge navnene er fjernet',
                  feedback: 'Ikke riktig. Å fjerne navn er ofte ikke nok til at ingen kan kjennes igjen. Det må vurderes om bruken er forsvarlig.',
                },
              ],
            },
            {
              id: 'st-vi-3',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: 'Et forsøk med en ny arbeidsform har ikke gitt de resultatene dere håpet på. Hva bygger best kultur for innovasjon og kontinuerlig læring?',
              options: [
                {
                  id: 'st-vi-3-a',
                  text: 'Fortelle åpent hva dere prøvde, hva som ikke virket, og hva dere lærte',
                  correct: true,
                  feedback: 'Riktig. Takhøyde for feil og åpenhet om det som ikke virket, er en forutsetning for læring og nytenkning.',
                },
                {
                  id: 'st-vi-3-b',
                  text: 'Avslutte forsøket i det stille og gå videre til neste oppgave',
                  feedback: 'Ikke riktig. Da går læringen tapt, og andre kan gjøre de samme feilene. Medarbeiderne lærer også at det ikke lønner seg å prøve noe nytt.',
                },
                {
                  id: 'st-vi-3-c',
                  text: 'Finne ut hvem som hadde ansvaret for feilene, så det ikke skjer igjen',
                  feedback: 'Ikke riktig. Å lete etter syndebukker svekker den psykologiske tryggheten, og færre vil tørre å prøve noe nytt.',
                },
              ],
            },
            {
              id: 'st-vi-4',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: 'En leder i innspillsrunden sa at ledere i staten må «tørre å presentere kontroversielle ting til politisk ledelse». Teamet ditt har en ny idé som går på tvers av hvordan departementet har tenkt. Hva gjør du?',
              options: [
                {
                  id: 'st-vi-4-a',
                  text: 'Du utreder ideen grundig, med fordeler, risiko og konsekvenser, og legger den fram gjennom styringslinjen',
                  correct: true,
                  feedback: 'Riktig. Du tør å tenke nytt og presentere noe kontroversielt – og gjør det innenfor rammene, slik at politisk ledelse får et godt grunnlag.',
                },
                {
                  id: 'st-vi-4-b',
                  text: 'Du legger ideen bort, fordi den ikke passer med det departementet har tenkt',
                  feedback: 'Ikke riktig. Da tør du verken å tenke innovativt eller å ta risiko. Politisk ledelse går glipp av et alternativ de kunne hatt nytte av.',
                },
                {
                  id: 'st-vi-4-c',
                  text: 'Du setter i gang ideen i det små uten å si noe, og viser fram resultatene senere',
                  feedback: 'Ikke riktig. Å teste i det små er bra, men ikke når det går på tvers av styringen uten at ledelsen vet om det. Innovasjon skjer innenfor rammene.',
                },
              ],
            },
            {
              id: 'st-vi-5',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: 'Digitaliseringsrådet skriver at «modige leiarar ikkje alltid veit best». Hva betyr det for deg som leder?',
              options: [
                {
                  id: 'st-vi-5-a',
                  text: 'Du setter retning og forstår virksomheten, men henter inn kunnskap fra andre og trenger ikke ha alle svarene selv',
                  correct: true,
                  feedback: 'Riktig. Rådet sier at noen på toppen fortsatt må sette retning og forstå virksomheten – men at lederne ikke trenger å ha alle svarene.',
                },
                {
                  id: 'st-vi-5-b',
                  text: 'Du bør overlate valget av retning til medarbeiderne, fordi de vet best',
                  feedback: 'Ikke riktig. Sitatet sier tvert imot at vi fortsatt må ha noen på toppen som setter retning. Det er svarene underveis du ikke trenger å ha alene.',
                },
                {
                  id: 'st-vi-5-c',
                  text: 'Du bør vente med å ta beslutninger til du er helt sikker',
                  feedback: 'Ikke riktig. Mot handler her om å tåle at du ikke har alle svarene – og likevel sette retning sammen med andre.',
                },
              ],
            },

            // ---- Utvikle deg som leder ----
            {
              id: 'st-ud-1',
              kind: 'single',
              objective: 'utvikle-deg-som-leder',
              prompt: 'En medarbeider sier til deg at du ofte avbryter folk i møtene. Du kjenner deg ikke igjen. Hva gjør du?',
              options: [
                {
                  id: 'st-ud-1-a',
                  text: 'Du takker for tilbakemeldingen, spør flere om de opplever det samme, og ber dem si fra i møtene',
                  correct: true,
                  feedback: 'Riktig. Du utforsker hvordan du virker på andre – særlig når du ikke kjenner deg igjen.',
                },
                {
                  id: 'st-ud-1-b',
                  text: 'Du forklarer at det skyldes at du er engasjert i saken',
                  feedback: 'Ikke riktig. Det kan være sant, men forklaringen endrer ikke hvordan du virker på andre. Du lærer mer av å spørre enn av å forklare.',
                },
                {
                  id: 'st-ud-1-c',
                  text: 'Du legger det bort – du ville ha merket det selv om det var et problem',
                  feedback: 'Ikke riktig. Mange ledere ser ikke selv hvordan de virker på andre. Det er nettopp derfor tilbakemeldinger er verdifulle.',
                },
              ],
            },
            {
              id: 'st-ud-2',
              kind: 'multiple',
              objective: 'utvikle-deg-som-leder',
              prompt: 'Hvilke er gode måter å fylle på med kunnskap om ledelse? Velg alle som passer.',
              options: [
                {
                  id: 'st-ud-2-a',
                  text: 'Delta i et lederutviklingsprogram og bruke det du lærer, i hverdagen',
                  correct: true,
                  feedback: 'Riktig. Kunnskap får verdi når du prøver den ut i praksis.',
                },
                {
                  id: 'st-ud-2-b',
                  text: 'Lese faglitteratur om ledelse og diskutere den med andre ledere',
                  correct: true,
                  feedback: 'Riktig. Når du diskuterer med andre, fyller du på med kunnskap og bygger fellesskap samtidig.',
                },
                {
                  id: 'st-ud-2-c',
                  text: 'Velge den ledelsesteorien du liker best, og holde deg til den',
                  feedback: 'Ikke riktig. Det finnes mange «sannheter» om god ledelse. Kunnskap handler også om å se styrker og svakheter ved ulike perspektiver.',
                },
                {
                  id: 'st-ud-2-d',
                  text: 'Vente til arbeidsgiveren melder deg på et lederkurs',
                  feedback: 'Ikke riktig. Arbeidsgiveren bør legge til rette, men forventningen retter seg også mot deg: Du har selv et ansvar for å fylle på med kunnskap.',
                },
              ],
            },
            {
              id: 'st-ud-3',
              kind: 'single',
              objective: 'utvikle-deg-som-leder',
              prompt: 'Du er ny leder i en liten virksomhet og har ingen andre ledere på samme nivå. Hva er mest i tråd med «Bygg fellesskap og del erfaringer med andre ledere»?',
              options: [
                {
                  id: 'st-ud-3-a',
                  text: 'Finne et nettverk eller en mentor blant ledere i andre statlige virksomheter',
                  correct: true,
                  feedback: 'Riktig. Fellesskapet trenger ikke være i egen virksomhet. Ledere i andre virksomheter kjenner mange av de samme dilemmaene.',
                },
                {
                  id: 'st-ud-3-b',
                  text: 'Bruke medarbeiderne dine som samtalepartnere om alle lederdilemmaene',
                  feedback: 'Ikke helt. Medarbeiderne kan gi deg viktige innspill, men noen dilemmaer – for eksempel om personalsaker – kan du ikke dele med dem.',
                },
                {
                  id: 'st-ud-3-c',
                  text: 'Klare deg selv – i en liten virksomhet er det ingen å dele erfaringer med',
                  feedback: 'Ikke riktig. Du kan bygge fellesskap med ledere utenfor egen virksomhet. Å stå alene gjør det vanskeligere å utvikle seg.',
                },
              ],
            },
            {
              id: 'st-ud-4',
              kind: 'ordering',
              objective: 'utvikle-deg-som-leder',
              prompt: 'Medarbeiderundersøkelsen viser at teamet ditt sjelden får tilbakemeldinger fra deg. Sett stegene i en god rekkefølge for å følge opp.',
              items: [
                { id: 'st-ud-4-a', text: 'Del resultatet åpent med teamet' },
                { id: 'st-ud-4-b', text: 'Spør hva de savner, og lytt uten å forsvare deg' },
                { id: 'st-ud-4-c', text: 'Avtal én konkret endring du skal prøve' },
                { id: 'st-ud-4-d', text: 'Følg opp etter en tid, og spør om de merker forskjell' },
              ],
              feedbackCorrect: 'Riktig. Åpenhet, lytting, en konkret endring og oppfølging viser at du tar på alvor hvordan du virker på andre.',
              feedbackIncorrect: 'Ikke helt. Del først resultatet, lytt så til hva teamet savner, velg deretter én endring – og følg opp til slutt.',
            },
            {
              id: 'st-ud-5',
              kind: 'single',
              objective: 'utvikle-deg-som-leder',
              prompt: 'Du har nettopp gått fra å lede saksbehandlere til å lede fire seksjonsledere. Hva peker innspillene til grunnlaget på som viktig å være klar over?',
              options: [
                {
                  id: 'st-ud-5-a',
                  text: 'Det kan være store forskjeller på å være leder for medarbeidere og å være leder for mellomledere',
                  correct: true,
                  feedback: 'Riktig. Derfor trenger du ny kunnskap og nye tilbakemeldinger når du bytter ledernivå.',
                },
                {
                  id: 'st-ud-5-b',
                  text: 'Å lede ledere er det samme som å lede medarbeidere, bare med flere personer under deg',
                  feedback: 'Ikke riktig. Innspillene peker på at det kan være store forskjeller. Lederne under deg trenger handlingsrom til å lede sine egne seksjoner.',
                },
                {
                  id: 'st-ud-5-c',
                  text: 'Mellomledere trenger lite ledelse, fordi de er ledere selv',
                  feedback: 'Ikke riktig. Mellomledere trenger også tillit, tilbakemeldinger og støtte – men på en annen måte enn medarbeidere.',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
});
