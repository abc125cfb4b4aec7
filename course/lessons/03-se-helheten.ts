import { defineLesson } from '../schema/index.ts';
import { covers, scenes } from '../illustrations/pictures.ts';
import { EXPECTATION_TITLES } from '../expectations.ts';

/** The lesson's title; also the label of its reflection in the action plan. */
const TITLE = EXPECTATION_TITLES.seHelheten;

/**
 * The expectation's four points as the course translates them (the bokmål is the document's
 * wording). The debriefs name them in exactly these words.
 */
const POINT_MISSION = {
  nb: 'Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for',
  nn: 'Gi samfunnsoppdraget meining i verksemda di – kven og kva er vi til for',
  en: 'Give the mission in society meaning in your agency – who and what we are here for',
};
const POINT_BEYOND = {
  nb: 'Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer',
  nn: 'Sjå ut over eiga verksemd og bidra til samarbeid på tvers av fagfelt og sektorar',
  en: 'Look beyond your own agency and contribute to cooperation across disciplines and sectors',
};
const POINT_CITIZENS = {
  nb: 'Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning',
  nn: 'Set innbyggjarane i sentrum og legg til rette for systematisk brukarmedverknad',
  en: 'Put citizens at the centre and enable systematic user involvement',
};
const POINT_SECURITY = {
  nb: 'Ha bevissthet om sikkerhet og beredskap',
  nn: 'Ha medvit om tryggleik og beredskap',
  en: 'Be aware of security and preparedness',
};

/** Choices that recur word for word in the two situations about the open test environment. */
const CLOSE_REPORT_ASK = {
  nb: 'Du stenger tilgangen, melder avviket, utsetter lanseringen og spør hvorfor ekte data lå i testmiljøet.',
  nn: 'Du stengjer tilgangen, melder avviket, utset lanseringa og spør kvifor ekte data låg i testmiljøet.',
  en: 'You close access, report the breach, postpone the launch and ask why real data was in the test environment.',
};
const CLOSE_REPORT_LAUNCH = {
  nb: 'Du stenger tilgangen, melder avviket etter rutinen og lanserer som planlagt. Testmiljøet ser dere på etterpå.',
  nn: 'Du stengjer tilgangen, melder avviket etter rutinen og lanserer som planlagt. Testmiljøet ser de på etterpå.',
  en: 'You close access, report the breach through the usual procedure and launch as planned. You look at the test environment afterwards.',
};
const CLOSE_LAUNCH_REPORT_LATER = {
  nb: 'Du stenger tilgangen og lanserer som planlagt. Avviket melder du etter lanseringen, når dere har full oversikt.',
  nn: 'Du stengjer tilgangen og lanserer som planlagt. Avviket melder du etter lanseringa, når de har full oversikt.',
  en: 'You close access and launch as planned. You report the breach after the launch, when you have the full picture.',
};

