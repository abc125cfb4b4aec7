import { defineLesson } from '../schema/index.ts';

/**
 * Sluttest: to spørsmål per forventning trekkes fra banken i hvert forsøk. Spørsmålene er andre
 * enn i kunnskapssjekkene, og de prøver forståelse og bruk, ikke pugg. Feil svar er valg en
 * fornuftig leder kunne tatt; det riktige svaret er sjelden det lengste (test/unit/content).
 *
 * Nynorsk and English: every option keeps the bokmål's facts and, as far as the language allows,
 * its length relative to the other options, so no language gives the answer away by length.
 * Norwegian names (tildelingsbrev, tillitsvalgte …) are glossed in the feedback rather than in
 * the options, where a gloss would make the option it sits in longer.
 */
export default defineLesson({
  id: 'sluttest',
  title: { nb: 'Sluttest', nn: 'Sluttest', en: 'Final test' },
  summary: {
    nb: 'Ti spørsmål, to fra hver forventning. Du trenger 80 prosent riktig for å bestå.',
    nn: 'Ti spørsmål, to frå kvar forventning. Du treng 80 prosent riktig for å bestå.',
    en: 'Ten questions, two for each expectation. You need 80 per cent correct to pass.',
  },
  pages: [
    {
      id: 'sluttest-side',
      title: { nb: 'Sluttest', nn: 'Sluttest', en: 'Final test' },
      blocks: [
        {
          kind: 'assessment',
          id: 'sluttest-vurdering',
          intro: {
            nb: `Sluttesten har ti spørsmål, to fra hver forventning. Du må ha minst 80 prosent riktig for å bestå, og du har tre forsøk med nye spørsmål hver gang. Velg det som passer best med forventningene i *Grunnlag for god ledelse i staten*.`,
            nn: `Sluttesten har ti spørsmål, to frå kvar forventning. Du må ha minst 80 prosent riktig for å bestå, og du har tre forsøk med nye spørsmål kvar gong. Vel det som passar best med forventningane i *Grunnlag for god ledelse i staten*.`,
            en: `The final test has ten questions, two for each expectation. You need at least 80 per cent correct to pass, and you have three attempts, with new questions each time. Choose the answer that best fits the expectations in *Grunnlag for god ledelse i staten* (the Government’s foundation for good leadership in the state).`,
          },
          drawPerObjective: 2,
          maxAttempts: 3,
          bank: [
            // ---- Kjenn rammene ----
            {
              id: 'st-kr-1',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: {
                nb: 'Politisk ledelse vil at virksomheten raskt skal innføre en ny ordning. Fagmiljøet ditt mener at tidsplanen gir stor risiko for feil i vedtakene. Hva gjør du?',
                nn: 'Politisk leiing vil at verksemda raskt skal innføre ei ny ordning. Fagmiljøet ditt meiner at tidsplanen gir stor risiko for feil i vedtaka. Kva gjer du?',
                en: 'The political leadership wants your agency to introduce a new scheme quickly. Your specialist staff believe the timetable carries a high risk of errors in the administrative decisions. What do you do?',
              },
              options: [
                {
                  id: 'st-kr-1-c',
                  text: {
                    nb: 'Du venter med å sette i gang til departementet har fått vurdert risikoen og eventuelt justert tidsplanen',
                    nn: 'Du ventar med å setje i gang til departementet har fått vurdert risikoen og eventuelt justert tidsplanen',
                    en: 'You hold off starting until the ministry has had the risk assessed and, if need be, adjusted the timetable',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Det er riktig å få risikoen vurdert, men du kan ikke stanse en beslutning på egen hånd. Demokrati som forvaltningsverdi betyr å følge opp det som er bestemt, innenfor lovens rammer.',
                    nn: 'Ikkje riktig. Det er rett å få vurdert risikoen, men du kan ikkje stanse ei avgjerd på eiga hand. Demokrati som forvaltningsverdi betyr å følgje opp det som er bestemt, innanfor rammene til lova.',
                    en: 'Incorrect. Having the risk assessed is right, but you cannot halt a decision on your own. Democracy as a core value of the civil service means following up what has been decided, within the law.',
                  },
                },
                {
                  id: 'st-kr-1-b',
                  text: {
                    nb: 'Du setter i gang som bestilt, og tar med risikoen i neste rapport til departementet',
                    nn: 'Du set i gang som bestilt, og tek med risikoen i neste rapport til departementet',
                    en: 'You start as instructed, and include the risk in your next report to the ministry',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Rapporten kommer for sent. Politisk ledelse trenger de faglige rådene før beslutningen er tatt.',
                    nn: 'Ikkje riktig. Rapporten kjem for seint. Politisk leiing treng dei faglege råda før avgjerda er teken.',
                    en: 'Incorrect. The report comes too late. The political leadership needs the professional advice before the decision is made.',
                  },
                },
                {
                  id: 'st-kr-1-a',
                  text: {
                    nb: 'Du sier fra om risikoen i styringslinjen, og følger opp beslutningen som blir tatt',
                    nn: 'Du seier frå om risikoen i styringslinja, og følgjer opp avgjerda som blir teken',
                    en: 'You raise the risk through the line of governance, and follow up the decision that is made',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Faglig integritet betyr å si fra om risikoen. Demokrati og styringslinjen betyr at du deretter følger opp beslutningen, innenfor lovens rammer. Er det fare for ulovlige vedtak, sier du tydelig fra – skriftlig.',
                    nn: 'Riktig. Fagleg integritet betyr å seie frå om risikoen. Demokrati og styringslinja betyr at du deretter følgjer opp avgjerda, innanfor rammene til lova. Er det fare for ulovlege vedtak, seier du tydeleg frå – skriftleg.',
                    en: 'Correct. Professional integrity means raising the risk. Democracy and the line of governance mean that you then follow up the decision, within the law. If there is a risk of unlawful decisions, you say so clearly – in writing.',
                  },
                },
              ],
            },
            {
              id: 'st-kr-2',
              kind: 'multiple',
              objective: 'kjenn-rammene',
              prompt: {
                nb: 'Hvilke av disse er politiske og administrative rammer du som leder i en statlig virksomhet må kjenne? Velg alle som passer.',
                nn: 'Kva for nokre av desse er politiske og administrative rammer du som leiar i ei statleg verksemd må kjenne? Vel alle som passar.',
                en: 'Which of these are political and administrative frameworks that you, as a leader in a state agency, must know? Select all that apply.',
              },
              options: [
                {
                  id: 'st-kr-2-a',
                  text: { nb: 'Tildelingsbrevet og budsjettet', nn: 'Tildelingsbrevet og budsjettet', en: 'The letter of allocation and the budget' },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Her står målene virksomheten skal nå, og ressursene den har.',
                    nn: 'Riktig. Her står måla verksemda skal nå, og ressursane ho har.',
                    en: 'Correct. The tildelingsbrev (letter of allocation) and the budget set out the goals the agency must reach and the resources it has.',
                  },
                },
                {
                  id: 'st-kr-2-b',
                  text: { nb: 'Lover og regelverk for oppgavene', nn: 'Lover og regelverk for oppgåvene', en: 'Laws and regulations for the tasks' },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Regelverket setter rammene for hvordan oppgavene skal løses, og er grunnlaget for rettssikkerheten.',
                    nn: 'Riktig. Regelverket set rammene for korleis oppgåvene skal løysast, og er grunnlaget for rettstryggleiken.',
                    en: 'Correct. The rules set the framework for how the tasks are to be carried out, and are the basis of the rule of law.',
                  },
                },
                {
                  id: 'st-kr-2-c',
                  text: {
                    nb: 'Delegasjonsreglementet og fullmaktene dine',
                    nn: 'Delegeringsreglementet og fullmaktene dine',
                    en: 'The delegation rules and the authority delegated to you',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. De viser hva du kan bestemme selv – og dermed ansvaret i lederrollen.',
                    nn: 'Riktig. Dei viser kva du kan bestemme sjølv – og dermed ansvaret i leiarrolla.',
                    en: 'Correct. The delegasjonsreglement (delegation rules) and your delegated authority show what you can decide yourself – and so the responsibility that comes with your role as a leader.',
                  },
                },
                {
                  id: 'st-kr-2-d',
                  text: {
                    nb: 'Partiprogrammene til regjeringspartiene',
                    nn: 'Partiprogramma til regjeringspartia',
                    en: 'The governing parties’ manifestos',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Partiprogrammer er politikk, men de binder ikke virksomheten. Politiske føringer kommer gjennom styringen fra departementet, for eksempel i tildelingsbrevet.',
                    nn: 'Ikkje riktig. Partiprogram er politikk, men dei bind ikkje verksemda. Politiske føringar kjem gjennom styringa frå departementet, til dømes i tildelingsbrevet.',
                    en: 'Incorrect. Party manifestos are politics, but they do not bind the agency. Political guidance comes through the ministry’s governance, for example in the tildelingsbrev (letter of allocation).',
                  },
                },
              ],
            },
            {
              id: 'st-kr-3',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: {
                nb: 'Enheten din har fått nye oppgaver uten mer ressurser. Hva er det beste første steget?',
                nn: 'Eininga di har fått nye oppgåver utan meir ressursar. Kva er det beste første steget?',
                en: 'Your unit has been given new tasks without more resources. What is the best first step?',
              },
              options: [
                {
                  id: 'st-kr-3-a',
                  text: {
                    nb: 'Avklare med lederen din hva som er viktigst, og hva som kan gjøres enklere',
                    nn: 'Avklare med leiaren din kva som er viktigast, og kva som kan gjerast enklare',
                    en: 'Agree with your line manager on what matters most, and on what can be simpler',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Du prioriterer og bruker handlingsrommet, og styringslinjen kjenner valgene.',
                    nn: 'Riktig. Du prioriterer og bruker handlingsrommet, og styringslinja kjenner vala.',
                    en: 'Correct. You prioritise and use your room for manoeuvre, and the line of governance knows what you have chosen.',
                  },
                },
                {
                  id: 'st-kr-3-b',
                  text: {
                    nb: 'Be hver medarbeider prioritere egne oppgaver og si fra om det de ikke rekker',
                    nn: 'Be kvar medarbeidar prioritere eigne oppgåver og seie frå om det dei ikkje rekk',
                    en: 'Ask each employee to prioritise their own tasks and say what they cannot get done',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Medarbeiderne skal ha handlingsrom, men prioriteringen mellom enhetens oppgaver er lederens ansvar.',
                    nn: 'Ikkje riktig. Medarbeidarane skal ha handlingsrom, men det er leiaren som har ansvaret for å prioritere mellom oppgåvene i eininga.',
                    en: 'Incorrect. Employees should have room for manoeuvre, but prioritising between the unit’s tasks is the leader’s responsibility.',
                  },
                },
                {
                  id: 'st-kr-3-c',
                  text: {
                    nb: 'Be om mer ressurser, og la enheten jobbe litt ekstra til svaret kommer',
                    nn: 'Be om meir ressursar, og la eininga arbeide litt ekstra til svaret kjem',
                    en: 'Ask for more resources, and let the unit work a little extra until the answer comes',
                  },
                  feedback: {
                    nb: 'Ikke helt. Det kan være riktig å be om ressurser, men det utsetter prioriteringen og sliter på folk.',
                    nn: 'Ikkje heilt. Det kan vere rett å be om ressursar, men det utset prioriteringa og slit på folk.',
                    en: 'Not quite. Asking for resources may be right, but it puts off prioritising and wears people down.',
                  },
                },
              ],
            },
            {
              id: 'st-kr-4',
              kind: 'multiple',
              objective: 'kjenn-rammene',
              prompt: {
                nb: 'Du vurderer å endre hvordan seksjonen tar imot og fordeler henvendelser. Hva er i tråd med «Bruk partssamarbeidet og medbestemmelse aktivt»? Velg alle som passer.',
                nn: 'Du vurderer å endre korleis seksjonen tek imot og fordeler førespurnader. Kva er i tråd med «Bruk partssamarbeidet og medråderett aktivt»? Vel alle som passar.',
                en: 'You are considering changing how your section receives and allocates enquiries. What is in line with “Make active use of partssamarbeid (cooperation between employer and unions) and co-determination”? Select all that apply.',
              },
              options: [
                {
                  id: 'st-kr-4-e',
                  text: {
                    nb: 'Spørre alle medarbeiderne direkte i stedet for å gå via de tillitsvalgte',
                    nn: 'Spørje alle medarbeidarane direkte i staden for å gå via dei tillitsvalde',
                    en: 'Ask all the employees directly instead of going through the union representatives',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Å spørre medarbeiderne er god involvering, men det erstatter ikke medbestemmelse gjennom de tillitsvalgte.',
                    nn: 'Ikkje riktig. Å spørje medarbeidarane er god involvering, men det erstattar ikkje medråderett gjennom dei tillitsvalde.',
                    en: 'Incorrect. Asking the employees is good involvement, but it does not replace co-determination through the tillitsvalgte (union representatives).',
                  },
                },
                {
                  id: 'st-kr-4-a',
                  text: {
                    nb: 'Ta saken opp med de tillitsvalgte før du har bestemt deg, mens den kan endres',
                    nn: 'Ta opp saka med dei tillitsvalde før du har bestemt deg, medan ho kan endrast',
                    en: 'Raise the matter with the union representatives before you decide, while it can still change',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Når de tillitsvalgte kommer inn tidlig, kan innspillene deres påvirke løsningen.',
                    nn: 'Riktig. Når dei tillitsvalde kjem inn tidleg, kan innspela deira påverke løysinga.',
                    en: 'Correct. When the union representatives come in early, their input can shape the solution.',
                  },
                },
                {
                  id: 'st-kr-4-c',
                  text: {
                    nb: 'Gi de tillitsvalgte grundig informasjon når ordningen er klar til bruk',
                    nn: 'Gi dei tillitsvalde grundig informasjon når ordninga er klar til bruk',
                    en: 'Give the union representatives thorough information when the new arrangement is ready for use',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Da er det for sent å påvirke. Informasjon om noe som er bestemt, er ikke aktiv medbestemmelse.',
                    nn: 'Ikkje riktig. Då er det for seint å påverke. Informasjon om noko som er bestemt, er ikkje aktiv medråderett.',
                    en: 'Incorrect. By then it is too late to influence anything. Information about something already decided is not active co-determination.',
                  },
                },
                {
                  id: 'st-kr-4-f',
                  text: {
                    nb: 'Sjekke i tilpasningsavtalen hvordan og på hvilket nivå saken skal behandles',
                    nn: 'Sjekke i tilpassingsavtalen korleis og på kva nivå saka skal handsamast',
                    en: 'Check in the local adaptation agreement how, and at what level, the matter is to be dealt with',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Tilpasningsavtalen sier hvordan partssamarbeidet foregår hos dere, og på hvilket nivå.',
                    nn: 'Riktig. Tilpassingsavtalen seier korleis partssamarbeidet går føre seg hjå dykk, og på kva nivå.',
                    en: 'Correct. The tilpasningsavtale (local adaptation agreement) sets out how partssamarbeid works in your agency, and at what level.',
                  },
                },
              ],
            },
            {
              id: 'st-kr-5',
              kind: 'single',
              objective: 'kjenn-rammene',
              prompt: {
                nb: 'En kollega sier at drøftinger med de tillitsvalgte bare forsinker beslutningene. Hvilket svar er mest i tråd med grunnlaget?',
                nn: 'Ein kollega seier at drøftingar med dei tillitsvalde berre seinkar avgjerdene. Kva svar er mest i tråd med grunnlaget?',
                en: 'A colleague says that consultations with the union representatives only delay decisions. Which reply is most in line with the foundation document?',
              },
              options: [
                {
                  id: 'st-kr-5-b',
                  text: {
                    nb: 'Når de tillitsvalgte er med, deler de ansvaret for beslutningene med deg',
                    nn: 'Når dei tillitsvalde er med, deler dei ansvaret for avgjerdene med deg',
                    en: 'When the union representatives take part, they share responsibility for the decisions with you',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Du har fortsatt lederansvaret og tar beslutningen. Partssamarbeid handler om at involvering gir bedre beslutninger.',
                    nn: 'Ikkje riktig. Du har framleis leiaransvaret og tek avgjerda. Partssamarbeid handlar om at involvering gir betre avgjerder.',
                    en: 'Incorrect. The responsibility as leader is still yours, and so is the decision. Partssamarbeid (cooperation between employer and unions) is about involvement leading to better decisions.',
                  },
                },
                {
                  id: 'st-kr-5-c',
                  text: {
                    nb: 'Hovedavtalen krever drøftinger, så de må holdes selv om de tar tid',
                    nn: 'Hovudavtalen krev drøftingar, så dei må haldast sjølv om dei tek tid',
                    en: 'The Basic Agreement requires consultation, so it must go ahead even if it takes time',
                  },
                  feedback: {
                    nb: 'Ikke helt. Avtaleverket stiller krav, men grunnlaget ber deg bruke partssamarbeidet og medbestemmelse aktivt, fordi involvering gir bedre beslutninger – ikke bare når du må.',
                    nn: 'Ikkje heilt. Avtaleverket stiller krav, men grunnlaget ber deg bruke partssamarbeidet og medråderett aktivt, fordi involvering gir betre avgjerder – ikkje berre når du må.',
                    en: 'Not quite. The agreements, such as Hovedavtalen i staten (the Basic Agreement for the state sector), do set requirements, but the foundation asks you to make active use of partssamarbeid and co-determination, because involvement leads to better decisions – not only when you have to.',
                  },
                },
                {
                  id: 'st-kr-5-a',
                  text: {
                    nb: 'Når de som kjenner arbeidet, blir hørt, blir beslutningene ofte bedre',
                    nn: 'Når dei som kjenner arbeidet, blir høyrde, blir avgjerdene ofte betre',
                    en: 'When the people who know the work are heard, decisions are often better',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Grunnlaget sier at ledelse i staten må utøves med den norske modellen som plattform, hvor partssamarbeid, medbestemmelse og involvering bidrar til bedre beslutninger.',
                    nn: 'Riktig. Grunnlaget seier at leiing i staten må utøvast med den norske modellen som plattform, der partssamarbeid, medråderett og involvering bidreg til betre avgjerder.',
                    en: 'Correct. The foundation says that leadership in the state must be exercised with the Norwegian model as its platform, where partssamarbeid, co-determination and involvement contribute to better decisions.',
                  },
                },
              ],
            },

            // ---- Styrk medarbeiderne ----
            {
              id: 'st-sm-1',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: {
                nb: 'En dyktig rådgiver spør om å få lede et prosjekt for første gang. Hva er mest i tråd med forventningen om å styrke medarbeiderne?',
                nn: 'Ein dyktig rådgivar spør om å få leie eit prosjekt for første gong. Kva er mest i tråd med forventninga om å styrkje medarbeidarane?',
                en: 'A capable adviser asks to lead a project for the first time. What is most in line with the expectation to strengthen your employees?',
              },
              options: [
                {
                  id: 'st-sm-1-c',
                  text: {
                    nb: 'Gi rådgiveren prosjektet, men ta de viktige beslutningene selv til rådgiveren har mer erfaring',
                    nn: 'Gi rådgivaren prosjektet, men ta dei viktige avgjerdene sjølv til rådgivaren har meir erfaring',
                    en: 'Give the adviser the project, but make the important decisions yourself until the adviser has more experience',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Ansvar uten handlingsrom er ikke tillit. Rådgiveren får ansvaret, men ikke muligheten til å bruke kompetansen sin.',
                    nn: 'Ikkje riktig. Ansvar utan handlingsrom er ikkje tillit. Rådgivaren får ansvaret, men ikkje moglegheita til å bruke kompetansen sin.',
                    en: 'Incorrect. Responsibility without room for manoeuvre is not trust. The adviser gets the responsibility, but not the chance to use their expertise.',
                  },
                },
                {
                  id: 'st-sm-1-a',
                  text: {
                    nb: 'Gi rådgiveren prosjektet, bli enige om hva som skal leveres, og avtale faste samtaler',
                    nn: 'Gi rådgivaren prosjektet, bli samde om kva som skal leverast, og avtale faste samtalar',
                    en: 'Give the adviser the project, agree on what is to be delivered, and set up regular check-ins',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Du viser tillit gjennom tydelig ansvar og handlingsrom, og legger til rette for kompetanseutvikling.',
                    nn: 'Riktig. Du viser tillit gjennom tydeleg ansvar og handlingsrom, og legg til rette for kompetanseutvikling.',
                    en: 'Correct. You show trust through clear responsibility and room for manoeuvre, and make room for skills development.',
                  },
                },
                {
                  id: 'st-sm-1-b',
                  text: {
                    nb: 'La rådgiveren først være nestleder i et prosjekt og lære av en erfaren prosjektleder',
                    nn: 'La rådgivaren først vere nestleiar i eit prosjekt og lære av ein erfaren prosjektleiar',
                    en: 'Let the adviser first be deputy on a project and learn from an experienced project manager',
                  },
                  feedback: {
                    nb: 'Ikke helt. Det kan være en god vei for noen, men her ber en dyktig medarbeider om ansvar. Et nei nå kan koste motivasjon.',
                    nn: 'Ikkje heilt. Det kan vere ein god veg for nokon, men her ber ein dyktig medarbeidar om ansvar. Eit nei no kan koste motivasjon.',
                    en: 'Not quite. That can be a good route for some, but here a capable employee is asking for responsibility. A no now can cost motivation.',
                  },
                },
              ],
            },
            {
              id: 'st-sm-2',
              kind: 'multiple',
              objective: 'styrk-medarbeiderne',
              prompt: {
                nb: 'Du vil motivere til medarbeiderskap i teamet ditt. Hva bidrar til det? Velg alle som passer.',
                nn: 'Du vil motivere til medarbeidarskap i teamet ditt. Kva bidreg til det? Vel alle som passar.',
                en: 'You want to encourage employeeship in your team. What contributes to it? Select all that apply.',
              },
              options: [
                {
                  id: 'st-sm-2-c',
                  text: {
                    nb: 'Sette opp en belønning til den som leverer flest saker hver måned',
                    nn: 'Setje opp ei påskjøning til den som leverer flest saker kvar månad',
                    en: 'Set up a reward for whoever completes the most files each month',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Konkurranse om antall kan gi fart, men medarbeiderskap handler om ansvar for felles mål, ikke egne tall.',
                    nn: 'Ikkje riktig. Konkurranse om tal kan gi fart, men medarbeidarskap handlar om ansvar for felles mål, ikkje eigne tal.',
                    en: 'Incorrect. Competing on numbers can speed things up, but employeeship is about responsibility for shared goals, not your own figures.',
                  },
                },
                {
                  id: 'st-sm-2-a',
                  text: {
                    nb: 'Forklare hvorfor beslutninger blir tatt, og invitere til innspill',
                    nn: 'Forklare kvifor avgjerder blir tekne, og invitere til innspel',
                    en: 'Explain why decisions are made, and invite input',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Medarbeidere som forstår helheten og blir involvert, tar lettere ansvar for felles mål.',
                    nn: 'Riktig. Medarbeidarar som forstår heilskapen og blir involverte, tek lettare ansvar for felles mål.',
                    en: 'Correct. Employees who understand the whole picture and are involved find it easier to take responsibility for shared goals.',
                  },
                },
                {
                  id: 'st-sm-2-d',
                  text: {
                    nb: 'Ta uenighet om beslutninger med hver enkelt etterpå, ikke i teammøtet',
                    nn: 'Ta usemje om avgjerder med kvar einskild etterpå, ikkje i teammøtet',
                    en: 'Take up disagreement about decisions with each person afterwards, not in the team meeting',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Medarbeiderskap innebærer også å si fra og stille spørsmål. Faglige innvendinger er verdifulle for hele teamet.',
                    nn: 'Ikkje riktig. Medarbeidarskap inneber også å seie frå og stille spørsmål. Faglege innvendingar er verdifulle for heile teamet.',
                    en: 'Incorrect. Employeeship also means speaking up and asking questions. Professional objections are valuable to the whole team.',
                  },
                },
              ],
            },
            {
              id: 'st-sm-3',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: {
                nb: 'En medarbeider har skrevet en utredning som er faglig sterk, men vanskelig å lese. Hvilken tilbakemelding er best?',
                nn: 'Ein medarbeidar har skrive ei utgreiing som er fagleg sterk, men vanskeleg å lese. Kva for ei tilbakemelding er best?',
                en: 'An employee has written a report that is professionally strong but hard to read. Which feedback is best?',
              },
              options: [
                {
                  id: 'st-sm-3-a',
                  text: {
                    nb: '«Beregningene holder. Sett konklusjonen først, så blir den lettere å bruke.»',
                    nn: '«Utrekningane held. Set konklusjonen først, så blir ho lettare å bruke.»',
                    en: '“Your calculations hold up. Put the conclusion first, so it is easier to use.”',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Den sier konkret hva som er bra, og gir et konkret råd om hva som kan bli bedre.',
                    nn: 'Riktig. Ho seier konkret kva som er bra, og gir eit konkret råd om kva som kan bli betre.',
                    en: 'Correct. It says specifically what is good, and gives concrete advice on what could be better.',
                  },
                },
                {
                  id: 'st-sm-3-b',
                  text: {
                    nb: '«Fin utredning, takk! Den blir nyttig for ledelsen, og jeg sender den videre i dag.»',
                    nn: '«Fin utgreiing, takk! Ho blir nyttig for leiinga, og eg sender ho vidare i dag.»',
                    en: '“Nice report, thank you! It will be useful for management, and I’ll pass it on today.”',
                  },
                  feedback: {
                    nb: 'Ikke helt. Den er anerkjennende, men medarbeideren får ikke vite hva som var bra, eller hva som kan bli bedre.',
                    nn: 'Ikkje heilt. Ho er anerkjennande, men medarbeidaren får ikkje vite kva som var bra, eller kva som kan bli betre.',
                    en: 'Not quite. It shows appreciation, but the employee does not learn what was good or what could be better.',
                  },
                },
                {
                  id: 'st-sm-3-d',
                  text: {
                    nb: '«Teksten er for tung. Jeg skriver om sammendraget selv denne gangen.»',
                    nn: '«Teksten er for tung. Eg skriv om samandraget sjølv denne gongen.»',
                    en: '“The text is too heavy going. I’ll rewrite the summary myself this time.”',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Du løser problemet nå, men medarbeideren lærer ikke hvordan teksten kan bli bedre.',
                    nn: 'Ikkje riktig. Du løyser problemet no, men medarbeidaren lærer ikkje korleis teksten kan bli betre.',
                    en: 'Incorrect. You solve the problem for now, but the employee does not learn how the text could be better.',
                  },
                },
              ],
            },
            {
              id: 'st-sm-4',
              kind: 'ordering',
              objective: 'styrk-medarbeiderne',
              prompt: {
                nb: 'Du skal ta imot en ny medarbeider med en annen faglig bakgrunn enn resten av teamet. Sett stegene i rekkefølge.',
                nn: 'Du skal ta imot ein ny medarbeidar med ein annan fagleg bakgrunn enn resten av teamet. Set stega i rekkjefølgje.',
                en: 'You are about to welcome a new employee whose professional background differs from the rest of the team’s. Put the steps in order.',
              },
              items: [
                {
                  id: 'st-sm-4-a',
                  text: {
                    nb: 'Forbered teamet, og finn en fast kollega den nye kan spørre',
                    nn: 'Førebu teamet, og finn ein fast kollega den nye kan spørje',
                    en: 'Prepare the team, and find a regular colleague the newcomer can ask',
                  },
                },
                {
                  id: 'st-sm-4-b',
                  text: {
                    nb: 'Snakk med den nye om forventninger og tidligere erfaring',
                    nn: 'Snakk med den nye om forventningar og tidlegare erfaring',
                    en: 'Talk with the newcomer about expectations and past experience',
                  },
                },
                {
                  id: 'st-sm-4-c',
                  text: {
                    nb: 'Gi en oppgave der den nye kan bruke erfaringen sin',
                    nn: 'Gi ei oppgåve der den nye kan bruke erfaringa si',
                    en: 'Give a task where the newcomer can use their experience',
                  },
                },
                {
                  id: 'st-sm-4-d',
                  text: {
                    nb: 'Spør om den nye opplever å bli hørt',
                    nn: 'Spør om den nye opplever å bli høyrd',
                    en: 'Ask whether the newcomer feels heard',
                  },
                },
              ],
              feedbackCorrect: {
                nb: 'Riktig. Inkludering begynner før første arbeidsdag, og handler om at kompetansen blir brukt – og om å følge opp at det skjer.',
                nn: 'Riktig. Inkludering byrjar før den første arbeidsdagen, og handlar om at kompetansen blir brukt – og om å følgje opp at det skjer.',
                en: 'Correct. Inclusion begins before the first working day, and is about putting people’s skills to use – and following up that this happens.',
              },
              feedbackIncorrect: {
                nb: 'Ikke helt. Forbered teamet før den nye kommer. Du må kjenne erfaringen før du kan bruke den, og om den nye blir hørt, kan du først spørre om etter en tid.',
                nn: 'Ikkje heilt. Førebu teamet før den nye kjem. Du må kjenne erfaringa før du kan bruke ho, og om den nye blir høyrd, kan du først spørje om etter ei tid.',
                en: 'Not quite. Prepare the team before the newcomer arrives. You need to know their experience before you can use it, and only after a while can you ask whether they feel heard.',
              },
            },
            {
              id: 'st-sm-5',
              kind: 'single',
              objective: 'styrk-medarbeiderne',
              prompt: {
                nb: 'Hvorfor er tillit særlig viktig når du leder kunnskapsmedarbeidere, ifølge innspillene til grunnlaget?',
                nn: 'Kvifor er tillit særleg viktig når du leier kunnskapsmedarbeidarar, ifølgje innspela til grunnlaget?',
                en: 'According to the input to the foundation document, why is trust particularly important when you lead knowledge workers?',
              },
              options: [
                {
                  id: 'st-sm-5-a',
                  text: {
                    nb: 'Fordi fagfolk som ikke får styre eget arbeid, mister lysten og lettere slutter',
                    nn: 'Fordi fagfolk som ikkje får styre eige arbeid, mistar lysta og lettare sluttar',
                    en: 'Because experts who cannot direct their own work lose their drive and leave more easily',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Innspillene sier: «Uten reell autonomi og handlingsrom vil de miste motivasjon og det blir vanskeligere å beholde kompetanse.»',
                    nn: 'Riktig. Innspela seier at utan reell autonomi og handlingsrom mistar dei motivasjonen, og det blir vanskelegare å halde på kompetanse.',
                    en: 'Correct. The input says that without real autonomy and room for manoeuvre they lose motivation, and expertise becomes harder to retain.',
                  },
                },
                {
                  id: 'st-sm-5-b',
                  text: {
                    nb: 'Fordi kunnskapsmedarbeidere kan fagfeltet bedre enn lederen, og derfor trenger lite ledelse',
                    nn: 'Fordi kunnskapsmedarbeidarar kan fagfeltet betre enn leiaren, og difor treng lite leiing',
                    en: 'Because knowledge workers know their field better than the leader, and so need little leadership',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Innspillene sier tvert imot at ledere blir svært viktige fremover. Det er måten å lede på som endrer seg.',
                    nn: 'Ikkje riktig. Innspela seier tvert imot at leiarar blir svært viktige framover. Det er måten å leie på som endrar seg.',
                    en: 'Incorrect. On the contrary, the input says that leaders will be very important in the years ahead. What changes is the way of leading.',
                  },
                },
                {
                  id: 'st-sm-5-c',
                  text: {
                    nb: 'Fordi reell autonomi og handlingsrom gjør konkrete mål overflødige',
                    nn: 'Fordi reell autonomi og handlingsrom gjer konkrete mål overflødige',
                    en: 'Because real autonomy and room for manoeuvre make specific goals unnecessary',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Tillit gis gjennom tydelig ansvar og handlingsrom. Tydelige mål er en del av det som gjør tillit mulig.',
                    nn: 'Ikkje riktig. Tillit blir gitt gjennom tydeleg ansvar og handlingsrom. Tydelege mål er ein del av det som gjer tillit mogleg.',
                    en: 'Incorrect. Trust is given through clear responsibility and room for manoeuvre. Clear goals are part of what makes trust possible.',
                  },
                },
              ],
            },

            // ---- Se helheten ----
            {
              id: 'st-sh-1',
              kind: 'single',
              objective: 'se-helheten',
              prompt: {
                nb: 'Enheten din skal lage en ny veileder for kommunene. Hva viser best at du ser utover egen virksomhet?',
                nn: 'Eininga di skal lage ein ny rettleiar for kommunane. Kva viser best at du ser ut over eiga verksemd?',
                en: 'Your unit is to produce new guidance for the municipalities. What best shows that you look beyond your own agency?',
              },
              options: [
                {
                  id: 'st-sh-1-b',
                  text: {
                    nb: 'Du sender veilederen på en bred høring til alle kommunene når utkastet er klart',
                    nn: 'Du sender rettleiaren på ei brei høyring til alle kommunane når utkastet er klart',
                    en: 'You send the guidance out for broad consultation with all the municipalities once the draft is ready',
                  },
                  feedback: {
                    nb: 'Ikke helt. En høring er nyttig, men da er mye bestemt. Samarbeid på tvers virker best tidlig.',
                    nn: 'Ikkje heilt. Ei høyring er nyttig, men då er mykje bestemt. Samarbeid på tvers verkar best tidleg.',
                    en: 'Not quite. A consultation is useful, but by then much has been decided. Cooperation across boundaries works best early.',
                  },
                },
                {
                  id: 'st-sh-1-c',
                  text: {
                    nb: 'Du lar juristene i enheten skrive veilederen og sikre at den er juridisk korrekt',
                    nn: 'Du lèt juristane i eininga skrive rettleiaren og sikre at han er juridisk korrekt',
                    en: 'You let the lawyers in your unit write the guidance and make sure it is legally correct',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Juridisk kvalitet er viktig, men uten dem som skal bruke veilederen, blir den sett bare fra egen virksomhet.',
                    nn: 'Ikkje riktig. Juridisk kvalitet er viktig, men utan dei som skal bruke rettleiaren, blir han sett berre frå eiga verksemd.',
                    en: 'Incorrect. Legal quality matters, but without the people who will use the guidance, it is seen only from your own agency’s point of view.',
                  },
                },
                {
                  id: 'st-sh-1-a',
                  text: {
                    nb: 'Du tar fra starten med noen kommuner og andre etater som veileder dem',
                    nn: 'Du tek frå starten med nokre kommunar og andre etatar som rettleier dei',
                    en: 'From the start, you involve some municipalities and other agencies that advise them',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Da får du frem behovene til dem som skal bruke veilederen, og kommunene slipper motstridende råd fra staten.',
                    nn: 'Riktig. Då får du fram behova til dei som skal bruke rettleiaren, og kommunane slepp motstridande råd frå staten.',
                    en: 'Correct. This brings out the needs of those who will use the guidance, and the municipalities are spared conflicting advice from the state.',
                  },
                },
              ],
            },
            {
              id: 'st-sh-2',
              kind: 'multiple',
              objective: 'se-helheten',
              prompt: {
                nb: 'Hva viser at en leder har bevissthet om sikkerhet og beredskap? Velg alle som passer.',
                nn: 'Kva viser at ein leiar har medvit om tryggleik og beredskap? Vel alle som passar.',
                en: 'What shows that a leader is aware of security and preparedness? Select all that apply.',
              },
              options: [
                {
                  id: 'st-sh-2-c',
                  text: {
                    nb: 'Lederen overlater sikkerheten til IT-avdelingen, som har fagkompetansen',
                    nn: 'Leiaren overlèt tryggleiken til IT-avdelinga, som har fagkompetansen',
                    en: 'The leader leaves security to the IT department, which has the expertise',
                  },
                  feedback: {
                    nb: 'Ikke riktig. IT-avdelingen er viktig, men sikkerhet og beredskap er også et lederansvar i enheten.',
                    nn: 'Ikkje riktig. IT-avdelinga er viktig, men tryggleik og beredskap er også eit leiaransvar i eininga.',
                    en: 'Incorrect. The IT department matters, but security and preparedness are also a leadership responsibility within the unit.',
                  },
                },
                {
                  id: 'st-sh-2-b',
                  text: {
                    nb: 'Medarbeiderne blir takket når de sier fra om sikkerhetshendelser, også egne feil',
                    nn: 'Medarbeidarane blir takka når dei seier frå om tryggleikshendingar, også eigne feil',
                    en: 'Employees are thanked when they report security incidents, including their own mistakes',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. En kultur der det er trygt å si fra, gjør at hendelser blir oppdaget og håndtert tidlig.',
                    nn: 'Riktig. Ein kultur der det er trygt å seie frå, gjer at hendingar blir oppdaga og handterte tidleg.',
                    en: 'Correct. A culture where it is safe to speak up means that incidents are discovered and dealt with early.',
                  },
                },
                {
                  id: 'st-sh-2-d',
                  text: {
                    nb: 'Hendelser uten synlig skade blir notert lokalt i stedet for å meldes',
                    nn: 'Hendingar utan synleg skade blir noterte lokalt i staden for å bli melde',
                    en: 'Incidents with no visible harm are noted locally instead of being reported',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Hendelser uten synlig skade kan vise svakheter, og brudd på personopplysningssikkerheten må vurderes med en gang.',
                    nn: 'Ikkje riktig. Hendingar utan synleg skade kan vise veikskapar, og brot på personopplysningstryggleiken må vurderast med ein gong.',
                    en: 'Incorrect. Incidents with no visible harm can reveal weaknesses, and personal data breaches must be assessed at once.',
                  },
                },
                {
                  id: 'st-sh-2-a',
                  text: {
                    nb: 'Enheten har øvd på hva den gjør hvis IT-systemene er nede',
                    nn: 'Eininga har øvd på kva ho gjer dersom IT-systema er nede',
                    en: 'The unit has practised what to do if the IT systems go down',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Beredskap betyr å være forberedt, og planer virker først når dere har øvd på dem.',
                    nn: 'Riktig. Beredskap betyr å vere førebudd, og planar verkar først når de har øvd på dei.',
                    en: 'Correct. Preparedness means being ready, and plans only work once you have practised them.',
                  },
                },
                {
                  id: 'st-sh-2-e',
                  text: {
                    nb: 'Lederen kjenner det virksomhetens ROS-analyse sier om enheten',
                    nn: 'Leiaren kjenner til kva ROS-analysen til verksemda seier om eininga',
                    en: 'The leader knows what the agency’s risk and vulnerability analysis says about the unit',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Risiko- og sårbarhetsanalysen viser hva som kan true tjenestene dere har ansvar for.',
                    nn: 'Riktig. Risiko- og sårbarheitsanalysen viser kva som kan truge tenestene de har ansvar for.',
                    en: 'Correct. The risk and vulnerability analysis (ROS analysis) shows what may threaten the services you are responsible for.',
                  },
                },
              ],
            },
            {
              id: 'st-sh-3',
              kind: 'single',
              objective: 'se-helheten',
              prompt: {
                nb: 'Grunnlaget kaller samfunnsoppdraget og forvaltningsverdiene en navigasjonshjelp i en usikker og urolig tid. Hva betyr det i praksis?',
                nn: 'Grunnlaget kallar samfunnsoppdraget og forvaltningsverdiane ei navigasjonshjelp i ei usikker og uroleg tid. Kva betyr det i praksis?',
                en: 'The foundation document calls the agency’s mission in society and the core values of the civil service a navigation aid in uncertain and turbulent times. What does that mean in practice?',
              },
              options: [
                {
                  id: 'st-sh-3-a',
                  text: {
                    nb: 'Når planene svikter, prioriterer du ut fra hvem dere tjener, innenfor verdiene',
                    nn: 'Når planane sviktar, prioriterer du ut frå kven de tener, innanfor verdiane',
                    en: 'When plans fail, you set priorities by whom you serve, staying within the core values',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Samfunnsoppdraget og verdiene gir retning når situasjonen er uklar og planene ikke strekker til.',
                    nn: 'Riktig. Samfunnsoppdraget og verdiane gir retning når situasjonen er uklar og planane ikkje strekk til.',
                    en: 'Correct. The mission in society and the values give direction when the situation is unclear and plans fall short.',
                  },
                },
                {
                  id: 'st-sh-3-c',
                  text: {
                    nb: 'I en krise kan du se bort fra vanlige regler når det trengs for å løse samfunnsoppdraget',
                    nn: 'I ei krise kan du sjå bort frå vanlege reglar når det trengst for å løyse samfunnsoppdraget',
                    en: 'In a crisis you may set aside normal rules where needed to fulfil the mission in society',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Samfunnsoppdraget og forvaltningsverdiene hører sammen: Også i en krise må du holde deg innenfor regelverket.',
                    nn: 'Ikkje riktig. Samfunnsoppdraget og forvaltningsverdiane høyrer saman: Også i ei krise må du halde deg innanfor regelverket.',
                    en: 'Incorrect. The mission in society and the core values of the civil service belong together: even in a crisis you must stay within the rules.',
                  },
                },
                {
                  id: 'st-sh-3-b',
                  text: {
                    nb: 'Virksomheten bør jevnlig vurdere om samfunnsoppdraget passer med tiden',
                    nn: 'Verksemda bør jamleg vurdere om samfunnsoppdraget passar med tida',
                    en: 'The agency should regularly consider whether its mission in society fits the times',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Samfunnsoppdraget gis av politiske myndigheter, og poenget er at det er et fast punkt når omgivelsene endrer seg.',
                    nn: 'Ikkje riktig. Samfunnsoppdraget blir gitt av politiske styresmakter, og poenget er at det er eit fast punkt når omgivnadene endrar seg.',
                    en: 'Incorrect. The mission in society is given by the political authorities, and the point is that it is a fixed point when the world around you changes.',
                  },
                },
              ],
            },
            {
              id: 'st-sh-4',
              kind: 'ordering',
              objective: 'se-helheten',
              prompt: {
                nb: 'Seksjonen din skal forenkle et brev som blir sendt til mange innbyggere. Sett stegene i en rekkefølge som gir systematisk brukermedvirkning.',
                nn: 'Seksjonen din skal forenkle eit brev som blir sendt til mange innbyggjarar. Set stega i ei rekkjefølgje som gir systematisk brukarmedverknad.',
                en: 'Your section is to simplify a letter that is sent to many citizens. Put the steps in an order that gives systematic user involvement.',
              },
              items: [
                {
                  id: 'st-sh-4-a',
                  text: {
                    nb: 'Finn ut hvem som får brevet, og hva de trenger å forstå',
                    nn: 'Finn ut kven som får brevet, og kva dei treng å forstå',
                    en: 'Find out who receives the letter, and what they need to understand',
                  },
                },
                {
                  id: 'st-sh-4-b',
                  text: {
                    nb: 'Test dagens brev med noen mottakere og se hva som er vanskelig',
                    nn: 'Test dagens brev på nokre mottakarar og sjå kva som er vanskeleg',
                    en: 'Test the current letter with some recipients and see what is difficult',
                  },
                },
                {
                  id: 'st-sh-4-c',
                  text: { nb: 'Lag et nytt utkast ut fra funnene', nn: 'Lag eit nytt utkast ut frå funna', en: 'Write a new draft based on the findings' },
                },
                {
                  id: 'st-sh-4-d',
                  text: {
                    nb: 'Test det nye utkastet med mottakere igjen før det tas i bruk',
                    nn: 'Test det nye utkastet på mottakarar igjen før det blir teke i bruk',
                    en: 'Test the new draft with recipients again before it is put into use',
                  },
                },
              ],
              feedbackCorrect: {
                nb: 'Riktig. Brukerne er med både før og etter endringen. Det gjør medvirkningen systematisk.',
                nn: 'Riktig. Brukarane er med både før og etter endringa. Det gjer medverknaden systematisk.',
                en: 'Correct. The users are involved both before and after the change. That is what makes the involvement systematic.',
              },
              feedbackIncorrect: {
                nb: 'Ikke helt. Start med hvem brevet er for, test dagens versjon, skriv nytt ut fra funnene – og test igjen før det tas i bruk.',
                nn: 'Ikkje heilt. Start med kven brevet er for, test dagens versjon, skriv nytt ut frå funna – og test igjen før det blir teke i bruk.',
                en: 'Not quite. Start with who the letter is for, test the current version, rewrite it based on the findings – and test again before it is put into use.',
              },
            },
            {
              id: 'st-sh-5',
              kind: 'single',
              objective: 'se-helheten',
              prompt: {
                nb: 'Hvorfor legger grunnlaget vekt på samarbeid på tvers av sektorer og virksomheter?',
                nn: 'Kvifor legg grunnlaget vekt på samarbeid på tvers av sektorar og verksemder?',
                en: 'Why does the foundation document stress cooperation across sectors and agencies?',
              },
              options: [
                {
                  id: 'st-sh-5-b',
                  text: {
                    nb: 'Fordi samarbeid på tvers gir mer fleksibilitet enn å følge styringslinjen i hver virksomhet',
                    nn: 'Fordi samarbeid på tvers gir meir fleksibilitet enn å følgje styringslinja i kvar verksemd',
                    en: 'Because cooperation across boundaries gives more flexibility than following the line of governance in each agency',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Styringslinjen er fortsatt sterk. Samarbeid på tvers skjer innenfor rammene, ikke i stedet for dem.',
                    nn: 'Ikkje riktig. Styringslinja er framleis sterk. Samarbeid på tvers skjer innanfor rammene, ikkje i staden for dei.',
                    en: 'Incorrect. The line of governance is still strong. Cooperation across boundaries happens within the framework, not instead of it.',
                  },
                },
                {
                  id: 'st-sh-5-d',
                  text: {
                    nb: 'Fordi stramme budsjetter krever samordning på tvers av sektorer og virksomheter',
                    nn: 'Fordi stramme budsjett krev samordning på tvers av sektorar og verksemder',
                    en: 'Because tight budgets require coordination across sectors and agencies',
                  },
                  feedback: {
                    nb: 'Ikke helt. Stramme budsjetter er et utviklingstrekk grunnlaget nevner, men begrunnelsen for samarbeid på tvers er at samfunnsproblemene krever helhetlige løsninger.',
                    nn: 'Ikkje heilt. Stramme budsjett er eit utviklingstrekk grunnlaget nemner, men grunngivinga for samarbeid på tvers er at samfunnsproblema krev heilskaplege løysingar.',
                    en: 'Not quite. Tight budgets are a trend the foundation mentions, but the reason for cooperation across boundaries is that societal problems require joined-up solutions.',
                  },
                },
                {
                  id: 'st-sh-5-a',
                  text: {
                    nb: 'Fordi store samfunnsproblemer, som klima og miljø, ikke kan løses av én sektor alene',
                    nn: 'Fordi store samfunnsproblem, som klima og miljø, ikkje kan løysast av éin sektor åleine',
                    en: 'Because major societal problems, such as climate and the environment, cannot be solved by one sector alone',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Grunnlaget sier at samfunnsproblemer som klima, miljø og det grønne skiftet «krever helhetlige løsninger og samordning på tvers av sektorer og virksomheter».',
                    nn: 'Riktig. Grunnlaget seier at samfunnsproblem som klima, miljø og det grøne skiftet krev heilskaplege løysingar og samordning på tvers av sektorar og verksemder.',
                    en: 'Correct. The foundation says that societal problems such as climate, the environment and the green transition require joined-up solutions and coordination across sectors and agencies.',
                  },
                },
              ],
            },

            // ---- Vær innovativ ----
            {
              id: 'st-vi-1',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: {
                nb: 'Ledelsen vurderer et nytt saksbehandlingssystem. Du er ikke teknolog. Hva er din viktigste oppgave som leder?',
                nn: 'Leiinga vurderer eit nytt sakshandsamingssystem. Du er ikkje teknolog. Kva er den viktigaste oppgåva di som leiar?',
                en: 'Senior management is considering a new casework system. You are not a technologist. What is your most important task as a leader?',
              },
              options: [
                {
                  id: 'st-vi-1-b',
                  text: {
                    nb: 'La IT-avdelingen gjøre vurderingen, og sørge for at teamet får god opplæring når systemet kommer',
                    nn: 'La IT-avdelinga gjere vurderinga, og syte for at teamet får god opplæring når systemet kjem',
                    en: 'Let the IT department do the assessment, and make sure the team gets good training when the system arrives',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Opplæring er viktig, men du kjenner oppgavene og medarbeiderne. Uten dine spørsmål blir det lett en løsning som ikke passer arbeidet.',
                    nn: 'Ikkje riktig. Opplæring er viktig, men du kjenner oppgåvene og medarbeidarane. Utan spørsmåla dine blir det lett ei løysing som ikkje passar arbeidet.',
                    en: 'Incorrect. Training matters, but you know the tasks and the employees. Without your questions, the result can easily be a solution that does not fit the work.',
                  },
                },
                {
                  id: 'st-vi-1-c',
                  text: {
                    nb: 'Sette deg godt inn i de tekniske løsningene og vurdere dem selv',
                    nn: 'Setje deg godt inn i dei tekniske løysingane og vurdere dei sjølv',
                    en: 'Get to know the technical solutions well and assess them yourself',
                  },
                  feedback: {
                    nb: 'Ikke helt. Det er verken nødvendig eller realistisk. Innspillsrunden peker på tilstrekkelig teknologikompetanse – nok til å stille de gode spørsmålene.',
                    nn: 'Ikkje heilt. Det er verken naudsynt eller realistisk. Innspelsrunden peikar på tilstrekkeleg teknologikompetanse – nok til å stille dei gode spørsmåla.',
                    en: 'Not quite. That is neither necessary nor realistic. The input round points to sufficient technological competence – enough to ask the right questions.',
                  },
                },
                {
                  id: 'st-vi-1-a',
                  text: {
                    nb: 'Finne ut hva systemet skal løse, og hva det vil endre i arbeidet til teamet',
                    nn: 'Finne ut kva systemet skal løyse, og kva det vil endre i arbeidet til teamet',
                    en: 'Find out what the system is meant to solve, and what it will change in the team’s work',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Ledere trenger ikke være teknologer, men må kunne nok til å stille de gode spørsmålene.',
                    nn: 'Riktig. Leiarar treng ikkje vere teknologar, men må kunne nok til å stille dei gode spørsmåla.',
                    en: 'Correct. Leaders need not be technologists, but must know enough to ask the right questions.',
                  },
                },
              ],
            },
            {
              id: 'st-vi-2',
              kind: 'multiple',
              objective: 'vaer-innovativ',
              prompt: {
                nb: 'En medarbeider foreslår å bruke en gratis KI-tjeneste på nettet til å oppsummere klagesaker. Hva bør du gjøre? Velg alle som passer.',
                nn: 'Ein medarbeidar føreslår å bruke ei gratis KI-teneste på nettet til å oppsummere klagesaker. Kva bør du gjere? Vel alle som passar.',
                en: 'An employee suggests using a free online AI service to summarise appeals. What should you do? Select all that apply.',
              },
              options: [
                {
                  id: 'st-vi-2-e',
                  text: {
                    nb: 'Si klart fra at saksopplysninger aldri skal inn i tjenester virksomheten ikke har godkjent',
                    nn: 'Seie klart frå at saksopplysningar aldri skal inn i tenester verksemda ikkje har godkjent',
                    en: 'Make it clear that information from files must never go into services the agency has not approved',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Klagesaker inneholder personopplysninger og opplysninger underlagt taushetsplikt. En tjeneste virksomheten ikke har godkjent og ikke har databehandleravtale med, er aldri et forsvarlig sted for dem.',
                    nn: 'Riktig. Klagesaker inneheld personopplysningar og opplysningar som er underlagde teieplikt. Ei teneste som verksemda ikkje har godkjent og ikkje har databehandlaravtale med, er aldri ein forsvarleg stad for dei.',
                    en: 'Correct. Appeals contain personal data and information subject to a duty of confidentiality. A service the agency has not approved, and has no data processing agreement with, is never a responsible place for it.',
                  },
                },
                {
                  id: 'st-vi-2-c',
                  text: {
                    nb: 'Si at KI ikke skal brukes i enheten før ledelsen har laget en KI-strategi',
                    nn: 'Seie at KI ikkje skal brukast i eininga før leiinga har laga ein KI-strategi',
                    en: 'Say that AI is not to be used in the unit until senior management has drawn up an AI strategy',
                  },
                  feedback: {
                    nb: 'Ikke riktig. En strategi er nyttig, men et generelt nei stopper både initiativet og læringen.',
                    nn: 'Ikkje riktig. Ein strategi er nyttig, men eit generelt nei stoppar både initiativet og læringa.',
                    en: 'Incorrect. A strategy is useful, but a blanket no stops both the initiative and the learning.',
                  },
                },
                {
                  id: 'st-vi-2-d',
                  text: {
                    nb: 'Si at det er greit hvis navn og fødselsnummer er fjernet',
                    nn: 'Seie at det er greitt dersom namn og fødselsnummer er fjerna',
                    en: 'Say it is fine if names and national identity numbers are removed',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Å fjerne navn gjør ikke saken anonym. Mange kan kjennes igjen av detaljene.',
                    nn: 'Ikkje riktig. Å fjerne namn gjer ikkje saka anonym. Mange kan kjennast att på detaljane.',
                    en: 'Incorrect. Removing names does not make the file anonymous. Many people can be recognised from the details.',
                  },
                },
                {
                  id: 'st-vi-2-b',
                  text: {
                    nb: 'Ta godt imot ideen, og finne ut om virksomheten har et godkjent verktøy som kan prøves',
                    nn: 'Ta godt imot ideen, og finne ut om verksemda har eit godkjent verktøy som kan prøvast',
                    en: 'Welcome the idea, and find out whether the agency has an approved tool that can be tried',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Du utforsker ny teknologi og bygger en kultur for ideer, innenfor det som er forsvarlig.',
                    nn: 'Riktig. Du utforskar ny teknologi og byggjer ein kultur for idear, innanfor det som er forsvarleg.',
                    en: 'Correct. You explore new technology and build a culture for ideas, within what is responsible.',
                  },
                },
              ],
            },
            {
              id: 'st-vi-3',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: {
                nb: 'Et forsøk med en ny arbeidsform har ikke gitt de resultatene dere håpet på. Hva bygger best kultur for innovasjon og kontinuerlig læring?',
                nn: 'Eit forsøk med ei ny arbeidsform har ikkje gitt dei resultata de håpa på. Kva byggjer best kultur for innovasjon og kontinuerleg læring?',
                en: 'A trial of a new way of working has not produced the results you hoped for. What best builds a culture of innovation and continuous learning?',
              },
              options: [
                {
                  id: 'st-vi-3-a',
                  text: {
                    nb: 'Fortelle åpent hva dere prøvde, hva som ikke virket, og hva dere lærte',
                    nn: 'Fortelje ope kva de prøvde, kva som ikkje verka, og kva de lærte',
                    en: 'Tell others openly what you tried, what did not work, and what you learned',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Takhøyde for feil og åpenhet om det som ikke virket, er en forutsetning for læring og nytenkning.',
                    nn: 'Riktig. Takhøgd for feil og openheit om det som ikkje verka, er ein føresetnad for læring og nytenking.',
                    en: 'Correct. Room for mistakes and openness about what did not work are a precondition for learning and new thinking.',
                  },
                },
                {
                  id: 'st-vi-3-d',
                  text: {
                    nb: 'Finne ut hvem som burde stoppet forsøket, og kreve godkjenning av nye forsøk',
                    nn: 'Finne ut kven som burde ha stoppa forsøket, og krevje godkjenning av nye forsøk',
                    en: 'Find out who should have stopped the trial, and require approval for new trials',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Å lete etter noen å legge skylden på og å stramme inn gjør at færre tør å prøve noe nytt. Da stopper læringen.',
                    nn: 'Ikkje riktig. Å leite etter nokon å leggje skulda på og å stramme inn gjer at færre tør å prøve noko nytt. Då stoppar læringa.',
                    en: 'Incorrect. Looking for someone to blame and tightening control mean that fewer people dare to try something new. Then the learning stops.',
                  },
                },
                {
                  id: 'st-vi-3-b',
                  text: {
                    nb: 'Avslutte forsøket og bruke tiden på neste tiltak',
                    nn: 'Avslutte forsøket og bruke tida på neste tiltak',
                    en: 'End the trial and spend the time on the next initiative',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Da går læringen tapt, og andre kan gjøre de samme feilene.',
                    nn: 'Ikkje riktig. Då går læringa tapt, og andre kan gjere dei same feila.',
                    en: 'Incorrect. Then the learning is lost, and others may make the same mistakes.',
                  },
                },
              ],
            },
            {
              id: 'st-vi-4',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: {
                nb: 'Fra innspillsrunden: Ledere i staten må «tørre å presentere kontroversielle ting til politisk ledelse». Teamet ditt har en idé som går på tvers av det departementet har tenkt. Hva gjør du?',
                nn: 'Frå innspelsrunden: Leiarar i staten må tore å presentere kontroversielle ting for politisk leiing. Teamet ditt har ein idé som går på tvers av det departementet har tenkt. Kva gjer du?',
                en: 'From the input round: leaders in the state must dare to present controversial matters to the political leadership. Your team has an idea that runs counter to what the ministry has in mind. What do you do?',
              },
              options: [
                {
                  id: 'st-vi-4-c',
                  text: {
                    nb: 'Du prøver ideen i det små i egen enhet først, og legger den frem når du har resultater',
                    nn: 'Du prøver ut ideen i det små i eiga eining først, og legg han fram når du har resultat',
                    en: 'You try the idea on a small scale in your own unit first, and present it once you have results',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Små forsøk er bra, men ikke når de går på tvers av styringen uten at ledelsen vet om det.',
                    nn: 'Ikkje riktig. Små forsøk er bra, men ikkje når dei går på tvers av styringa utan at leiinga veit om det.',
                    en: 'Incorrect. Small trials are good, but not when they go against the agency’s governance without senior management knowing about it.',
                  },
                },
                {
                  id: 'st-vi-4-a',
                  text: {
                    nb: 'Du utreder fordeler og risiko, og legger ideen frem gjennom styringslinjen',
                    nn: 'Du greier ut fordelar og risiko, og legg ideen fram gjennom styringslinja',
                    en: 'You assess the benefits and risks, and present the idea through the line of governance',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Du tør å presentere noe kontroversielt, og gjør det innenfor rammene, slik at politisk ledelse får et godt grunnlag.',
                    nn: 'Riktig. Du tør å presentere noko kontroversielt, og gjer det innanfor rammene, slik at politisk leiing får eit godt grunnlag.',
                    en: 'Correct. You dare to present something controversial, and do it within the framework, so that the political leadership has a sound basis for its decisions.',
                  },
                },
                {
                  id: 'st-vi-4-b',
                  text: {
                    nb: 'Du venter til departementet selv spør etter nye løsninger på området',
                    nn: 'Du ventar til departementet sjølv spør etter nye løysingar på området',
                    en: 'You wait until the ministry itself asks for new solutions in the area',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Da tør du verken å tenke innovativt eller å ta risiko, og politisk ledelse går glipp av et alternativ.',
                    nn: 'Ikkje riktig. Då tør du verken å tenkje innovativt eller å ta risiko, og politisk leiing går glipp av eit alternativ.',
                    en: 'Incorrect. Then you dare neither to think innovatively nor to take risks, and the political leadership misses out on an alternative.',
                  },
                },
              ],
            },
            {
              id: 'st-vi-5',
              kind: 'single',
              objective: 'vaer-innovativ',
              prompt: {
                nb: 'Digitaliseringsrådet skriver at «modige leiarar ikkje alltid veit best». Hva betyr det for deg som leder?',
                nn: 'Digitaliseringsrådet skriv at «modige leiarar ikkje alltid veit best». Kva betyr det for deg som leiar?',
                en: 'Digitaliseringsrådet (the Digitalisation Council) writes that “modige leiarar ikkje alltid veit best” (courageous leaders do not always know best). What does that mean for you as a leader?',
              },
              options: [
                {
                  id: 'st-vi-5-b',
                  text: {
                    nb: 'Du lar teamet velge retning og støtter det de blir enige om',
                    nn: 'Du lèt teamet velje retning og støttar det dei blir samde om',
                    en: 'You let the team choose the direction and back what they agree on',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Sitatet sier tvert imot at vi fortsatt må ha noen på toppen som setter retning.',
                    nn: 'Ikkje riktig. Sitatet seier tvert imot at vi framleis må ha nokon på toppen som set retning.',
                    en: 'Incorrect. On the contrary, the quotation says that we still need someone at the top who sets the direction.',
                  },
                },
                {
                  id: 'st-vi-5-c',
                  text: {
                    nb: 'Du venter med store beslutninger til du har hentet inn råd fra alle berørte',
                    nn: 'Du ventar med store avgjerder til du har henta inn råd frå alle det gjeld',
                    en: 'You hold off major decisions until you have gathered advice from everyone affected',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Mot handler her om å tåle at du ikke har alle svarene – og likevel sette retning.',
                    nn: 'Ikkje riktig. Mot handlar her om å tole at du ikkje har alle svara – og likevel setje retning.',
                    en: 'Incorrect. Courage here is about accepting that you do not have all the answers – and still setting the direction.',
                  },
                },
                {
                  id: 'st-vi-5-a',
                  text: {
                    nb: 'Du setter retningen, men henter svarene hos dem som kjenner saken best',
                    nn: 'Du set retninga, men hentar svara hjå dei som kjenner saka best',
                    en: 'You set the direction, but get the answers from those who know the matter best',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Noen på toppen må fortsatt sette retning og forstå virksomheten, men lederne trenger ikke ha alle svarene.',
                    nn: 'Riktig. Nokon på toppen må framleis setje retning og forstå verksemda, men leiarane treng ikkje ha alle svara.',
                    en: 'Correct. Someone at the top must still set the direction and understand the agency, but the leaders need not have all the answers.',
                  },
                },
              ],
            },

            // ---- Utvikle deg som leder ----
            {
              id: 'st-ud-1',
              kind: 'single',
              objective: 'utvikle-deg-som-leder',
              prompt: {
                nb: 'En medarbeider sier at du ofte avbryter folk i møtene. Du kjenner deg ikke igjen. Hva gjør du?',
                nn: 'Ein medarbeidar seier at du ofte avbryt folk i møta. Du kjenner deg ikkje att. Kva gjer du?',
                en: 'An employee says that you often interrupt people in meetings. You do not recognise this in yourself. What do you do?',
              },
              options: [
                {
                  id: 'st-ud-1-b',
                  text: {
                    nb: 'Du forklarer at du er engasjert i sakene, og at det ikke er ment som mangel på respekt',
                    nn: 'Du forklarer at du er engasjert i sakene, og at det ikkje er meint som mangel på respekt',
                    en: 'You explain that you are passionate about the issues, and that it is not meant as a lack of respect',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Det kan være sant, men forklaringen endrer ikke hvordan du virker. Du lærer mer av å spørre.',
                    nn: 'Ikkje riktig. Det kan vere sant, men forklaringa endrar ikkje korleis du verkar. Du lærer meir av å spørje.',
                    en: 'Incorrect. That may be true, but the explanation does not change how you come across. You learn more by asking.',
                  },
                },
                {
                  id: 'st-ud-1-d',
                  text: {
                    nb: 'Du sjekker om det står noe om det i medarbeiderundersøkelsen før du gjør noe',
                    nn: 'Du sjekkar om det står noko om det i medarbeidarundersøkinga før du gjer noko',
                    en: 'You check whether the employee survey says anything about it before you do anything',
                  },
                  feedback: {
                    nb: 'Ikke helt. Undersøkelsen kan gi et bilde, men den er sjelden så konkret. Du har fått et signal, og kan spørre direkte.',
                    nn: 'Ikkje heilt. Undersøkinga kan gi eit bilete, men ho er sjeldan så konkret. Du har fått eit signal, og kan spørje direkte.',
                    en: 'Not quite. The survey can give a picture, but it is rarely that specific. You have had a signal, and can ask directly.',
                  },
                },
                {
                  id: 'st-ud-1-a',
                  text: {
                    nb: 'Du takker, spør flere om de opplever det samme, og ber dem si fra når det skjer',
                    nn: 'Du takkar, spør fleire om dei opplever det same, og ber dei seie frå når det skjer',
                    en: 'You thank them, ask others if they see it too, and ask them to tell you when it happens',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Du utforsker hvordan du virker på andre – særlig når du ikke kjenner deg igjen.',
                    nn: 'Riktig. Du utforskar korleis du verkar på andre – særleg når du ikkje kjenner deg att.',
                    en: 'Correct. You explore how you come across to others – especially when you do not recognise yourself in what you hear.',
                  },
                },
              ],
            },
            {
              id: 'st-ud-2',
              kind: 'multiple',
              objective: 'utvikle-deg-som-leder',
              prompt: {
                nb: 'Hvilke er gode måter å fylle på med kunnskap om ledelse? Velg alle som passer.',
                nn: 'Kva for nokre er gode måtar å fylle på med kunnskap om leiing? Vel alle som passar.',
                en: 'Which of these are good ways to keep adding to your knowledge of leadership? Select all that apply.',
              },
              options: [
                {
                  id: 'st-ud-2-a',
                  text: {
                    nb: 'Delta i et lederutviklingsprogram og prøve det du lærer, i hverdagen',
                    nn: 'Delta i eit leiarutviklingsprogram og prøve det du lærer, i kvardagen',
                    en: 'Join a leadership development programme and try out what you learn day to day',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Kunnskap får verdi når du prøver den ut i praksis.',
                    nn: 'Riktig. Kunnskap får verdi når du prøver han ut i praksis.',
                    en: 'Correct. Knowledge gains value when you try it out in practice.',
                  },
                },
                {
                  id: 'st-ud-2-c',
                  text: {
                    nb: 'Finne én anerkjent ledelsesmodell og bruke den konsekvent',
                    nn: 'Finne éin anerkjent leiingsmodell og bruke han konsekvent',
                    en: 'Find one recognised leadership model and apply it consistently',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Det finnes mange «sannheter» om god ledelse. Kunnskap handler også om å se styrker og svakheter ved ulike perspektiver.',
                    nn: 'Ikkje riktig. Det finst mange «sanningar» om god leiing. Kunnskap handlar også om å sjå styrkar og veikskapar ved ulike perspektiv.',
                    en: 'Incorrect. There are many “truths” about good leadership. Knowledge is also about seeing the strengths and weaknesses of different perspectives.',
                  },
                },
                {
                  id: 'st-ud-2-b',
                  text: {
                    nb: 'Lese faglitteratur om ledelse og diskutere den med andre ledere',
                    nn: 'Lese faglitteratur om leiing og diskutere han med andre leiarar',
                    en: 'Read professional literature on leadership and discuss it with other leaders',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Når du diskuterer med andre, fyller du på med kunnskap og bygger fellesskap samtidig.',
                    nn: 'Riktig. Når du diskuterer med andre, fyller du på med kunnskap og byggjer fellesskap samtidig.',
                    en: 'Correct. When you discuss with others, you add to your knowledge and build community at the same time.',
                  },
                },
                {
                  id: 'st-ud-2-d',
                  text: {
                    nb: 'Vente til arbeidsgiveren melder deg på et lederkurs',
                    nn: 'Vente til arbeidsgivaren melder deg på eit leiarkurs',
                    en: 'Wait until your employer signs you up for a leadership course',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Arbeidsgiveren bør legge til rette, men forventningen retter seg også mot deg.',
                    nn: 'Ikkje riktig. Arbeidsgivaren bør leggje til rette, men forventninga rettar seg også mot deg.',
                    en: 'Incorrect. Your employer should make it possible, but the expectation is also aimed at you.',
                  },
                },
              ],
            },
            {
              id: 'st-ud-3',
              kind: 'single',
              objective: 'utvikle-deg-som-leder',
              prompt: {
                nb: 'Du er ny leder i en liten virksomhet og har ingen andre ledere på samme nivå. Hva er mest i tråd med «Bygg fellesskap og del erfaringer med andre ledere»?',
                nn: 'Du er ny leiar i ei lita verksemd og har ingen andre leiarar på same nivå. Kva er mest i tråd med «Bygg fellesskap og del erfaringar med andre leiarar»?',
                en: 'You are a new leader in a small agency with no other leaders at your level. What is most in line with “Build community and share experience with other leaders”?',
              },
              options: [
                {
                  id: 'st-ud-3-a',
                  text: {
                    nb: 'Søke sammen med ledere i andre virksomheter, fordi dilemmaene ofte er de samme',
                    nn: 'Søkje saman med leiarar i andre verksemder, fordi dilemmaa ofte er dei same',
                    en: 'Team up with leaders in other agencies, because the dilemmas are often the same',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Fellesskapet trenger ikke være i egen virksomhet. Ledere i andre virksomheter kjenner mange av de samme dilemmaene.',
                    nn: 'Riktig. Fellesskapet treng ikkje vere i eiga verksemd. Leiarar i andre verksemder kjenner mange av dei same dilemmaa.',
                    en: 'Correct. The community need not be in your own agency. Leaders in other agencies know many of the same dilemmas.',
                  },
                },
                {
                  id: 'st-ud-3-b',
                  text: {
                    nb: 'Bruke de mest erfarne medarbeiderne dine som sparringpartnere om lederdilemmaene',
                    nn: 'Bruke dei mest erfarne medarbeidarane dine som sparringpartnarar om leiardilemmaa',
                    en: 'Use your most experienced employees as sounding boards on leadership dilemmas',
                  },
                  feedback: {
                    nb: 'Ikke helt. Medarbeiderne gir viktige innspill, men noen dilemmaer, for eksempel personalsaker, kan du ikke dele med dem.',
                    nn: 'Ikkje heilt. Medarbeidarane gir viktige innspel, men nokre dilemma, til dømes personalsaker, kan du ikkje dele med dei.',
                    en: 'Not quite. Your employees give important input, but some dilemmas, such as personnel matters, you cannot share with them.',
                  },
                },
                {
                  id: 'st-ud-3-d',
                  text: {
                    nb: 'Bruke lederen din som fast og eneste samtalepartner om lederrollen',
                    nn: 'Bruke leiaren din som fast og einaste samtalepartnar om leiarrolla',
                    en: 'Use your line manager as your regular and only sounding board on the leadership role',
                  },
                  feedback: {
                    nb: 'Ikke helt. Lederen din er viktig, men også den som vurderer deg. Et fellesskap med likestilte gir deg rom til å prøve og dele.',
                    nn: 'Ikkje heilt. Leiaren din er viktig, men er også den som vurderer deg. Eit fellesskap med likestilte gir deg rom til å prøve og dele.',
                    en: 'Not quite. Your line manager matters, but is also the one who assesses you. A community of peers gives you room to try things out and share.',
                  },
                },
              ],
            },
            {
              id: 'st-ud-4',
              kind: 'ordering',
              objective: 'utvikle-deg-som-leder',
              prompt: {
                nb: 'Medarbeiderundersøkelsen viser at teamet ditt sjelden får tilbakemeldinger fra deg. Sett stegene i en god rekkefølge for å følge opp.',
                nn: 'Medarbeidarundersøkinga viser at teamet ditt sjeldan får tilbakemeldingar frå deg. Set stega i ei god rekkjefølgje for å følgje opp.',
                en: 'The employee survey shows that your team rarely gets feedback from you. Put the steps in a good order for following up.',
              },
              items: [
                { id: 'st-ud-4-a', text: { nb: 'Del resultatet åpent med teamet', nn: 'Del resultatet ope med teamet', en: 'Share the result openly with the team' } },
                {
                  id: 'st-ud-4-b',
                  text: {
                    nb: 'Spør hva de savner, og lytt uten å forsvare deg',
                    nn: 'Spør kva dei saknar, og lytt utan å forsvare deg',
                    en: 'Ask what they feel is missing, and listen without defending yourself',
                  },
                },
                {
                  id: 'st-ud-4-c',
                  text: { nb: 'Avtal én konkret endring du skal prøve', nn: 'Avtal éi konkret endring du skal prøve', en: 'Agree on one specific change you will try' },
                },
                {
                  id: 'st-ud-4-d',
                  text: {
                    nb: 'Følg opp etter en tid, og spør om de merker forskjell',
                    nn: 'Følg opp etter ei tid, og spør om dei merkar skilnad',
                    en: 'Follow up after a while, and ask whether they notice a difference',
                  },
                },
              ],
              feedbackCorrect: {
                nb: 'Riktig. Åpenhet, lytting, en konkret endring og oppfølging viser at du tar på alvor hvordan du virker på andre.',
                nn: 'Riktig. Openheit, lytting, éi konkret endring og oppfølging viser at du tek på alvor korleis du verkar på andre.',
                en: 'Correct. Openness, listening, one specific change and follow-up show that you take seriously how you come across to others.',
              },
              feedbackIncorrect: {
                nb: 'Ikke helt. Del først resultatet, lytt så til hva teamet savner, velg deretter én endring – og følg opp til slutt.',
                nn: 'Ikkje heilt. Del først resultatet, lytt så til kva teamet saknar, vel deretter éi endring – og følg opp til slutt.',
                en: 'Not quite. First share the result, then listen to what the team feels is missing, then choose one change – and finally follow up.',
              },
            },
            {
              id: 'st-ud-5',
              kind: 'single',
              objective: 'utvikle-deg-som-leder',
              prompt: {
                nb: 'Du har gått fra å lede saksbehandlere til å lede fire seksjonsledere. Hva peker grunnlaget på som viktig å være klar over?',
                nn: 'Du har gått frå å leie sakshandsamarar til å leie fire seksjonsleiarar. Kva peikar grunnlaget på som viktig å vere klar over?',
                en: 'You have moved from leading caseworkers to leading four heads of section. What does the foundation document point to as important to be aware of?',
              },
              options: [
                {
                  id: 'st-ud-5-d',
                  text: {
                    nb: 'Du må være tettere på fagsakene enn før, for å ha oversikt over flere seksjoner',
                    nn: 'Du må vere tettare på fagsakene enn før, for å ha oversikt over fleire seksjonar',
                    en: 'You need to be closer to the specialist matters than before, to keep track of several sections',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Det er en vanlig felle. Lederne under deg trenger handlingsrom til å lede sine egne seksjoner.',
                    nn: 'Ikkje riktig. Det er ei vanleg felle. Leiarane under deg treng handlingsrom til å leie sine eigne seksjonar.',
                    en: 'Incorrect. That is a common trap. The leaders below you need room for manoeuvre to lead their own sections.',
                  },
                },
                {
                  id: 'st-ud-5-a',
                  text: {
                    nb: 'Rollen krever noe annet av deg nå enn da du ledet saksbehandlerne',
                    nn: 'Rolla krev noko anna av deg no enn då du leidde sakshandsamarane',
                    en: 'The role asks something different of you now than when you led caseworkers',
                  },
                  correct: true,
                  feedback: {
                    nb: 'Riktig. Grunnlaget minner om at «det kan være store forskjeller fra å være leder for medarbeidere, til å være leder for mellomledere». Du trenger ny kunnskap og nye tilbakemeldinger.',
                    nn: 'Riktig. Grunnlaget minner om at det kan vere store skilnader på å vere leiar for medarbeidarar og for mellomleiarar. Du treng ny kunnskap og nye tilbakemeldingar.',
                    en: 'Correct. The foundation points out that being a leader of employees and of middle managers can be very different. You need new knowledge and new feedback.',
                  },
                },
                {
                  id: 'st-ud-5-c',
                  text: {
                    nb: 'Mellomledere trenger mindre oppfølging enn medarbeidere',
                    nn: 'Mellomleiarar treng mindre oppfølging enn medarbeidarar',
                    en: 'Middle managers need less follow-up than employees',
                  },
                  feedback: {
                    nb: 'Ikke riktig. Mellomledere trenger også tillit, tilbakemeldinger og støtte – men på en annen måte enn medarbeidere.',
                    nn: 'Ikkje riktig. Mellomleiarar treng også tillit, tilbakemeldingar og støtte – men på ein annan måte enn medarbeidarar.',
                    en: 'Incorrect. Middle managers also need trust, feedback and support – but in a different way from employees.',
                  },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
});
