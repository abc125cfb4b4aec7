import { defineLesson } from '../schema/index.ts';

/**
 * Sluttest: to spørsmål per forventning trekkes fra banken i hvert forsøk. Spørsmålene er andre
 * enn i kunnskapssjekkene, og de prøver forståelse og bruk, ikke pugg. Feil svar er valg en
 * fornuftig leder kunne tatt; det riktige svaret er sjelden det lengste (test/unit/content).
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
          intro: `Sluttesten har ti spørsmål, to fra hver forventning. Du må ha minst 80 prosent riktig for å bestå, og du har tre forsøk med nye spørsmål hver gang. Velg det som passer best med forventningene i Grunnlag for god ledelse i staten.`,
          drawPerObjective: 2,
          maxAttempts: 3,
          bank: [
            // ---- Kjenn rammene ----
            {
              id: 'st-kr-1',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: 'Politisk ledelse vil at virksomheten raskt skal innføre en ny ordning. Fagmiljøet ditt mener at tidsplanen gir stor risiko for feil i vedtakene. Hva gjør du?',
              options: [
                {
                  id: 'st-kr-1-c',
                  text: 'Du venter med å sette i gang til departementet har fått vurdert risikoen og eventuelt justert tidsplanen',
                  feedback: 'Ikke riktig. Det er riktig å få risikoen vurdert, men du kan ikke stanse en beslutning på egen hånd. Demokrati som forvaltningsverdi betyr å følge opp det som er bestemt.',
                },
                {
                  id: 'st-kr-1-b',
                  text: 'Du setter i gang som bestilt, og tar med risikoen i neste rapport til departementet',
                  feedback: 'Ikke riktig. Rapporten kommer for sent. Politisk ledelse trenger de faglige rådene før beslutningen er tatt.',
                },
                {
                  id: 'st-kr-1-a',
                  text: 'Du sier fra om risikoen i styringslinjen, og følger opp beslutningen som blir tatt',
                  correct: true,
                  feedback: 'Riktig. Faglig integritet betyr å si fra om risikoen. Demokrati og styringslinjen betyr at du deretter følger opp beslutningen.',
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
                  text: 'Tildelingsbrevet og budsjettet',
                  correct: true,
                  feedback: 'Riktig. Her står målene virksomheten skal nå, og ressursene den har.',
                },
                {
                  id: 'st-kr-2-b',
                  text: 'Lover og regelverk for oppgavene',
                  correct: true,
                  feedback: 'Riktig. Regelverket setter rammene for hvordan oppgavene skal løses, og er grunnlaget for rettssikkerheten.',
                },
                {
                  id: 'st-kr-2-c',
                  text: 'Delegasjonsreglementet og fullmaktene dine',
                  correct: true,
                  feedback: 'Riktig. De viser hva du kan bestemme selv – og dermed ansvaret i lederrollen.',
                },
                {
                  id: 'st-kr-2-d',
                  text: 'Medarbeidernes syn på prioriteringene',
                  feedback: 'Ikke riktig. Medarbeidernes syn er et viktig innspill, men det er ikke en politisk eller administrativ ramme.',
                },
              ],
            },
            {
              id: 'st-kr-3',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: 'Enheten din har fått nye oppgaver uten mer ressurser. Hva er det beste første steget?',
              options: [
                {
                  id: 'st-kr-3-a',
                  text: 'Avklare med lederen din hva som er viktigst, og hva som kan være «godt nok»',
                  correct: true,
                  feedback: 'Riktig. Du prioriterer og bruker handlingsrommet, og styringslinjen kjenner valgene.',
                },
                {
                  id: 'st-kr-3-b',
                  text: 'Be hver medarbeider prioritere sine egne oppgaver, siden de kjenner dem best',
                  feedback: 'Ikke riktig. Medarbeiderne skal ha handlingsrom, men prioriteringen mellom enhetens oppgaver er lederens ansvar.',
                },
                {
                  id: 'st-kr-3-c',
                  text: 'Be om mer ressurser, og la enheten jobbe litt ekstra til svaret kommer',
                  feedback: 'Ikke helt. Det kan være riktig å be om ressurser, men det utsetter prioriteringen og sliter på folk.',
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
                  id: 'st-kr-4-e',
                  text: 'Spørre alle medarbeiderne direkte i stedet for å gå via de tillitsvalgte',
                  feedback: 'Ikke riktig. Å spørre medarbeiderne er god involvering, men det erstatter ikke medbestemmelse gjennom de tillitsvalgte.',
                },
                {
                  id: 'st-kr-4-a',
                  text: 'Ta saken opp med de tillitsvalgte før du har bestemt deg, mens den kan endres',
                  correct: true,
                  feedback: 'Riktig. Når de tillitsvalgte kommer inn tidlig, kan innspillene deres påvirke løsningen.',
                },
                {
                  id: 'st-kr-4-c',
                  text: 'Gi de tillitsvalgte grundig informasjon når ordningen er klar til bruk',
                  feedback: 'Ikke riktig. Da er det for sent å påvirke. Informasjon om noe som er bestemt, er ikke aktiv medbestemmelse.',
                },
                {
                  id: 'st-kr-4-f',
                  text: 'Sjekke i tilpasningsavtalen hvordan og på hvilket nivå saken skal behandles',
                  correct: true,
                  feedback: 'Riktig. Tilpasningsavtalen sier hvordan partssamarbeidet foregår hos dere, og på hvilket nivå.',
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
                  id: 'st-kr-5-b',
                  text: 'Fordi de tillitsvalgte deler ansvaret for beslutningene, slik at lederen ikke står alene om dem',
                  feedback: 'Ikke riktig. Du har fortsatt lederansvaret. Partssamarbeid handler om at involvering gir bedre beslutninger.',
                },
                {
                  id: 'st-kr-5-c',
                  text: 'Fordi hovedavtalen krever det før store omstillinger',
                  feedback: 'Ikke helt. Avtaleverket stiller krav, men grunnlaget ber deg bruke partssamarbeidet og medbestemmelse aktivt, ikke bare når du må.',
                },
                {
                  id: 'st-kr-5-a',
                  text: 'Fordi den norske modellen er plattformen, og involvering gir bedre beslutninger',
                  correct: true,
                  feedback: 'Riktig. Ledelse i staten skal utøves med den norske modellen som plattform, der partssamarbeid, medbestemmelse og involvering bidrar til bedre beslutninger.',
                },
              ],
            },

            // ---- Styrk medarbeiderne ----
            {
              id: 'st-sm-1',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: 'En dyktig rådgiver spør om å få lede et prosjekt for første gang. Hva er mest i tråd med forventningen om å styrke medarbeiderne?',
              options: [
                {
                  id: 'st-sm-1-c',
                  text: 'Gi rådgiveren prosjektet, men ta de viktige beslutningene selv til rådgiveren har mer erfaring',
                  feedback: 'Ikke riktig. Ansvar uten handlingsrom er ikke tillit. Rådgiveren får ansvaret, men ikke muligheten til å bruke kompetansen sin.',
                },
                {
                  id: 'st-sm-1-a',
                  text: 'Gi rådgiveren prosjektet med tydelige mål og rammer, og avtale når dere skal følge opp',
                  correct: true,
                  feedback: 'Riktig. Du viser tillit gjennom tydelig ansvar og handlingsrom, og legger til rette for kompetanseutvikling.',
                },
                {
                  id: 'st-sm-1-b',
                  text: 'La rådgiveren først være nestleder i et prosjekt og lære av en erfaren prosjektleder',
                  feedback: 'Ikke helt. Det kan være en god vei for noen, men her ber en dyktig medarbeider om ansvar. Et nei nå kan koste motivasjon.',
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
                  id: 'st-sm-2-c',
                  text: 'Gi detaljerte instrukser for alle oppgaver, så ingen er i tvil om hva som forventes',
                  feedback: 'Ikke riktig. Tydelighet er viktig, men detaljstyring gir lite rom for ansvar og initiativ.',
                },
                {
                  id: 'st-sm-2-a',
                  text: 'Forklare hvorfor beslutninger blir tatt, og invitere til innspill',
                  correct: true,
                  feedback: 'Riktig. Medarbeidere som forstår helheten og blir involvert, tar lettere ansvar for felles mål.',
                },
                {
                  id: 'st-sm-2-d',
                  text: 'Holde uenighet om beslutninger utenfor teammøtene, så møtene blir effektive',
                  feedback: 'Ikke riktig. Medarbeiderskap innebærer også å si fra og stille spørsmål. Faglige innvendinger er verdifulle.',
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
                  text: '«Solid faglig. Sett konklusjonen først, så får ledelsen mer ut av den.»',
                  correct: true,
                  feedback: 'Riktig. Den anerkjenner det som er bra, og gir et konkret råd om hva som kan bli bedre.',
                },
                {
                  id: 'st-sm-3-b',
                  text: '«Fin utredning, takk! Den blir nyttig for ledelsen, og jeg sender den videre i dag.»',
                  feedback: 'Ikke helt. Den er anerkjennende, men medarbeideren får ikke vite hva som var bra, eller hva som kan bli bedre.',
                },
                {
                  id: 'st-sm-3-d',
                  text: '«Teksten er for tung for ledelsen. Jeg skriver om sammendraget selv denne gangen.»',
                  feedback: 'Ikke riktig. Du løser problemet nå, men medarbeideren lærer ikke hvordan teksten kan bli bedre.',
                },
              ],
            },
            {
              id: 'st-sm-4',
              kind: 'ordering',
              objective: 'styrk-medarbeiderne',
              prompt: 'Du skal ta imot en ny medarbeider med en annen faglig bakgrunn enn resten av teamet. Sett stegene i rekkefølge.',
              items: [
                { id: 'st-sm-4-a', text: 'Før første dag: Forbered teamet, og finn en fast kollega den nye kan spørre' },
                { id: 'st-sm-4-b', text: 'Første uke: Snakk med den nye om forventninger og erfaring' },
                { id: 'st-sm-4-c', text: 'Første måned: Gi en oppgave der erfaringen kommer til nytte' },
                { id: 'st-sm-4-d', text: 'Etter noen måneder: Spør om den nye opplever å bli hørt' },
              ],
              feedbackCorrect: 'Riktig. Inkludering begynner før første arbeidsdag, og handler om at kompetansen blir brukt – og om å følge opp at det skjer.',
              feedbackIncorrect: 'Ikke helt. Forbered før den nye kommer, snakk sammen den første uka, bruk erfaringen tidlig, og følg opp etter noen måneder.',
            },
            {
              id: 'st-sm-5',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: 'Hvorfor er tillit særlig viktig når du leder kunnskapsmedarbeidere, ifølge innspillene til grunnlaget?',
              options: [
                {
                  id: 'st-sm-5-a',
                  text: 'Fordi de mister motivasjon uten reell autonomi og handlingsrom, og det blir vanskeligere å beholde kompetanse',
                  correct: true,
                  feedback: 'Riktig. Uten reell autonomi og handlingsrom mister de motivasjon, og det blir vanskeligere å beholde kompetanse.',
                },
                {
                  id: 'st-sm-5-b',
                  text: 'Fordi kunnskapsmedarbeidere kan fagfeltet bedre enn lederen, og derfor trenger lite ledelse',
                  feedback: 'Ikke riktig. Innspillene sier tvert imot at ledere blir svært viktige fremover. Det er måten å lede på som endrer seg.',
                },
                {
                  id: 'st-sm-5-c',
                  text: 'Fordi tillit gjør det mulig å styre med færre og mindre konkrete mål',
                  feedback: 'Ikke riktig. Tillit gis gjennom tydelig ansvar og handlingsrom. Tydelige mål er en del av det som gjør tillit mulig.',
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
                  id: 'st-sh-1-b',
                  text: 'Du sender veilederen på en bred høring til alle kommunene når utkastet er klart',
                  feedback: 'Ikke helt. En høring er nyttig, men da er mye bestemt. Samarbeid på tvers virker best tidlig.',
                },
                {
                  id: 'st-sh-1-c',
                  text: 'Du lar juristene i enheten skrive den, siden veilederen må være juridisk korrekt',
                  feedback: 'Ikke riktig. Juridisk kvalitet er viktig, men uten dem som skal bruke veilederen, blir den sett bare fra egen virksomhet.',
                },
                {
                  id: 'st-sh-1-a',
                  text: 'Du tar fra starten med noen kommuner og andre etater som veileder dem',
                  correct: true,
                  feedback: 'Riktig. Da får du frem behovene til dem som skal bruke veilederen, og kommunene slipper motstridende råd fra staten.',
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
                  id: 'st-sh-2-c',
                  text: 'Lederen overlater sikkerheten til IT-avdelingen, som har fagkompetansen',
                  feedback: 'Ikke riktig. IT-avdelingen er viktig, men sikkerhet og beredskap er også et lederansvar i enheten.',
                },
                {
                  id: 'st-sh-2-b',
                  text: 'Medarbeiderne blir takket når de sier fra om sikkerhetshendelser, også egne feil',
                  correct: true,
                  feedback: 'Riktig. En kultur der det er trygt å si fra, gjør at hendelser blir oppdaget og håndtert tidlig.',
                },
                {
                  id: 'st-sh-2-d',
                  text: 'Hendelser uten synlig skade blir notert lokalt i stedet for å meldes',
                  feedback: 'Ikke riktig. Hendelser uten synlig skade kan vise svakheter, og brudd på personopplysningssikkerheten må vurderes med en gang.',
                },
                {
                  id: 'st-sh-2-a',
                  text: 'Enheten har øvd på hva den gjør hvis IT-systemene er nede',
                  correct: true,
                  feedback: 'Riktig. Beredskap betyr å være forberedt, og planer virker først når dere har øvd på dem.',
                },
                {
                  id: 'st-sh-2-e',
                  text: 'Lederen kjenner det virksomhetens ROS-analyse sier om enheten',
                  correct: true,
                  feedback: 'Riktig. Risiko- og sårbarhetsanalysen viser hva som kan true tjenestene dere har ansvar for.',
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
                  text: 'Når du må prioritere i en uklar situasjon, spør du hvem dere er til for',
                  correct: true,
                  feedback: 'Riktig. Samfunnsoppdraget og verdiene gir retning når situasjonen er uklar og planene ikke strekker til.',
                },
                {
                  id: 'st-sh-3-c',
                  text: 'Samfunnsoppdraget blir særlig viktig i kriser, når vanlige rutiner ikke strekker til',
                  feedback: 'Ikke helt. Det gjelder i kriser, men samfunnsoppdraget er utgangspunktet for ledelse i staten hele tiden.',
                },
                {
                  id: 'st-sh-3-b',
                  text: 'Virksomheten bør jevnlig vurdere om samfunnsoppdraget passer med tiden',
                  feedback: 'Ikke riktig. Samfunnsoppdraget gis av politiske myndigheter, og poenget er at det er et fast punkt når omgivelsene endrer seg.',
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
              feedbackCorrect: 'Riktig. Brukerne er med både før og etter endringen. Det gjør medvirkningen systematisk.',
              feedbackIncorrect: 'Ikke helt. Start med hvem brevet er for, test dagens versjon, skriv nytt ut fra funnene – og test igjen før det tas i bruk.',
            },
            {
              id: 'st-sh-5',
              kind: 'single',
              objective: 'se-helheten',
              prompt: 'Hvorfor legger grunnlaget vekt på samarbeid på tvers av sektorer og virksomheter?',
              options: [
                {
                  id: 'st-sh-5-b',
                  text: 'Fordi samarbeid på tvers gir mer fleksibilitet enn å følge styringslinjen i hver virksomhet',
                  feedback: 'Ikke riktig. Styringslinjen er fortsatt sterk. Samarbeid på tvers skjer innenfor rammene, ikke i stedet for dem.',
                },
                {
                  id: 'st-sh-5-d',
                  text: 'Fordi knappe budsjetter gjør det nødvendig å dele på kostnadene mellom virksomhetene',
                  feedback: 'Ikke helt. Stramme budsjetter er et utviklingstrekk grunnlaget nevner, men begrunnelsen for samarbeid på tvers er at oppgavene krever helhetlige løsninger.',
                },
                {
                  id: 'st-sh-5-a',
                  text: 'Fordi samfunnsproblemer som klima, miljø og det grønne skiftet krever helhetlige løsninger og samordning på tvers',
                  correct: true,
                  feedback: 'Riktig. Grunnlaget sier at slike samfunnsproblemer krever helhetlige løsninger og samordning på tvers av sektorer og virksomheter.',
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
                  id: 'st-vi-1-b',
                  text: 'La IT-avdelingen gjøre vurderingen, og sørge for at teamet får god opplæring når systemet kommer',
                  feedback: 'Ikke riktig. Opplæring er viktig, men du kjenner oppgavene og medarbeiderne. Uten dine spørsmål blir det lett en løsning som ikke passer arbeidet.',
                },
                {
                  id: 'st-vi-1-c',
                  text: 'Sette deg godt inn i de tekniske løsningene, så du kan vurdere dem selv',
                  feedback: 'Ikke helt. Det er verken nødvendig eller realistisk. Innspillsrunden peker på tilstrekkelig teknologikompetanse – nok til å stille de gode spørsmålene.',
                },
                {
                  id: 'st-vi-1-a',
                  text: 'Stille gode spørsmål om hva systemet skal løse, og hva det betyr for arbeidet',
                  correct: true,
                  feedback: 'Riktig. Ledere trenger ikke være teknologer, men må kunne nok til å stille de gode spørsmålene.',
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
                  id: 'st-vi-2-e',
                  text: 'Si klart fra at saksopplysninger aldri skal inn i tjenester virksomheten ikke har godkjent',
                  correct: true,
                  feedback: 'Riktig. Klagesaker inneholder personopplysninger. En ikke-godkjent tjeneste er aldri et forsvarlig sted for dem.',
                },
                {
                  id: 'st-vi-2-c',
                  text: 'Si at KI ikke skal brukes i enheten før ledelsen har laget en KI-strategi',
                  feedback: 'Ikke riktig. En strategi er nyttig, men et generelt nei stopper både initiativet og læringen.',
                },
                {
                  id: 'st-vi-2-d',
                  text: 'Si at det er greit hvis navn og fødselsnummer er fjernet',
                  feedback: 'Ikke riktig. Å fjerne navn gjør ikke saken anonym. Mange kan kjennes igjen av detaljene.',
                },
                {
                  id: 'st-vi-2-b',
                  text: 'Ta godt imot ideen, og finne ut om virksomheten har et godkjent verktøy som kan prøves',
                  correct: true,
                  feedback: 'Riktig. Du utforsker ny teknologi og bygger en kultur for ideer, innenfor det som er forsvarlig.',
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
                  id: 'st-vi-3-d',
                  text: 'Gå gjennom hvor forsøket sviktet, og lage tydeligere rutiner så det ikke skjer igjen',
                  feedback: 'Ikke helt. Å finne årsaker er bra, men hvis målet er at det ikke skal skje igjen, blir færre villige til å prøve noe nytt.',
                },
                {
                  id: 'st-vi-3-b',
                  text: 'Avslutte forsøket og bruke tiden på neste tiltak',
                  feedback: 'Ikke riktig. Da går læringen tapt, og andre kan gjøre de samme feilene.',
                },
              ],
            },
            {
              id: 'st-vi-4',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: 'Fra innspillsrunden: Ledere i staten må «tørre å presentere kontroversielle ting til politisk ledelse». Teamet ditt har en idé som går på tvers av det departementet har tenkt. Hva gjør du?',
              options: [
                {
                  id: 'st-vi-4-c',
                  text: 'Du prøver ideen i det små i egen enhet først, så du har resultater å vise når du legger den frem',
                  feedback: 'Ikke riktig. Små forsøk er bra, men ikke når de går på tvers av styringen uten at ledelsen vet om det.',
                },
                {
                  id: 'st-vi-4-a',
                  text: 'Du utreder ideen med fordeler, risiko og konsekvenser, og legger den frem for ledelsen gjennom styringslinjen',
                  correct: true,
                  feedback: 'Riktig. Du tør å presentere noe kontroversielt, og gjør det innenfor rammene, slik at politisk ledelse får et godt grunnlag.',
                },
                {
                  id: 'st-vi-4-b',
                  text: 'Du venter til departementet selv spør etter nye løsninger på området',
                  feedback: 'Ikke riktig. Da tør du verken å tenke innovativt eller å ta risiko, og politisk ledelse går glipp av et alternativ.',
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
                  id: 'st-vi-5-b',
                  text: 'Du lar teamet velge retning, fordi de som gjør arbeidet, ofte vet best',
                  feedback: 'Ikke riktig. Sitatet sier tvert imot at vi fortsatt må ha noen på toppen som setter retning.',
                },
                {
                  id: 'st-vi-5-c',
                  text: 'Du venter med store beslutninger til du har hentet inn råd fra alle berørte',
                  feedback: 'Ikke riktig. Mot handler her om å tåle at du ikke har alle svarene – og likevel sette retning.',
                },
                {
                  id: 'st-vi-5-a',
                  text: 'Du setter retning, men trenger ikke ha alle svarene selv',
                  correct: true,
                  feedback: 'Riktig. Noen på toppen må fortsatt sette retning og forstå virksomheten, men lederne trenger ikke ha alle svarene.',
                },
              ],
            },

            // ---- Utvikle deg som leder ----
            {
              id: 'st-ud-1',
              kind: 'single',
              objective: 'utvikle-deg-som-leder',
              prompt: 'En medarbeider sier at du ofte avbryter folk i møtene. Du kjenner deg ikke igjen. Hva gjør du?',
              options: [
                {
                  id: 'st-ud-1-b',
                  text: 'Du forklarer at du er engasjert i sakene, og at det ikke er ment som mangel på respekt',
                  feedback: 'Ikke riktig. Det kan være sant, men forklaringen endrer ikke hvordan du virker. Du lærer mer av å spørre.',
                },
                {
                  id: 'st-ud-1-d',
                  text: 'Du sjekker om det står noe om det i medarbeiderundersøkelsen før du gjør noe',
                  feedback: 'Ikke helt. Undersøkelsen kan gi et bilde, men den er sjelden så konkret. Du har fått et signal, og kan spørre direkte.',
                },
                {
                  id: 'st-ud-1-a',
                  text: 'Du takker for tilbakemeldingen, spør flere om de opplever det samme, og ber dem si fra i møtet når det skjer',
                  correct: true,
                  feedback: 'Riktig. Du utforsker hvordan du virker på andre – særlig når du ikke kjenner deg igjen.',
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
                  text: 'Delta i et lederutviklingsprogram og prøve det du lærer, i hverdagen',
                  correct: true,
                  feedback: 'Riktig. Kunnskap får verdi når du prøver den ut i praksis.',
                },
                {
                  id: 'st-ud-2-c',
                  text: 'Finne én anerkjent ledelsesmodell og bruke den konsekvent',
                  feedback: 'Ikke riktig. Det finnes mange «sannheter» om god ledelse. Kunnskap handler også om å se styrker og svakheter ved ulike perspektiver.',
                },
                {
                  id: 'st-ud-2-b',
                  text: 'Lese faglitteratur om ledelse og diskutere den med andre ledere',
                  correct: true,
                  feedback: 'Riktig. Når du diskuterer med andre, fyller du på med kunnskap og bygger fellesskap samtidig.',
                },
                {
                  id: 'st-ud-2-d',
                  text: 'Vente til arbeidsgiveren melder deg på et lederkurs',
                  feedback: 'Ikke riktig. Arbeidsgiveren bør legge til rette, men forventningen retter seg også mot deg.',
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
                  text: 'Finne et nettverk eller en mentor i andre virksomheter',
                  correct: true,
                  feedback: 'Riktig. Fellesskapet trenger ikke være i egen virksomhet. Ledere i andre virksomheter kjenner mange av de samme dilemmaene.',
                },
                {
                  id: 'st-ud-3-b',
                  text: 'Bruke de mest erfarne medarbeiderne dine som sparringpartnere om lederdilemmaene',
                  feedback: 'Ikke helt. Medarbeiderne gir viktige innspill, men noen dilemmaer, for eksempel personalsaker, kan du ikke dele med dem.',
                },
                {
                  id: 'st-ud-3-d',
                  text: 'Bruke lederen din som eneste samtalepartner, siden det er den som kjenner deg best',
                  feedback: 'Ikke helt. Lederen din er viktig, men også den som vurderer deg. Et fellesskap med likestilte gir deg rom til å prøve og dele.',
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
              prompt: 'Du har gått fra å lede saksbehandlere til å lede fire seksjonsledere. Hva peker innspillene til grunnlaget på som viktig å være klar over?',
              options: [
                {
                  id: 'st-ud-5-d',
                  text: 'Du må være tettere på fagsakene enn før, for å ha oversikt over flere seksjoner',
                  feedback: 'Ikke riktig. Det er en vanlig felle. Lederne under deg trenger handlingsrom til å lede sine egne seksjoner.',
                },
                {
                  id: 'st-ud-5-a',
                  text: 'Å lede ledere kan være svært forskjellig fra å lede medarbeidere',
                  correct: true,
                  feedback: 'Riktig. Det kan være store forskjeller på å være leder for medarbeidere og for mellomledere. Du trenger ny kunnskap og nye tilbakemeldinger.',
                },
                {
                  id: 'st-ud-5-c',
                  text: 'Mellomledere trenger mindre oppfølging, fordi de selv er ledere',
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
