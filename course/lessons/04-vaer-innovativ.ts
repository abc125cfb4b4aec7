import { defineLesson } from '../schema/index.ts';
import { covers, scenes } from '../illustrations/pictures.ts';
import { EXPECTATION_TITLES } from '../expectations.ts';

/** The lesson's title; also the label of its reflection in the action plan. */
const TITLE = EXPECTATION_TITLES.vaerInnovativ;

/** The document's title stays in Norwegian; English readers get a gloss (course/english-glossary.md). */
const SOURCE = {
  nb: 'Grunnlag for god ledelse i staten',
  nn: 'Grunnlag for god ledelse i staten',
  en: 'Grunnlag for god ledelse i staten (the Government’s foundation for good leadership in the state)',
};

/**
 * The expectation's three points as the course translates them (the bokmål is the document's
 * wording). The debriefs and the question on data sharing name them in exactly these words.
 */
const POINT_TECH = {
  nb: 'Utforsk og ta i bruk ny teknologi og nye arbeidsformer',
  nn: 'Utforsk og ta i bruk ny teknologi og nye arbeidsformer',
  en: 'Explore and adopt new technology and new ways of working',
};
const POINT_DATA = {
  nb: 'Frem forsvarlig bruk og deling av data',
  nn: 'Fremj forsvarleg bruk og deling av data',
  en: 'Promote responsible use and sharing of data',
};
const POINT_CULTURE = {
  nb: 'Bygg kultur for innovasjon og kontinuerlig læring',
  nn: 'Bygg kultur for innovasjon og kontinuerleg læring',
  en: 'Build a culture of innovation and continuous learning',
};