export default defineLesson({
  id: 'se-helheten',
  title: TITLE,
  summary: {
    nb: 'Samfunnsoppdraget, samarbeid på tvers, innbyggerne i sentrum, sikkerhet og beredskap.',
    nn: 'Samfunnsoppdraget, samarbeid på tvers, innbyggjarane i sentrum, tryggleik og beredskap.',
    en: 'The mission in society, cooperation across boundaries, citizens at the centre, security and preparedness.',
  },
  objective: 'se-helheten',
  cover: covers.seHelheten,
  pages: [
    {
      id: 'sh-intro',
      title: TITLE,
      blocks: [
        {
          kind: 'text',
          body: {
            nb: `Samfunnsproblemer som klima krever helhetlige løsninger og samordning på tvers av sektorer. Se virksomheten din som del av en helhet.`,
            nn: `Samfunnsproblem som klima krev heilskaplege løysingar og samordning på tvers av sektorar. Sjå verksemda di som del av ein heilskap.`,
            en: `Problems in society such as climate change call for joined-up solutions and coordination across sectors. See your agency as part of a whole.`,
          },
        },
        {
          // issue 12: the points as reveal cards, each turning over to its tip (were key points and a "Slik gjør du det" list).
          kind: 'cards',
          fromDocument: true,
          title: { nb: 'Forventningen har fire punkter', nn: 'Forventninga har fire punkt', en: 'The expectation has four points' },
          cards: [
            {
              title: POINT_MISSION,
              body: { nb: 'Vis teamet hvem arbeidet er til for.', nn: 'Vis teamet kven arbeidet er til for.', en: 'Show your team who the work is for.' },
            },
            {
              title: POINT_BEYOND,
              body: {
                nb: 'Planlegg fra starten med andre som jobber med det samme.',
                nn: 'Planlegg frå starten med andre som arbeider med det same.',
                en: 'Plan from the start with others who work on the same thing.',
              },
            },
            {
              title: POINT_CITIZENS,
              body: {
                nb: 'Test med brukerne tidlig og jevnlig, også med dem som ikke har norsk som førstespråk.',
                nn: 'Test med brukarane tidleg og jamleg, også med dei som ikkje har norsk som førstespråk.',
                en: 'Test with users early and regularly, including those whose first language is not Norwegian.',
              },
            },
            {
              title: POINT_SECURITY,
              body: {
                nb: 'Vit hva enheten har ansvar for, hva som truer det, og hva dere gjør hvis noe skjer. Gjør det trygt å si fra om feil.',
                nn: 'Vit kva eininga har ansvar for, kva som trugar det, og kva de gjer dersom noko skjer. Gjer det trygt å seie frå om feil.',
                en: 'Know what your unit is responsible for, what threatens it, and what you will do if something happens. Make it safe to speak up about mistakes.',
              },
            },
          ],
        },
        {
          kind: 'quote',
          text: {
            nb: 'Som leder bør du bruke 50 % på egen portefølje og 50 % av tiden på andres, for å se helhet.',
            nn: 'Som leiar bør du bruke 50 % på eigen portefølje og 50 % av tida på andre sine, for å sjå heilskapen.',
            en: 'As a leader, you should spend 50% on your own portfolio and 50% of your time on other people’s, to see the whole picture.',
          },
          by: { nb: 'En av lederne i innspillsrunden', nn: 'Ein av leiarane i innspelsrunden', en: 'One of the leaders in the input round' },
          source: {
            nb: 'Grunnlag for god ledelse i staten',
            nn: 'Grunnlag for god ledelse i staten',
            en: 'Grunnlag for god ledelse i staten (the Government’s foundation for good leadership in the state)',
          },
        },
        {
          kind: 'text',
          body: {
            nb: `**Gjør dette i din virksomhet:** Be om det virksomhetens risiko- og sårbarhetsanalyse (ROS-analyse) sier om din enhet.`,
            nn: `**Gjer dette i verksemda di:** Be om det risiko- og sårbarheitsanalysen (ROS-analysen) til verksemda seier om eininga di.`,
            en: `**Do this in your agency:** Ask for what your agency’s risk and vulnerability analysis (ROS-analyse) says about your unit.`,
          },
        },
      ],
    },
    {
      id: 'sh-sjekk',
      title: { nb: 'Sjekk forståelsen', nn: 'Sjekk forståinga', en: 'Check your understanding' },
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'sh-q1',
            kind: 'single',
            objective: 'se-helheten',
            prompt: {
              nb: 'En av lederne i innspillsrunden sa at du bør bruke «50 % på egen portefølje og 50 % av tiden på andres, for å se helhet». Hva er poenget?',
              nn: 'Ein av leiarane i innspelsrunden sa at du bør bruke «50 % på eigen portefølje og 50 % av tida på andre sine, for å sjå heilskapen». Kva er poenget?',
              en: 'One of the leaders in the input round said you should spend “50% on your own portfolio and 50% of your time on other people’s, to see the whole picture”. What is the point?',
            },
            options: [
              {
                id: 'sh-q1-b',
                text: {
                  nb: 'Du bør bruke omtrent halvparten av tiden i møter med andre enheter og virksomheter',
                  nn: 'Du bør bruke omtrent halvparten av tida i møte med andre einingar og verksemder',
                  en: 'You should spend roughly half of your time in meetings with other units and agencies',
                },
                feedback: {
                  nb: 'Ikke riktig. Tallene er et bilde, ikke en regel for kalenderen. Poenget er at helheten krever tid og oppmerksomhet.',
                  nn: 'Ikkje riktig. Tala er eit bilete, ikkje ein regel for kalenderen. Poenget er at heilskapen krev tid og merksemd.',
                  en: 'Incorrect. The numbers are a figure of speech, not a rule for your calendar. The point is that the whole picture takes time and attention.',
                },
              },
              {
                id: 'sh-q1-a',
                text: {
                  nb: 'Du må kjenne andres oppgaver for å forstå hvor enheten din passer inn',
                  nn: 'Du må kjenne oppgåvene til andre for å forstå kvar eininga di passar inn',
                  en: 'You must know other people’s tasks to understand where your unit fits in',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Enheten din er del av en større helhet, og samarbeid krever tid.',
                  nn: 'Riktig. Eininga di er del av ein større heilskap, og samarbeid krev tid.',
                  en: 'Correct. Your unit is part of a larger whole, and cooperation takes time.',
                },
              },
              {
                id: 'sh-q1-d',
                text: {
                  nb: 'Du bør la andre ledere kommentere prioriteringene dine',
                  nn: 'Du bør la andre leiarar kommentere prioriteringane dine',
                  en: 'You should let other leaders comment on your priorities',
                },
                feedback: {
                  nb: 'Ikke helt. Det kan være nyttig, men sitatet handler om at du bruker tid på andres oppgaver og perspektiver, ikke om at andre skal godkjenne dine.',
                  nn: 'Ikkje heilt. Det kan vere nyttig, men sitatet handlar om at du bruker tid på oppgåvene og perspektiva til andre, ikkje om at andre skal godkjenne dine.',
                  en: 'Not quite. That can be useful, but the quotation is about you spending time on other people’s tasks and perspectives, not about others approving yours.',
                },
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
            prompt: {
              nb: 'Hva er systematisk brukermedvirkning når en ny digital tjeneste lages? Velg alle som passer.',
              nn: 'Kva er systematisk brukarmedverknad når ei ny digital teneste blir laga? Vel alle som passar.',
              en: 'What is systematic user involvement when a new digital service is being built? Select all that apply.',
            },
            options: [
              {
                id: 'sh-q2-a',
                text: {
                  nb: 'Teste utkast med brukere tidlig og etter hver større endring',
                  nn: 'Teste utkast med brukarar tidleg og etter kvar større endring',
                  en: 'Testing drafts with users early and after every major change',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Brukerne er med tidlig og jevnlig, mens løsningen kan endres.',
                  nn: 'Riktig. Brukarane er med tidleg og jamleg, medan løysinga kan endrast.',
                  en: 'Correct. Users take part early and regularly, while the solution can still be changed.',
                },
              },
              {
                id: 'sh-q2-c',
                text: {
                  nb: 'En grundig spørreundersøkelse blant brukerne når tjenesten er lansert',
                  nn: 'Ei grundig spørjeundersøking blant brukarane når tenesta er lansert',
                  en: 'A thorough survey of users once the service has been launched',
                },
                feedback: {
                  nb: 'Ikke riktig. Den kan gi nyttig kunnskap, men én undersøkelse etter lansering er verken tidlig eller systematisk.',
                  nn: 'Ikkje riktig. Ho kan gi nyttig kunnskap, men éi undersøking etter lansering er verken tidleg eller systematisk.',
                  en: 'Incorrect. It can provide useful knowledge, but one survey after launch is neither early nor systematic.',
                },
              },
              {
                id: 'sh-q2-e',
                text: {
                  nb: 'Ta med brukere som ikke har norsk som førstespråk, i testene',
                  nn: 'Ta med brukarar som ikkje har norsk som førstespråk, i testane',
                  en: 'Including users whose first language is not Norwegian in the tests',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Innbyggerne i sentrum betyr alle innbyggerne.',
                  nn: 'Riktig. Innbyggjarane i sentrum betyr alle innbyggjarane.',
                  en: 'Correct. Citizens at the centre means all citizens.',
                },
              },
              {
                id: 'sh-q2-d',
                text: {
                  nb: 'La saksbehandlerne, som møter brukerne hver dag, beskrive hva brukerne trenger',
                  nn: 'La sakshandsamarane, som møter brukarane kvar dag, skildre kva brukarane treng',
                  en: 'Letting caseworkers, who meet the users every day, describe what users need',
                },
                feedback: {
                  nb: 'Ikke riktig. Saksbehandlerne vet mye, men de erstatter ikke brukernes egne erfaringer. Brukermedvirkning betyr at brukerne selv er med.',
                  nn: 'Ikkje riktig. Sakshandsamarane veit mykje, men dei erstattar ikkje brukarane sine eigne erfaringar. Brukarmedverknad betyr at brukarane sjølve er med.',
                  en: 'Incorrect. Caseworkers know a lot, but they cannot replace the users’ own experience. User involvement means that the users themselves take part.',
                },
              },
              {
                id: 'sh-q2-b',
                text: {
                  nb: 'En referansegruppe med en brukerorganisasjon gjennom hele prosjektet',
                  nn: 'Ei referansegruppe med ein brukarorganisasjon gjennom heile prosjektet',
                  en: 'A reference group with a user organisation throughout the project',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. En fast referansegruppe gjør medvirkningen systematisk.',
                  nn: 'Riktig. Ei fast referansegruppe gjer medverknaden systematisk.',
                  en: 'Correct. A standing reference group makes the involvement systematic.',
                },
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
            prompt: {
              nb: 'Du vil styrke bevisstheten om sikkerhet og beredskap i enheten din. Sett stegene i rekkefølge.',
              nn: 'Du vil styrkje medvitet om tryggleik og beredskap i eininga di. Set stega i rekkjefølgje.',
              en: 'You want to strengthen awareness of security and preparedness in your unit. Put the steps in order.',
            },
            items: [
              {
                id: 'sh-q3-a',
                text: {
                  nb: 'Finn ut hvilke tjenester og opplysninger enheten har ansvar for',
                  nn: 'Finn ut kva tenester og opplysningar eininga har ansvar for',
                  en: 'Find out which services and information your unit is responsible for',
                },
              },
              {
                id: 'sh-q3-b',
                text: {
                  nb: 'Vurder hva som kan true dem, og hvor sårbare dere er',
                  nn: 'Vurder kva som kan truge dei, og kor sårbare de er',
                  en: 'Assess what could threaten them, and how vulnerable you are',
                },
              },
              {
                id: 'sh-q3-c',
                text: {
                  nb: 'Lag planer for hva dere gjør hvis noe skjer',
                  nn: 'Lag planar for kva de gjer dersom noko skjer',
                  en: 'Make plans for what you will do if something happens',
                },
              },
              {
                id: 'sh-q3-d',
                text: { nb: 'Øv på planene, og lær av øvelsen', nn: 'Øv på planane, og lær av øvinga', en: 'Practise the plans, and learn from the exercise' },
              },
            ],
            feedbackCorrect: {
              nb: 'Riktig. Vit hva du skal beskytte før du vurderer truslene, og øv på planene.',
              nn: 'Riktig. Vit kva du skal verne før du vurderer truslane, og øv på planane.',
              en: 'Correct. Know what you are protecting before you assess the threats, and practise the plans.',
            },
            feedbackIncorrect: {
              nb: 'Ikke helt. Start med hva enheten har ansvar for, vurder hva som kan true det, lag planer – og øv til slutt.',
              nn: 'Ikkje heilt. Start med kva eininga har ansvar for, vurder kva som kan truge det, lag planar – og øv til slutt.',
              en: 'Not quite. Start with what your unit is responsible for, assess what could threaten it, make plans – and practise last.',
            },
          },
        },
      ],
    },
    {
      id: 'sh-case',
      title: { nb: 'Øvelse: En ny tjeneste for eldre', nn: 'Øving: Ei ny teneste for eldre', en: 'Exercise: A new service for older people' },
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'sh-scenario',
            illustration: scenes.citizen,
            title: { nb: 'En ny tjeneste for eldre', nn: 'Ei ny teneste for eldre', en: 'A new service for older people' },
            objective: 'se-helheten',
            intro: {
              nb: 'Du leder en seksjon i et direktorat som lager en digital søknadstjeneste for en ordning som hjelper eldre å tilpasse boligen. Kommunene følger opp søkerne, og en annen etat har mange av opplysningene. Tjenesten skal lanseres om seks måneder.',
              nn: 'Du leier ein seksjon i eit direktorat som lagar ei digital søknadsteneste for ei ordning som hjelper eldre å tilpasse bustaden. Kommunane følgjer opp søkjarane, og ein annan etat har mange av opplysningane. Tenesta skal lanserast om seks månader.',
              en: 'You lead a section in a directorate that is building a digital application service for a scheme that helps older people adapt their homes. The municipalities follow up the applicants, and another government agency holds much of the information. The service is due to launch in six months.',
            },
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: {
                  nb: 'Du møter søkeren Ragnhild (84). Hvordan legger du opp arbeidet?',
                  nn: 'Du møter søkjaren Ragnhild (84). Korleis legg du opp arbeidet?',
                  en: 'You meet Ragnhild (84), an applicant. How do you plan the work?',
                },
                choices: [
                  {
                    id: 'a2',
                    text: {
                      nb: 'Teamet lager løsningen først, og kommunene og etaten får den på høring når den er nesten ferdig.',
                      nn: 'Teamet lagar løysinga først, og kommunane og etaten får ho på høyring når ho er nesten ferdig.',
                      en: 'The team builds the solution first, and the municipalities and the agency get it for consultation when it is almost finished.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Det går raskt i starten, men de andre kommer inn når det meste er bestemt. En nesten ferdig løsning er dyr å endre.',
                      nn: 'Det går raskt i starten, men dei andre kjem inn når det meste er bestemt. Ei nesten ferdig løysing er dyr å endre.',
                      en: 'It moves quickly at first, but the others come in when most things have been decided. A solution that is almost finished is expensive to change.',
                    },
                    next: 'sikker-press',
                  },
                  {
                    id: 'a3',
                    text: {
                      nb: 'Du holder prosjektet internt til dere har noe å vise. Fristen er stram, og samarbeid tar tid.',
                      nn: 'Du held prosjektet internt til de har noko å vise. Fristen er stram, og samarbeid tek tid.',
                      en: 'You keep the project internal until you have something to show. The deadline is tight, and cooperation takes time.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Teamet kommer raskt i gang, men bygger på antakelser om hva kommunene og søkerne trenger.',
                      nn: 'Teamet kjem raskt i gang, men byggjer på det dei trur at kommunane og søkjarane treng.',
                      en: 'The team gets going quickly, but builds on assumptions about what the municipalities and the applicants need.',
                    },
                    next: 'lansert',
                  },
                  {
                    id: 'a1',
                    text: {
                      nb: 'Du tar med kommunene, etaten og en organisasjon for eldre fra starten, og setter av tid til det.',
                      nn: 'Du tek med kommunane, etaten og ein organisasjon for eldre frå starten, og set av tid til det.',
                      en: 'You involve the municipalities, the agency and an organisation for older people from the start, and set aside time for it.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Oppstarten tar tre uker ekstra, med flere møter enn teamet liker. Men brukertestene gir en kortere søknad, og etaten deler opplysningene.',
                      nn: 'Oppstarten tek tre veker ekstra, med fleire møte enn teamet likar. Men brukartestane gir ein kortare søknad, og etaten deler opplysningane sine.',
                      en: 'Getting started takes three extra weeks, with more meetings than the team likes. But the user tests lead to a shorter application, and the agency shares its information.',
                    },
                    next: 'sikker',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker',
                illustration: scenes.openSystem,
                text: {
                  nb: 'Tre dager før lansering oppdager dere at testmiljøet, med ekte personopplysninger om søkere, har stått åpent for uvedkommende. Ingenting tyder på misbruk. Hva gjør du?',
                  nn: 'Tre dagar før lansering oppdagar de at testmiljøet, med ekte personopplysningar om søkjarar, har stått ope for uvedkomande. Ingenting tyder på misbruk. Kva gjer du?',
                  en: 'Three days before launch, you find that the test environment, which holds real personal data about applicants, has been open to unauthorised people. There is no sign of misuse. What do you do?',
                },
                choices: [
                  {
                    id: 'd4',
                    text: CLOSE_REPORT_LAUNCH,
                    rating: 'partly',
                    consequence: {
                      nb: 'Avviket blir vurdert i tide, men ingen spør hvorfor ekte personopplysninger lå i testmiljøet. Det kan skje igjen.',
                      nn: 'Avviket blir vurdert i tide, men ingen spør kvifor ekte personopplysningar låg i testmiljøet. Det kan skje igjen.',
                      en: 'The breach is assessed in time, but nobody asks why real personal data was in the test environment. It can happen again.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd1',
                    text: CLOSE_REPORT_ASK,
                    rating: 'strong',
                    consequence: {
                      nb: 'Avviket blir vurdert straks og kan meldes til Datatilsynet innen 72 timer om nødvendig. Testmiljøet får oppdiktede data, og lanseringen kommer en uke senere.',
                      nn: 'Avviket blir vurdert straks og kan meldast til Datatilsynet innan 72 timar dersom det er naudsynt. Testmiljøet får oppdikta data, og lanseringa kjem ei veke seinare.',
                      en: 'The breach is assessed at once and can be notified to Datatilsynet (the Norwegian Data Protection Authority) within 72 hours if necessary. The test environment gets fictitious data, and the launch comes a week later.',
                    },
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: CLOSE_LAUNCH_REPORT_LATER,
                    rating: 'weak',
                    consequence: {
                      nb: 'Fristen holder, men avviket blir meldt for sent. Etter personvernforordningen artikkel 33 skal det meldes til Datatilsynet uten ugrunnet opphold, om mulig innen 72 timer, med mindre det neppe gir risiko for de registrerte.',
                      nn: 'Fristen held, men avviket blir meldt for seint. Etter personvernforordninga artikkel 33 skal det meldast til Datatilsynet utan ugrunna opphald, om mogleg innan 72 timar, med mindre det neppe gir risiko for dei registrerte.',
                      en: 'You meet the deadline, but the breach is reported too late. Under Article 33 of the GDPR (personvernforordningen), it must be notified to Datatilsynet (the Norwegian Data Protection Authority) without undue delay and, where feasible, within 72 hours, unless it is unlikely to result in a risk to the data subjects.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'sikker-press',
                illustration: scenes.openSystem,
                text: {
                  nb: 'Tre dager før lansering oppdager dere at testmiljøet, med ekte personopplysninger om søkere, har stått åpent for uvedkommende. Hva gjør du?',
                  nn: 'Tre dagar før lansering oppdagar de at testmiljøet, med ekte personopplysningar om søkjarar, har stått ope for uvedkomande. Kva gjer du?',
                  en: 'Three days before launch, you find that the test environment, which holds real personal data about applicants, has been open to unauthorised people. What do you do?',
                },
                choices: [
                  {
                    id: 'e2',
                    text: CLOSE_LAUNCH_REPORT_LATER,
                    rating: 'weak',
                    consequence: {
                      nb: 'Avviket blir meldt for sent. Det skal meldes til Datatilsynet uten ugrunnet opphold og om mulig innen 72 timer (personvernforordningen artikkel 33), med mindre det neppe gir risiko for de registrerte.',
                      nn: 'Avviket blir meldt for seint. Det skal meldast til Datatilsynet utan ugrunna opphald og, dersom det er mogleg, innan 72 timar (personvernforordninga artikkel 33), med mindre det neppe gir risiko for dei registrerte.',
                      en: 'The breach is reported too late. It must be notified to Datatilsynet (the Norwegian Data Protection Authority) without undue delay and, where feasible, within 72 hours (Article 33 of the GDPR), unless it is unlikely to result in a risk to the data subjects.',
                    },
                    next: 'slutt-svak',
                  },
                  {
                    id: 'e1',
                    text: CLOSE_REPORT_ASK,
                    rating: 'strong',
                    consequence: {
                      nb: 'Avviket blir vurdert i tide, og testmiljøet får oppdiktede data. Sikkerheten er i orden, men tjenesten har fortsatt svakheter for brukerne.',
                      nn: 'Avviket blir vurdert i tide, og testmiljøet får oppdikta data. Tryggleiken er i orden, men tenesta har enno veikskapar for brukarane.',
                      en: 'The breach is assessed in time, and the test environment gets fictitious data. Security is in order, but the service still has weaknesses for users.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e4',
                    text: CLOSE_REPORT_LAUNCH,
                    rating: 'partly',
                    consequence: {
                      nb: 'Hendelsen blir vurdert i tide, men årsaken – ekte personopplysninger i et testmiljø – er ikke fjernet.',
                      nn: 'Hendinga blir vurdert i tide, men årsaka – ekte personopplysningar i eit testmiljø – er ikkje fjerna.',
                      en: 'The incident is assessed in time, but the cause – real personal data in a test environment – has not been removed.',
                    },
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'lansert',
                illustration: scenes.phoneMunicipality,
                text: {
                  nb: 'To uker etter lanseringen ringer mange eldre og pårørende kommunene fordi de ikke forstår tjenesten. Etaten klager på at den ikke ble tatt med. Hva gjør du?',
                  nn: 'To veker etter lanseringa ringjer mange eldre og pårørande til kommunane fordi dei ikkje forstår tenesta. Etaten klagar på at han ikkje fekk vere med. Kva gjer du?',
                  en: 'Two weeks after the launch, many older people and their relatives call the municipalities because they do not understand the service. The agency complains that it was left out. What do you do?',
                },
                choices: [
                  {
                    id: 'f2',
                    text: {
                      nb: 'Du lager en side med spørsmål og svar om tjenesten, og sender den til alle kommunene.',
                      nn: 'Du lagar ei side med spørsmål og svar om tenesta, og sender ho til alle kommunane.',
                      en: 'You make a page of questions and answers about the service and send it to all municipalities.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Noen får hjelp, men årsaken er den samme, og samarbeidet er ikke reparert.',
                      nn: 'Nokre får hjelp, men årsaka er den same, og samarbeidet er ikkje reparert.',
                      en: 'Some people get help, but the cause is the same, and the cooperation has not been repaired.',
                    },
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f1',
                    text: {
                      nb: 'Du ber kommunene, etaten og noen brukere om hjelp til å forbedre tjenesten sammen med dere.',
                      nn: 'Du ber kommunane, etaten og nokre brukarar om hjelp til å forbetre tenesta saman med dykk.',
                      en: 'You ask the municipalities, the agency and some users to help you improve the service together.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Det er sent, men ikke for sent. De verste problemene blir rettet i løpet av høsten.',
                      nn: 'Det er seint, men ikkje for seint. Dei verste problema blir retta i løpet av hausten.',
                      en: 'It is late, but not too late. The worst problems are fixed during the autumn.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'f3',
                    text: {
                      nb: 'Du svarer at tjenesten følger regelverket, og at veiledning av innbyggerne er kommunenes oppgave.',
                      nn: 'Du svarar at tenesta følgjer regelverket, og at rettleiing av innbyggjarane er oppgåva til kommunane.',
                      en: 'You reply that the service follows the rules, and that guiding citizens is the municipalities’ task.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Kommunene og etaten opplever at direktoratet skyver problemene over på dem. Innbyggerne blir stående i midten.',
                      nn: 'Kommunane og etaten opplever at direktoratet skyv problema over på dei. Innbyggjarane blir ståande midt imellom.',
                      en: 'The municipalities and the agency feel that the directorate is pushing the problems onto them. Citizens are left caught in the middle.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: { nb: 'En tjeneste som henger sammen', nn: 'Ei teneste som heng saman', en: 'A joined-up service' },
                outcome: 'good',
                text: {
                  nb: 'Tjenesten er enkel for eldre og pårørende, kommunene og etaten står bak den, og avviket ble håndtert riktig.',
                  nn: 'Tenesta er enkel for eldre og pårørande, kommunane og etaten står bak ho, og avviket blei handtert rett.',
                  en: 'The service is simple for older people and their relatives, the municipalities and the agency stand behind it, and the breach was handled correctly.',
                },
                debrief: {
                  nb: `Du tok de andre med tidlig og satte sikkerheten foran fristen:

- **${POINT_MISSION.nb}:** Målet var at eldre skal bo hjemme lenger.
- **${POINT_BEYOND.nb}:** Kommunene og etaten var med fra starten.
- **${POINT_CITIZENS.nb}:** Brukertestene ga en kortere søknad.
- **${POINT_SECURITY.nb}:** Du fikk avviket vurdert i tide og fjernet årsaken.`,
                  nn: `Du tok med dei andre tidleg og sette tryggleiken føre fristen:

- **${POINT_MISSION.nn}:** Målet var at eldre skal bu heime lenger.
- **${POINT_BEYOND.nn}:** Kommunane og etaten var med frå starten.
- **${POINT_CITIZENS.nn}:** Brukartestane gav ein kortare søknad.
- **${POINT_SECURITY.nn}:** Du fekk avviket vurdert i tide og fjerna årsaka.`,
                  en: `You involved the others early and put security before the deadline:

- **${POINT_MISSION.en}:** The goal was for older people to live at home for longer.
- **${POINT_BEYOND.en}:** The municipalities and the agency took part from the start.
- **${POINT_CITIZENS.en}:** The user tests led to a shorter application.
- **${POINT_SECURITY.en}:** You had the breach assessed in time and removed the cause.`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: { nb: 'En tjeneste med svakheter', nn: 'Ei teneste med veikskapar', en: 'A service with weaknesses' },
                outcome: 'mixed',
                text: {
                  nb: 'Tjenesten er i drift, men samarbeidet kom for sent til å forme den, eller årsaken til avviket er ikke fjernet.',
                  nn: 'Tenesta er i drift, men samarbeidet kom for seint til å forme ho, eller årsaka til avviket er ikkje fjerna.',
                  en: 'The service is running, but the cooperation came too late to shape it, or the cause of the breach has not been removed.',
                },
                debrief: {
                  nb: `Se på veien din:

- **${POINT_BEYOND.nb}:** Kom kommunene og etaten inn før løsningen var nesten ferdig?
- **${POINT_CITIZENS.nb}:** Testet dere med eldre og pårørende?
- **${POINT_SECURITY.nb}:** Å melde avviket er nødvendig. Å fjerne ekte data fra testmiljøet hindrer det neste.
- **${POINT_MISSION.nb}:** Styrte de eldre eller fristen valgene dine?`,
                  nn: `Sjå på vegen din:

- **${POINT_BEYOND.nn}:** Kom kommunane og etaten inn før løysinga var nesten ferdig?
- **${POINT_CITIZENS.nn}:** Testa de med eldre og pårørande?
- **${POINT_SECURITY.nn}:** Å melde avviket er naudsynt. Å fjerne ekte data frå testmiljøet hindrar det neste.
- **${POINT_MISSION.nn}:** Var det dei eldre eller fristen som styrte vala dine?`,
                  en: `Look at the path you took:

- **${POINT_BEYOND.en}:** Did the municipalities and the agency come in before the solution was almost finished?
- **${POINT_CITIZENS.en}:** Did you test with older people and their relatives?
- **${POINT_SECURITY.en}:** Reporting the breach is necessary. Removing real data from the test environment prevents the next one.
- **${POINT_MISSION.en}:** Did older people or the deadline drive your choices?`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: { nb: 'Innbyggerne blir stående i midten', nn: 'Innbyggjarane blir ståande midt imellom', en: 'Citizens caught in the middle' },
                outcome: 'poor',
                text: {
                  nb: 'Kommunene får merarbeid, eldre og pårørende blir forvirret, eller et avvik ble meldt for sent.',
                  nn: 'Kommunane får meirarbeid, eldre og pårørande blir forvirra, eller eit avvik blei meldt for seint.',
                  en: 'The municipalities get extra work, older people and their relatives are confused, or a breach was reported too late.',
                },
                debrief: {
                  nb: `Veien din lot fristen gå foran dem tjenesten er til for:

- **${POINT_SECURITY.nb}:** Et brudd på personopplysningssikkerheten skal vurderes straks, også rett før en lansering.
- **${POINT_BEYOND.nb}:** Når andre ikke blir tatt med, får de problemene.
- **${POINT_CITIZENS.nb}:** Innspill som ikke får betydning, er ikke medvirkning.
- **${POINT_MISSION.nb}:** Når fristen blir viktigst, taper innbyggerne.`,
                  nn: `På vegen din fekk fristen gå føre dei tenesta er til for:

- **${POINT_SECURITY.nn}:** Eit brot på personopplysningstryggleiken skal vurderast straks, også rett før ei lansering.
- **${POINT_BEYOND.nn}:** Når andre ikkje får vere med, får dei problema.
- **${POINT_CITIZENS.nn}:** Innspel som ikkje har noko å seie, er ikkje medverknad.
- **${POINT_MISSION.nn}:** Når fristen blir viktigast, tapar innbyggjarane.`,
                  en: `Your path put the deadline ahead of the people the service is for:

- **${POINT_SECURITY.en}:** A personal data breach must be assessed at once, even just before a launch.
- **${POINT_BEYOND.en}:** When others are left out, they are the ones who get the problems.
- **${POINT_CITIZENS.en}:** Input that makes no difference is not involvement.
- **${POINT_MISSION.en}:** When the deadline matters most, citizens lose out.`,
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sh-refleksjon',
      title: { nb: 'Din refleksjon', nn: 'Refleksjonen din', en: 'Your reflection' },
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-se-helheten',
          prompt: {
            nb: 'Hvem er enheten din til for, og hvem bør dere samarbeide mer med? Hva sier ROS-analysen om enheten din?',
            nn: 'Kven er eininga di til for, og kven bør de samarbeide meir med? Kva seier ROS-analysen om eininga di?',
            en: 'Who is your unit there for, and who should you cooperate with more? What does the risk and vulnerability analysis (ROS-analyse) say about your unit?',
          },
          hint: {
            nb: 'Tenk på én tjeneste: Hvem merker det hvis den svikter?',
            nn: 'Tenk på éi teneste: Kven merkar det dersom ho sviktar?',
            en: 'Think of one service: who notices if it fails?',
          },
          planLabel: TITLE,
        },
      ],
    },
  ],
});