export default defineLesson({
  id: 'vaer-innovativ',
  title: TITLE,
  summary: {
    nb: 'Ny teknologi og nye arbeidsformer, forsvarlig bruk og deling av data, kultur for innovasjon og læring.',
    nn: 'Ny teknologi og nye arbeidsformer, forsvarleg bruk og deling av data, kultur for innovasjon og læring.',
    en: 'New technology and new ways of working, responsible use and sharing of data, a culture of innovation and learning.',
  },
  objective: 'vaer-innovativ',
  cover: covers.vaerInnovativ,
  pages: [
    {
      id: 'vi-intro',
      title: TITLE,
      blocks: [
        {
          kind: 'text',
          body: {
            nb: `Teknologi er en av de viktigste driverne for endring. Kunstig intelligens (KI) kan bidra til å løse mange utfordringer, men reiser spørsmål om sikkerhet, regulering og kompetanse.`,
            nn: `Teknologi er ei av dei viktigaste drivkreftene for endring. Kunstig intelligens (KI) kan bidra til å løyse mange utfordringar, men reiser spørsmål om tryggleik, regulering og kompetanse.`,
            en: `Technology is one of the most important drivers of change. Artificial intelligence (AI) can help solve many challenges, but it raises questions about security, regulation and skills.`,
          },
        },
        {
          // issue 12: the points as reveal cards, each turning over to its tip (were key points and a "Slik gjør du det" list).
          kind: 'cards',
          fromDocument: true,
          title: { nb: 'Forventningen har tre punkter', nn: 'Forventninga har tre punkt', en: 'The expectation has three points' },
          cards: [
            {
              title: POINT_TECH,
              body: {
                nb: 'Du trenger ikke være teknolog, men du må spørre: Hva skal verktøyet løse? Hvordan kontrollerer vi kvaliteten? Hva betyr det for dem som bruker det? Ta med de tillitsvalgte tidlig.',
                nn: 'Du treng ikkje vere teknolog, men du må spørje: Kva skal verktøyet løyse? Korleis kontrollerer vi kvaliteten? Kva betyr det for dei som bruker det? Ta med dei tillitsvalde tidleg.',
                en: 'You do not need to be a technologist, but you must ask: What is the tool meant to solve? How do we check the quality? What does it mean for the people who use it? Involve the tillitsvalgte (union representatives) early.',
              },
            },
            {
              title: POINT_DATA,
              body: {
                nb: 'Deling kan spare innbyggerne for å gi de samme opplysningene flere ganger. Forsvarlig betyr rettslig grunnlag, personvern, sikkerhet – og bare verktøy virksomheten har godkjent.',
                nn: 'Deling kan spare innbyggjarane for å gi dei same opplysningane fleire gonger. Forsvarleg betyr rettsleg grunnlag, personvern, tryggleik – og berre verktøy som verksemda har godkjent.',
                en: 'Sharing can save citizens from giving the same information several times. Responsible means a legal basis, data protection, security – and only tools your agency has approved.',
              },
            },
            {
              title: POINT_CULTURE,
              body: {
                nb: 'Uten takhøyde for feil blir det ingen læring. Fortell om egne feil, prøv i liten skala, og evaluer ærlig.',
                nn: 'Utan takhøgd for feil blir det inga læring. Fortel om eigne feilar, prøv i liten skala, og evaluer ærleg.',
                en: 'Without room for mistakes there is no learning. Talk about your own mistakes, try things on a small scale, and evaluate honestly.',
              },
            },
          ],
        },
        {
          kind: 'quote',
          text: {
            nb: 'Ledere må ha ambisjoner og tørre å ta risiko. I staten må vi tørre å tenke innovativt, gjøre ting på nye måter og også tørre å presentere kontroversielle ting til politisk ledelse.',
            nn: 'Leiarar må ha ambisjonar og tore å ta risiko. I staten må vi tore å tenkje innovativt, gjere ting på nye måtar og også tore å presentere kontroversielle ting for politisk leiing.',
            en: 'Leaders must have ambitions and dare to take risks. In the state, we must dare to think innovatively, do things in new ways and also dare to present controversial things to the political leadership.',
          },
          by: { nb: 'Fra innspillsrunden', nn: 'Frå innspelsrunden', en: 'From the input round' },
          source: SOURCE,
        },
        {
          kind: 'quote',
          // The original is in nynorsk, so the nynorsk view shows it unchanged.
          text: {
            nb: 'Erfaringa vår er at vi framleis må ha nokon på toppen som set retning og forstår forretninga, men leiarane treng ikkje ha alla svara (..). Derfor seier vi at modige leiarar ikkje alltid veit best',
            nn: 'Erfaringa vår er at vi framleis må ha nokon på toppen som set retning og forstår forretninga, men leiarane treng ikkje ha alla svara (..). Derfor seier vi at modige leiarar ikkje alltid veit best',
            en: 'Our experience is that we still need someone at the top who sets the direction and understands the business, but the leaders do not need to have all the answers (..). That is why we say that courageous leaders do not always know best',
          },
          by: { nb: 'Digitaliseringsrådet', nn: 'Digitaliseringsrådet', en: 'Digitaliseringsrådet (the Digitalisation Council)' },
          source: {
            nb: 'Digitaliseringsrådets rapport (2023), sitert i Grunnlag for god ledelse i staten',
            nn: 'Rapporten frå Digitaliseringsrådet (2023), sitert i Grunnlag for god ledelse i staten',
            en: 'Report by Digitaliseringsrådet (2023), quoted in Grunnlag for god ledelse i staten',
          },
          lang: 'nn',
        },
      ],
    },
    {
      id: 'vi-sjekk',
      title: { nb: 'Sjekk forståelsen', nn: 'Sjekk forståinga', en: 'Check your understanding' },
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'vi-q2',
            kind: 'multiple',
            objective: 'vaer-innovativ',
            prompt: {
              nb: 'Hva kjennetegner en kultur for innovasjon og kontinuerlig læring? Velg alle som passer.',
              nn: 'Kva kjenneteiknar ein kultur for innovasjon og kontinuerleg læring? Vel alle som passar.',
              en: 'What characterises a culture of innovation and continuous learning? Select all that apply.',
            },
            options: [
              {
                id: 'vi-q2-a',
                text: {
                  nb: 'Du forteller teamet åpent om egne feil, og hva du lærte av dem',
                  nn: 'Du fortel teamet ope om eigne feilar, og om kva du lærte av dei',
                  en: 'You openly tell the team about your mistakes and what they taught you',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Når lederen tør å feile og lære, blir det tryggere for andre.',
                  nn: 'Riktig. Når leiaren tør å feile og lære, blir det tryggare for andre.',
                  en: 'Correct. When the leader dares to fail and learn, it becomes safer for others.',
                },
              },
              {
                id: 'vi-q2-c',
                text: {
                  nb: 'Nye ideer blir prøvd når dere er ganske sikre på at de virker',
                  nn: 'Nye idear blir prøvde når de er ganske sikre på at dei verkar',
                  en: 'New ideas are tried out when you are fairly sure that they will work',
                },
                feedback: {
                  nb: 'Ikke riktig. Det kan virke fornuftig, men uten takhøyde for feil blir det ifølge grunnlaget ingen læring eller nytenkning.',
                  nn: 'Ikkje riktig. Det kan verke fornuftig, men utan takhøgd for feil blir det ifølgje grunnlaget inga læring eller nytenking.',
                  en: 'Incorrect. It may seem sensible, but the foundation document says that without room for mistakes there is no learning or new thinking.',
                },
              },
              {
                id: 'vi-q2-d',
                text: {
                  nb: 'Feil blir rettet raskt, og bare de som trenger å vite det, får beskjed',
                  nn: 'Feilar blir retta raskt, og berre dei som treng å vite det, får beskjed',
                  en: 'Mistakes are corrected quickly, and only those who need to know are told',
                },
                feedback: {
                  nb: 'Ikke riktig. Feil skal rettes, men når få får vite om dem, lærer ingen andre av dem.',
                  nn: 'Ikkje riktig. Feilar skal rettast, men når få får vite om dei, lærer ingen andre av dei.',
                  en: 'Incorrect. Mistakes must be corrected, but when few people hear about them, nobody else learns from them.',
                },
              },
              {
                id: 'vi-q2-b',
                text: {
                  nb: 'Teamet prøver nye ideer i liten skala, og evaluerer dem ærlig',
                  nn: 'Teamet prøver nye idear i liten skala, og evaluerer dei ærleg',
                  en: 'The team tries new ideas on a small scale, and evaluates them honestly',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Små forsøk med ærlig evaluering gir takhøyde for feil uten for stor risiko.',
                  nn: 'Riktig. Små forsøk med ærleg evaluering gir takhøgd for feil utan for stor risiko.',
                  en: 'Correct. Small trials with honest evaluation give room for mistakes without too much risk.',
                },
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
            prompt: {
              nb: 'Teamet prøver en ny arbeidsform i tre måneder. Hva gjør forsøket til læring, uansett utfall?',
              nn: 'Teamet prøver ei ny arbeidsform i tre månader. Kva gjer forsøket til læring, uansett utfall?',
              en: 'Your team is trying a new way of working for three months. What turns the trial into learning, whatever the outcome?',
            },
            options: [
              {
                id: 'vi-q5-b',
                text: {
                  nb: 'At forsøket er så godt forberedt at det nesten ikke kan mislykkes',
                  nn: 'At forsøket er så godt førebudd at det nesten ikkje kan mislukkast',
                  en: 'That the trial is so well prepared that it can hardly fail',
                },
                feedback: {
                  nb: 'Ikke riktig. God forberedelse er bra, men et forsøk som ikke får mislykkes, lærer dere lite av.',
                  nn: 'Ikkje riktig. God førebuing er bra, men eit forsøk som ikkje får mislukkast, lærer de lite av.',
                  en: 'Incorrect. Good preparation helps, but you learn little from a trial that is not allowed to fail.',
                },
              },
              {
                id: 'vi-q5-a',
                text: {
                  nb: 'At dere avtaler før start hva dere vil lære, og at dere evaluerer ærlig',
                  nn: 'At de avtaler før de startar kva de vil lære, og at de evaluerer ærleg',
                  en: 'That you agree before you start what you want to learn, and evaluate honestly',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Når dere vet hva dere vil lære, lærer dere også av det som ikke virker.',
                  nn: 'Riktig. Når de veit kva de vil lære, lærer de også av det som ikkje verkar.',
                  en: 'Correct. When you know what you want to learn, you also learn from what does not work.',
                },
              },
              {
                id: 'vi-q5-c',
                text: {
                  nb: 'At dere måler hvor mye tid forsøket sparer, og rapporterer tallet til ledelsen',
                  nn: 'At de måler kor mykje tid forsøket sparer, og rapporterer talet til leiinga',
                  en: 'That you measure how much time the trial saves, and report the figure to management',
                },
                feedback: {
                  nb: 'Ikke helt. Tidsbruk kan være ett mål, men ett tall til ledelsen er ikke læring for teamet.',
                  nn: 'Ikkje heilt. Tidsbruk kan vere eitt mål, men eitt tal til leiinga er ikkje læring for teamet.',
                  en: 'Not quite. Time spent can be one measure, but one figure for management is not learning for the team.',
                },
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
            prompt: {
              nb: 'En annen etat vil bruke data fra enheten din i en tjeneste for innbyggerne. Hva er mest i tråd med «Frem forsvarlig bruk og deling av data»?',
              nn: `Ein annan etat vil bruke data frå eininga di i ei teneste for innbyggjarane. Kva er mest i tråd med «${POINT_DATA.nn}»?`,
              en: `Another government agency wants to use data from your unit in a service for citizens. What is most in line with “${POINT_DATA.en}”?`,
            },
            options: [
              {
                id: 'vi-q4-a',
                text: {
                  nb: 'Avklare formål, rettslig grunnlag og sikkerhet – og dele hvis alt er på plass',
                  nn: 'Avklare formål, rettsleg grunnlag og tryggleik – og dele dersom alt er på plass',
                  en: 'Clarify the purpose, the legal basis and security – and share if all is in place',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Punktet ber deg fremme deling, på en forsvarlig måte.',
                  nn: 'Riktig. Punktet ber deg fremje deling, på ein forsvarleg måte.',
                  en: 'Correct. The point asks you to promote sharing, in a responsible way.',
                },
              },
              {
                id: 'vi-q4-b',
                text: {
                  nb: 'Si nei inntil videre, fordi opplysningene bare skal brukes til formålet de ble samlet inn for',
                  nn: 'Seie nei inntil vidare, fordi opplysningane berre skal brukast til formålet dei blei samla inn for',
                  en: 'Say no for now, because the data may only be used for the purpose it was collected for',
                },
                feedback: {
                  nb: 'Ikke riktig. Formålet er viktig, men det kan finnes et rettslig grunnlag for deling. Et nei uten vurdering kan gjøre tjenesten dårligere.',
                  nn: 'Ikkje riktig. Formålet er viktig, men det kan finnast eit rettsleg grunnlag for deling. Eit nei utan vurdering kan gjere tenesta dårlegare.',
                  en: 'Incorrect. The purpose matters, but there may be a legal basis for sharing. A no without an assessment can make the service worse.',
                },
              },
              {
                id: 'vi-q4-c',
                text: {
                  nb: 'Dele med en gang, siden etaten er statlig og har taushetsplikt som dere',
                  nn: 'Dele med ein gong, sidan etaten er statleg og har teieplikt som de',
                  en: 'Share at once, as the agency is a state body bound by confidentiality as you are',
                },
                feedback: {
                  nb: 'Ikke riktig. Taushetsplikt hos mottakeren er ikke nok. Delingen må ha et rettslig grunnlag og god sikkerhet.',
                  nn: 'Ikkje riktig. Teieplikt hjå mottakaren er ikkje nok. Delinga må ha eit rettsleg grunnlag og god tryggleik.',
                  en: 'Incorrect. A duty of confidentiality on the recipient’s side is not enough. The sharing must have a legal basis and good security.',
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'vi-case',
      title: { nb: 'Øvelse: Et KI-verktøy i seksjonen', nn: 'Øving: Eit KI-verktøy i seksjonen', en: 'Exercise: An AI tool in the section' },
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'vi-scenario',
            illustration: scenes.desk,
            title: { nb: 'Et KI-verktøy i seksjonen', nn: 'Eit KI-verktøy i seksjonen', en: 'An AI tool in the section' },
            objective: 'vaer-innovativ',
            intro: {
              nb: 'Du leder en seksjon i en statlig etat som får mange skriftlige henvendelser fra innbyggere. Svartiden er tre uker. Direktør Eva vil at seksjonen tester et KI-verktøy som lager utkast til svar.',
              nn: 'Du leier ein seksjon i ein statleg etat som får mange skriftlege førespurnader frå innbyggjarar. Svartida er tre veker. Direktør Eva vil at seksjonen testar eit KI-verktøy som lagar utkast til svar.',
              en: 'You lead a section in a state agency that receives many written enquiries from citizens. The response time is three weeks. Director Eva wants the section to test an AI tool that drafts replies.',
            },
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: { nb: 'Hvordan starter du?', nn: 'Korleis startar du?', en: 'How do you start?' },
                choices: [
                  {
                    id: 'a2',
                    text: {
                      nb: 'Du lar de to mest teknologiinteresserte utforske verktøyet først, og tar med resten når dere vet mer.',
                      nn: 'Du lèt dei to mest teknologiinteresserte utforske verktøyet først, og tek med resten når de veit meir.',
                      en: 'You let the two most tech-minded people explore the tool first, and bring in the rest when you know more.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'De to kommer raskt i gang, men resten av seksjonen hører om verktøyet gjennom rykter.',
                      nn: 'Dei to kjem raskt i gang, men resten av seksjonen høyrer om verktøyet gjennom rykte.',
                      en: 'The two get going quickly, but the rest of the section hears about the tool through rumours.',
                    },
                    next: 'pilot-skeptisk',
                  },
                  {
                    id: 'a1',
                    text: {
                      nb: 'Du informerer de tillitsvalgte og medarbeiderne tidlig, og planlegger forsøket sammen med dem.',
                      nn: 'Du informerer dei tillitsvalde og medarbeidarane tidleg, og planlegg forsøket saman med dei.',
                      en: 'You inform the union representatives and the employees early, and plan the trial together with them.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Det tar tre uker før dere er i gang, og noen er skeptiske. Men erfarne saksbehandlere peker ut henvendelser som er for sammensatte for KI, og personvernet blir vurdert først.',
                      nn: 'Det tek tre veker før de er i gang, og nokre er skeptiske. Men erfarne sakshandsamarar peikar ut førespurnader som er for samansette for KI, og personvernet blir vurdert først.',
                      en: 'It takes three weeks before you are under way, and some are sceptical. But experienced caseworkers point out enquiries that are too complex for AI, and data protection is assessed before the start.',
                    },
                    next: 'pilot',
                  },
                  {
                    id: 'a3',
                    text: {
                      nb: 'Du bestemmer at hele seksjonen bruker verktøyet fra neste måned, og lover god opplæring.',
                      nn: 'Du bestemmer at heile seksjonen bruker verktøyet frå neste månad, og lovar god opplæring.',
                      en: 'You decide that the whole section will use the tool from next month, and promise good training.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Medarbeiderne og de tillitsvalgte blir overrasket, og ingen vet hvordan kvaliteten skal sikres.',
                      nn: 'Medarbeidarane og dei tillitsvalde blir overraska, og ingen veit korleis kvaliteten skal sikrast.',
                      en: 'The employees and the union representatives are taken by surprise, and nobody knows how quality will be ensured.',
                    },
                    next: 'stans',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'pilot',
                illustration: scenes.trialResults,
                text: {
                  nb: 'Etter seks uker er svartiden på enkle spørsmål halvert. På sammensatte spørsmål gjør verktøyet ofte feil. Saksbehandlerne fanget de fleste, men to innbyggere fikk feil svar. Hva anbefaler du ledelsen?',
                  nn: 'Etter seks veker er svartida på enkle spørsmål halvert. På samansette spørsmål gjer verktøyet ofte feil. Sakshandsamarane fanga dei fleste, men to innbyggjarar fekk feil svar. Kva tilrår du leiinga?',
                  en: 'After six weeks, the response time for simple questions has halved. On complex questions the tool often makes mistakes. The caseworkers caught most of them, but two citizens got a wrong answer. What do you recommend to management?',
                },
                choices: [
                  {
                    id: 'd1',
                    text: {
                      nb: 'Du kontakter straks de to som fikk feil svar, og anbefaler verktøyet for enkle henvendelser.',
                      nn: 'Du kontaktar straks dei to som fekk feil svar, og tilrår verktøyet for enkle førespurnader.',
                      en: 'You contact the two who got a wrong answer at once, and recommend the tool for simple enquiries.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Det er ubehagelig å ringe de to, og etaten må innrømme feilen. Men innbyggerne får riktig svar, og ledelsen får et ærlig grunnlag.',
                      nn: 'Det er ubehageleg å ringje dei to, og etaten må vedgå feilen. Men innbyggjarane får rett svar, og leiinga får eit ærleg grunnlag.',
                      en: 'Calling the two is uncomfortable, and the agency has to admit the mistake. But the citizens get the right answer, and management gets an honest basis for deciding.',
                    },
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: {
                      nb: 'Du ber saksbehandlerne og de tillitsvalgte vurdere feilene sammen med deg før du anbefaler noe.',
                      nn: 'Du ber sakshandsamarane og dei tillitsvalde vurdere feilane saman med deg før du tilrår noko.',
                      en: 'You ask the caseworkers and the union representatives to assess the mistakes with you before recommending anything.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Vurderingen er grundig, men tar tre uker. Imens har de to innbyggerne fortsatt feil svar, og ledelsen venter.',
                      nn: 'Vurderinga er grundig, men tek tre veker. Imens sit dei to innbyggjarane enno med feil svar, og leiinga ventar.',
                      en: 'The assessment is thorough, but takes three weeks. Meanwhile the two citizens still have a wrong answer, and management is kept waiting.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd4',
                    text: {
                      nb: 'Du anbefaler verktøyet for alle henvendelser, med saksbehandlerne som kontroll.',
                      nn: 'Du tilrår verktøyet for alle førespurnader, med sakshandsamarane som kontroll.',
                      en: 'You recommend the tool for all enquiries, with the caseworkers as a check.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Flere feil svar går ut, og tilliten til verktøyet og til deg faller. De to som fikk feil svar, har ikke hørt noe.',
                      nn: 'Fleire feil svar går ut, og tilliten til verktøyet og til deg fell. Dei to som fekk feil svar, har ikkje høyrt noko.',
                      en: 'More wrong answers go out, and trust in the tool and in you falls. The two who got a wrong answer have heard nothing.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'pilot-skeptisk',
                illustration: scenes.trialResults,
                text: {
                  nb: 'Mange bruker verktøyet lite. Etter seks uker har svartiden på enkle spørsmål gått ned, men to innbyggere har fått feil svar. Hva anbefaler du ledelsen?',
                  nn: 'Mange bruker verktøyet lite. Etter seks veker har svartida på enkle spørsmål gått ned, men to innbyggjarar har fått feil svar. Kva tilrår du leiinga?',
                  en: 'Many people make little use of the tool. After six weeks, the response time for simple questions has gone down, but two citizens have had a wrong answer. What do you recommend to management?',
                },
                choices: [
                  {
                    id: 'e2',
                    text: {
                      nb: 'Du anbefaler å avslutte forsøket, fordi oppslutningen er for lav til at det gir svar.',
                      nn: 'Du tilrår å avslutte forsøket, fordi oppslutninga er for låg til at det gir svar.',
                      en: 'You recommend ending the trial, because take-up is too low for it to tell you anything.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Ingen skade skjer, men heller ingen læring: Dere vet ikke om verktøyet ikke virket, eller om det ikke ble brukt.',
                      nn: 'Ingen skade skjer, men det blir heller inga læring: De veit ikkje om verktøyet ikkje verka, eller om det ikkje blei brukt.',
                      en: 'No harm is done, but there is no learning either: you do not know whether the tool did not work, or was not used.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e1',
                    text: {
                      nb: 'Du retter de to svarene og foreslår en ny runde, formet sammen med saksbehandlerne.',
                      nn: 'Du rettar dei to svara og føreslår ein ny runde, forma saman med sakshandsamarane.',
                      en: 'You correct the two answers and propose a new round, shaped together with the caseworkers.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Ledelsen setter pris på ærligheten, og den nye runden får bedre oppslutning. Men dere har tapt tid.',
                      nn: 'Leiinga set pris på ærlegdomen, og den nye runden får betre oppslutning. Men de har tapt tid.',
                      en: 'Management appreciates the honesty, and the new round has better take-up. But you have lost time.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e4',
                    text: {
                      nb: 'Du anbefaler verktøyet for hele etaten, fordi svartiden gikk ned selv med lav bruk.',
                      nn: 'Du tilrår verktøyet for heile etaten, fordi svartida gjekk ned sjølv med lite bruk.',
                      en: 'You recommend the tool for the whole agency, because the response time fell even with little use.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Verktøyet blir innført uten at noen vet hvordan det virker i praksis. Feilene fortsetter, og skepsisen sprer seg.',
                      nn: 'Verktøyet blir innført utan at nokon veit korleis det verkar i praksis. Det kjem fleire feil, og skepsisen spreier seg.',
                      en: 'The tool is introduced without anyone knowing how it works in practice. The mistakes continue, and the scepticism spreads.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'stans',
                text: {
                  nb: 'Ledelsen stanser forsøket. De tillitsvalgte sier de ikke er involvert, og personvernombudet spør om bruken av personopplysninger er vurdert. Ingen har et godt svar. Hva gjør du?',
                  nn: 'Leiinga stansar forsøket. Dei tillitsvalde seier at dei ikkje er involverte, og personvernombodet spør om bruken av personopplysningar er vurdert. Ingen har eit godt svar. Kva gjer du?',
                  en: 'Management stops the trial. The union representatives say they have not been involved, and the data protection officer asks whether the use of personal data has been assessed. Nobody has a good answer. What do you do?',
                },
                choices: [
                  {
                    id: 'f2',
                    text: {
                      nb: 'Du retter opp det personvernombudet peker på, og starter forsøket igjen så raskt som mulig.',
                      nn: 'Du rettar opp det personvernombodet peikar på, og startar forsøket igjen så raskt som mogleg.',
                      en: 'You fix the issues the data protection officer has pointed out, and restart the trial as quickly as possible.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Det formelle blir ryddet opp i, men medarbeiderne og de tillitsvalgte er fortsatt ikke med, og få bruker verktøyet.',
                      nn: 'Det formelle blir rydda opp i, men medarbeidarane og dei tillitsvalde er enno ikkje med, og få bruker verktøyet.',
                      en: 'The formalities are sorted out, but the employees and the union representatives are still not on board, and few use the tool.',
                    },
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f3',
                    text: {
                      nb: 'Du avslutter forsøket. Leverandøren burde ha sagt fra om personvernkravene.',
                      nn: 'Du avsluttar forsøket. Leverandøren burde ha sagt frå om personvernkrava.',
                      en: 'You end the trial. The supplier should have told you about the data protection requirements.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Ingen lærer noe, og neste gang noen foreslår ny teknologi, er motstanden enda større.',
                      nn: 'Ingen lærer noko, og neste gong nokon føreslår ny teknologi, er motstanden endå større.',
                      en: 'Nobody learns anything, and the next time someone proposes new technology, the resistance is even greater.',
                    },
                    next: 'slutt-svak',
                  },
                  {
                    id: 'f1',
                    text: {
                      nb: 'Du tar ansvaret og starter på nytt, med en personvernvurdering og med de tillitsvalgte.',
                      nn: 'Du tek ansvaret og startar på nytt, med ei personvernvurdering og med dei tillitsvalde.',
                      en: 'You take responsibility and start again, with a data protection assessment and the union representatives.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Det koster måneder, men den nye starten bygger på et forsvarlig grunnlag og et bedre samarbeid.',
                      nn: 'Det kostar månader, men den nye starten byggjer på eit forsvarleg grunnlag og eit betre samarbeid.',
                      en: 'It costs months, but the new start rests on a responsible basis and better cooperation.',
                    },
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: { nb: 'Et forsøk som ga læring', nn: 'Eit forsøk som gav læring', en: 'A trial that led to learning' },
                outcome: 'good',
                text: {
                  nb: 'Verktøyet brukes på enkle henvendelser, kontrollert av saksbehandlere. Svartiden går ned, og de to har fått riktig svar.',
                  nn: 'Verktøyet blir brukt på enkle førespurnader, kontrollert av sakshandsamarar. Svartida går ned, og dei to har fått rett svar.',
                  en: 'The tool is used for simple enquiries, checked by caseworkers. The response time is going down, and the two have received the right answer.',
                },
                debrief: {
                  nb: `Du involverte tidlig og var ærlig om feilene:

- **${POINT_TECH.nb}:** Forsøket var avgrenset, og de tillitsvalgte var med fra start.
- **${POINT_DATA.nb}:** Ingen personopplysninger ble brukt før bruken var vurdert.
- **${POINT_CULTURE.nb}:** Du rettet feilene overfor innbyggerne og delte det dere lærte.`,
                  nn: `Du involverte tidleg og var ærleg om feilane:

- **${POINT_TECH.nn}:** Forsøket var avgrensa, og dei tillitsvalde var med frå start.
- **${POINT_DATA.nn}:** Ingen personopplysningar blei brukte før bruken var vurdert.
- **${POINT_CULTURE.nn}:** Du retta feilane overfor innbyggjarane og delte det de lærte.`,
                  en: `You involved people early and were honest about the mistakes:

- **${POINT_TECH.en}:** The trial was limited, and the union representatives took part from the start.
- **${POINT_DATA.en}:** No personal data was used before the use had been assessed.
- **${POINT_CULTURE.en}:** You put the mistakes right with the citizens and shared what you learned.`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: { nb: 'Noe lært – med omveier', nn: 'Noko lært – med omvegar', en: 'Some learning – the long way round' },
                outcome: 'mixed',
                text: {
                  nb: 'Seksjonen har lært noe, men forsøket tok lang tid, fikk lav oppslutning eller ble avsluttet før dere fikk brukt det som virket.',
                  nn: 'Seksjonen har lært noko, men forsøket tok lang tid, fekk låg oppslutning eller blei avslutta før de fekk teke i bruk det som verka.',
                  en: 'The section has learned something, but the trial took a long time, had low take-up or was ended before you could use what worked.',
                },
                debrief: {
                  nb: `Se på veien din:

- **${POINT_TECH.nb}:** Kom de tillitsvalgte og medarbeiderne inn før forsøket var bestemt?
- **${POINT_DATA.nb}:** Bruk av personopplysninger må vurderes før forsøket starter, ikke når personvernombudet spør.
- **${POINT_CULTURE.nb}:** Ble det som virket, tatt vare på? Fikk de som fikk feil svar, vite det?`,
                  nn: `Sjå på vegen din:

- **${POINT_TECH.nn}:** Kom dei tillitsvalde og medarbeidarane inn før forsøket var bestemt?
- **${POINT_DATA.nn}:** Bruk av personopplysningar må vurderast før forsøket startar, ikkje når personvernombodet spør.
- **${POINT_CULTURE.nn}:** Tok de vare på det som verka? Fekk dei som fekk feil svar, vite det?`,
                  en: `Look at the path you took:

- **${POINT_TECH.en}:** Did the union representatives and the employees come in before the trial had been decided?
- **${POINT_DATA.en}:** The use of personal data must be assessed before the trial starts, not when the data protection officer asks.
- **${POINT_CULTURE.en}:** Did you keep what worked? Were those who got a wrong answer told?`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: { nb: 'Teknologi uten tillit', nn: 'Teknologi utan tillit', en: 'Technology without trust' },
                outcome: 'poor',
                text: {
                  nb: 'Verktøyet har skapt feil svar, uro eller et personvernproblem, og motstanden mot ny teknologi i etaten har økt.',
                  nn: 'Verktøyet har skapt feil svar, uro eller eit personvernproblem, og motstanden mot ny teknologi i etaten har auka.',
                  en: 'The tool has led to wrong answers, unrest or a data protection problem, and resistance to new technology in the agency has grown.',
                },
                debrief: {
                  nb: `Veien din gikk for fort frem, eller stoppet uten læring:

- **${POINT_TECH.nb}:** Ny teknologi uten tidlig involvering skaper motstand.
- **${POINT_DATA.nb}:** Personvernet må vurderes før verktøyet tas i bruk, og leverandørens løfte er ingen vurdering.
- **${POINT_CULTURE.nb}:** Når feil blir skjøvet over på andre eller ikke blir rettet, lærer ingen.`,
                  nn: `Vegen din gjekk for fort, eller stoppa utan læring:

- **${POINT_TECH.nn}:** Ny teknologi utan tidleg involvering skaper motstand.
- **${POINT_DATA.nn}:** Personvernet må vurderast før verktøyet blir teke i bruk, og lovnaden frå leverandøren er inga vurdering.
- **${POINT_CULTURE.nn}:** Når nokon skyv feilane over på andre eller ikkje rettar dei, lærer ingen.`,
                  en: `Your path moved too fast, or stopped without learning:

- **${POINT_TECH.en}:** New technology without early involvement creates resistance.
- **${POINT_DATA.en}:** Data protection must be assessed before the tool is put into use, and the supplier’s promise is no assessment.
- **${POINT_CULTURE.en}:** When mistakes are pushed onto others or not put right, nobody learns.`,
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'vi-refleksjon',
      title: { nb: 'Din refleksjon', nn: 'Refleksjonen din', en: 'Your reflection' },
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-vaer-innovativ',
          prompt: {
            nb: 'Hvilken ny teknologi eller arbeidsform vil du utforske det neste året, og hvem må være med fra start? Hvordan gjør du det trygt å prøve og feile?',
            nn: 'Kva ny teknologi eller arbeidsform vil du utforske det neste året, og kven må vere med frå start? Korleis gjer du det trygt å prøve og feile?',
            en: 'Which new technology or way of working will you explore in the coming year, and who needs to be involved from the start? How will you make it safe to try and fail?',
          },
          hint: {
            nb: 'Finn ut hvilke KI-verktøy virksomheten din har godkjent.',
            nn: 'Finn ut kva KI-verktøy verksemda di har godkjent.',
            en: 'Find out which AI tools your agency has approved.',
          },
          planLabel: TITLE,
        },
      ],
    },
  ],
});
