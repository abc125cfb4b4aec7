import { defineLesson } from '../schema/index.ts';
import { covers, scenes } from '../illustrations/pictures.ts';
import { EXPECTATION_TITLES } from '../expectations.ts';

/** The lesson's title; also the label of its reflection in the action plan. */
const TITLE = EXPECTATION_TITLES.utvikleDegSomLeder;

/**
 * The expectation's three points as the course translates them (the bokmål is the document's
 * wording). The debriefs name them in exactly these words.
 */
const POINT_SELF = {
  nb: 'Utforsk eget lederskap og hvordan du virker på andre',
  nn: 'Utforsk eige leiarskap og korleis du verkar på andre',
  en: 'Explore your own leadership and how you come across to others',
};
const POINT_KNOWLEDGE = {
  nb: 'Fyll på med kunnskap om ledelse',
  nn: 'Fyll på med kunnskap om leiing',
  en: 'Keep adding to your knowledge of leadership',
};
const POINT_COMMUNITY = {
  nb: 'Bygg fellesskap og del erfaringer med andre ledere',
  nn: 'Bygg fellesskap og del erfaringar med andre leiarar',
  en: 'Build community and share experience with other leaders',
};

/** The same line closes all three debriefs under the point on knowledge. */
const LEADING_LEADERS = {
  nb: 'Å lede ledere krever ny kunnskap.',
  nn: 'Å leie leiarar krev ny kunnskap.',
  en: 'Leading leaders calls for new knowledge.',
};

export default defineLesson({
  id: 'utvikle-deg-som-leder',
  title: TITLE,
  summary: {
    nb: 'Eget lederskap og hvordan du virker på andre, kunnskap om ledelse og fellesskap med andre ledere.',
    nn: 'Eige leiarskap og korleis du verkar på andre, kunnskap om leiing og fellesskap med andre leiarar.',
    en: 'Your own leadership and how you come across to others, knowledge of leadership and community with other leaders.',
  },
  objective: 'utvikle-deg-som-leder',
  cover: covers.utvikleDegSomLeder,
  pages: [
    {
      id: 'ud-intro',
      title: TITLE,
      blocks: [
        {
          kind: 'text',
          body: {
            nb: `Det er modig å se nærmere på egen lederrolle. En av lederne i innspillsrunden sa:`,
            nn: `Det er modig å sjå nærare på eiga leiarrolle. Ein av leiarane i innspelsrunden sa:`,
            en: `It takes courage to look more closely at your own role as a leader. One of the leaders in the input round said:`,
          },
        },
        {
          kind: 'quote',
          text: {
            nb: 'Altfor få ledere er opptatt av hvordan de selv virker på andre.',
            nn: 'Altfor få leiarar er opptekne av korleis dei sjølve verkar på andre.',
            en: 'Far too few leaders are concerned with how they themselves come across to others.',
          },
          by: { nb: 'En av lederne i innspillsrunden', nn: 'Ein av leiarane i innspelsrunden', en: 'One of the leaders in the input round' },
          source: {
            nb: 'Grunnlag for god ledelse i staten',
            nn: 'Grunnlag for god ledelse i staten',
            en: 'Grunnlag for god ledelse i staten (the Government’s foundation for good leadership in the state)',
          },
        },
        {
          // issue 12: the points as reveal cards, each turning over to its tip (were key points and a «Slik gjør du det» accordion).
          kind: 'cards',
          fromDocument: true,
          title: { nb: 'Forventningen har tre punkter', nn: 'Forventninga har tre punkt', en: 'The expectation has three points' },
          cards: [
            {
              title: POINT_SELF,
              body: {
                nb: 'Det du mener er tydelighet, kan oppleves som kontroll. Spør: «Hva bør jeg fortsette med, slutte med og begynne med?» Vis at svarene betyr noe.',
                nn: 'Det du meiner er tydelegheit, kan opplevast som kontroll. Spør: «Kva bør eg fortsetje med, slutte med og byrje med?» Vis at svara betyr noko.',
                en: 'What you think of as clarity can feel like control to others. Ask: “What should I keep doing, stop doing and start doing?” Show that the answers matter.',
              },
            },
            {
              title: POINT_KNOWLEDGE,
              body: {
                nb: 'Skill moter fra det som har godt grunnlag. Et nytt ledernivå krever ny kunnskap.',
                nn: 'Skil motar frå det som har godt grunnlag. Eit nytt leiarnivå krev ny kunnskap.',
                en: 'Separate passing fads from what is well founded. A new level of leadership calls for new knowledge.',
              },
            },
            {
              title: POINT_COMMUNITY,
              body: {
                nb: 'Finn et nettverk eller en mentor, gjerne i en annen virksomhet.',
                nn: 'Finn eit nettverk eller ein mentor, gjerne i ei anna verksemd.',
                en: 'Find a network or a mentor, preferably in another agency.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'ud-sjekk',
      title: { nb: 'Sjekk forståelsen', nn: 'Sjekk forståinga', en: 'Check your understanding' },
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'ud-q1',
            kind: 'single',
            objective: 'utvikle-deg-som-leder',
            prompt: {
              nb: 'Hva følger best opp sitatet «Altfor få ledere er opptatt av hvordan de selv virker på andre»?',
              nn: 'Kva følgjer best opp sitatet «Altfor få leiarar er opptekne av korleis dei sjølve verkar på andre»?',
              en: 'What is the best follow-up to the quotation “Far too few leaders are concerned with how they themselves come across to others”?',
            },
            options: [
              {
                id: 'ud-q1-b',
                text: {
                  nb: 'Ta en anerkjent personlighetstest og lese hva den sier om lederstilen din',
                  nn: 'Ta ein anerkjent personlegdomstest og lese kva testen seier om leiarstilen din',
                  en: 'Take a recognised personality test and read what it says about your leadership style',
                },
                feedback: {
                  nb: 'Ikke helt. En test kan gi deg et språk for deg selv, men den forteller ikke hvordan akkurat du virker på dem du leder. Det må du spørre dem om.',
                  nn: 'Ikkje heilt. Ein test kan gi deg eit språk for deg sjølv, men testen fortel ikkje korleis akkurat du verkar på dei du leier. Det må du spørje dei om.',
                  en: 'Not quite. A test can give you words to describe yourself, but it does not tell you how you in particular come across to the people you lead. You have to ask them.',
                },
              },
              {
                id: 'ud-q1-a',
                text: {
                  nb: 'Spørre medarbeiderne hva du bør fortsette med, slutte med og begynne med',
                  nn: 'Spørje medarbeidarane dine kva du bør fortsetje med, slutte med og byrje med',
                  en: 'Ask your employees what you should continue doing, stop doing and start doing',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Spør dem du leder, og vis at svarene betyr noe.',
                  nn: 'Riktig. Spør dei du leier, og vis at svara betyr noko.',
                  en: 'Correct. Ask the people you lead, and show that the answers matter.',
                },
              },
              {
                id: 'ud-q1-c',
                text: {
                  nb: 'Følge med på sykefravær og turnover, som viser om noe er galt i enheten',
                  nn: 'Følgje med på sjukefråvær og turnover, som viser om noko er gale i eininga',
                  en: 'Track sick leave and turnover, which show if something is wrong in the unit',
                },
                feedback: {
                  nb: 'Ikke riktig. Tallene kan være et varsel, men de kommer sent og sier lite om hvordan du virker. Mange sier ikke fra uten å bli spurt.',
                  nn: 'Ikkje riktig. Tala kan vere eit varsel, men dei kjem seint og seier lite om korleis du verkar. Mange seier ikkje frå utan å bli spurde.',
                  en: 'Incorrect. The figures can be a warning, but they come late and say little about how you come across. Many people do not speak up unless they are asked.',
                },
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'ud-q5',
            kind: 'ordering',
            objective: 'utvikle-deg-som-leder',
            prompt: {
              nb: 'Du vil bli bedre til å involvere teamet. Sett stegene i rekkefølge.',
              nn: 'Du vil bli flinkare til å involvere teamet. Set stega i rekkjefølgje.',
              en: 'You want to get better at involving your team. Put the steps in order.',
            },
            items: [
              {
                id: 'ud-q5-a',
                text: {
                  nb: 'Be teamet om tilbakemelding på hvordan du involverer dem',
                  nn: 'Be teamet om tilbakemelding på korleis du involverer dei',
                  en: 'Ask your team for feedback on how you involve them',
                },
              },
              {
                id: 'ud-q5-b',
                text: { nb: 'Velg én ting du vil gjøre annerledes', nn: 'Vel éin ting du vil gjere annleis', en: 'Choose one thing you want to do differently' },
              },
              { id: 'ud-q5-c', text: { nb: 'Prøv det ut i noen uker', nn: 'Prøv det ut i nokre veker', en: 'Try it out for a few weeks' } },
              {
                id: 'ud-q5-d',
                text: { nb: 'Spør teamet om de merker forskjell', nn: 'Spør teamet om dei merkar skilnad', en: 'Ask your team whether they notice a difference' },
              },
            ],
            feedbackCorrect: {
              nb: 'Riktig. Spør først, endre én ting, og spør igjen.',
              nn: 'Riktig. Spør først, endre éin ting, og spør igjen.',
              en: 'Correct. Ask first, change one thing, and ask again.',
            },
            feedbackIncorrect: {
              nb: 'Ikke helt. Du kan ikke velge hva du skal endre før du vet hvordan du virker, og du kan ikke spørre om forskjellen før du har prøvd.',
              nn: 'Ikkje heilt. Du kan ikkje velje kva du skal endre før du veit korleis du verkar, og du kan ikkje spørje om skilnaden før du har prøvd.',
              en: 'Not quite. You cannot choose what to change before you know how you come across, and you cannot ask about the difference before you have tried.',
            },
          },
        },
        {
          kind: 'question',
          question: {
            id: 'ud-q4',
            kind: 'multiple',
            objective: 'utvikle-deg-som-leder',
            prompt: {
              nb: 'Hva får du ut av å dele erfaringer med andre ledere? Velg alle som passer.',
              nn: 'Kva får du ut av å dele erfaringar med andre leiarar? Vel alle som passar.',
              en: 'What do you gain from sharing experience with other leaders? Select all that apply.',
            },
            options: [
              {
                id: 'ud-q4-d',
                text: {
                  nb: 'Bekreftelse på at måten du leder på, er riktig',
                  nn: 'Stadfesting av at måten du leier på, er rett',
                  en: 'Confirmation that the way you lead is right',
                },
                feedback: {
                  nb: 'Ikke riktig. Støtte er verdifullt, men målet er å lære. Det mest nyttige er ofte når andre utfordrer deg.',
                  nn: 'Ikkje riktig. Støtte er verdifullt, men målet er å lære. Det mest nyttige er ofte når andre utfordrar deg.',
                  en: 'Incorrect. Support is valuable, but the aim is to learn. What helps most is often when others challenge you.',
                },
              },
              {
                id: 'ud-q4-e',
                text: {
                  nb: 'Et sted å drøfte personalsaker i detalj med ledere utenfor virksomheten',
                  nn: 'Ein stad å drøfte personalsaker i detalj med leiarar utanfor verksemda',
                  en: 'A place to discuss personnel matters in detail with leaders outside your agency',
                },
                feedback: {
                  nb: 'Ikke riktig. Dilemmaer kan du dele, men personalsaker inneholder ofte taushetsbelagte personopplysninger.',
                  nn: 'Ikkje riktig. Dilemma kan du dele, men personalsaker inneheld ofte personopplysningar som er underlagde teieplikt.',
                  en: 'Incorrect. You can share dilemmas, but personnel matters often contain personal data covered by a duty of confidentiality.',
                },
              },
              {
                id: 'ud-q4-a',
                text: {
                  nb: 'Råd og nye perspektiver fra ledere med de samme dilemmaene',
                  nn: 'Råd og nye perspektiv frå leiarar med dei same dilemmaa',
                  en: 'Advice and fresh perspectives from leaders facing the same dilemmas',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Andre ledere ser situasjonen din med friske øyne.',
                  nn: 'Riktig. Andre leiarar ser situasjonen din med friske auge.',
                  en: 'Correct. Other leaders see your situation with fresh eyes.',
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'ud-case',
      title: {
        nb: 'Øvelse: Fra seksjonsleder til avdelingsdirektør',
        nn: 'Øving: Frå seksjonsleiar til avdelingsdirektør',
        en: 'Exercise: From head of section to director of department',
      },
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'ud-scenario',
            illustration: scenes.evaluation,
            title: {
              nb: 'Fra seksjonsleder til avdelingsdirektør',
              nn: 'Frå seksjonsleiar til avdelingsdirektør',
              en: 'From head of section to director of department',
            },
            objective: 'utvikle-deg-som-leder',
            intro: {
              nb: 'Du har vært avdelingsdirektør i et direktorat i ett år og leder fire seksjonsledere. I en 360-gradersevaluering skriver de at du detaljstyrer og går rett til medarbeiderne deres.',
              nn: 'Du har vore avdelingsdirektør i eit direktorat i eitt år og leier fire seksjonsleiarar. I ei 360-gradersevaluering skriv dei at du detaljstyrer og går rett til medarbeidarane deira.',
              en: 'You have been a director of department ({nb|avdelingsdirektør}) in a directorate for a year and lead four heads of section. In a 360-degree evaluation they write that you micromanage and go straight to their employees.',
            },
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: { nb: 'Resultatet svir. Hva gjør du først?', nn: 'Resultatet svir. Kva gjer du først?', en: 'The result stings. What do you do first?' },
                choices: [
                  {
                    id: 'a2',
                    text: {
                      nb: 'Du holder mer avstand til seksjonene, og lar endringen tale for seg selv.',
                      nn: 'Du held meir avstand til seksjonane, og lèt endringa tale for seg sjølv.',
                      en: 'You keep more distance from the sections, and let the change speak for itself.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Ingen vet hvorfor du plutselig er mindre til stede. Noen tror du har mistet interessen.',
                      nn: 'Ingen veit kvifor du plutseleg er mindre til stades. Nokre trur at du har mista interessa.',
                      en: 'Nobody knows why you are suddenly less present. Some think you have lost interest.',
                    },
                    next: 'signal',
                  },
                  {
                    id: 'a1',
                    text: {
                      nb: 'Du tar resultatet opp med seksjonslederne og spør hva de trenger fra deg i den nye rollen.',
                      nn: 'Du tek opp resultatet med seksjonsleiarane og spør kva dei treng frå deg i den nye rolla.',
                      en: 'You raise the result with your heads of section and ask what they need from you in your new role.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Det er ubehagelig, og du må la være å forklare deg. Men samtalen blir ærlig.',
                      nn: 'Det er ubehageleg, og du må la vere å forklare deg. Men samtalen blir ærleg.',
                      en: 'It is uncomfortable, and you have to resist explaining yourself. But the conversation becomes honest.',
                    },
                    next: 'samtale',
                  },
                  {
                    id: 'a3',
                    text: {
                      nb: 'Du forklarer seksjonslederne at avdelingen har hatt mange krevende saker der du måtte være tett på.',
                      nn: 'Du forklarer seksjonsleiarane at avdelinga har hatt mange krevjande saker der du måtte vere tett på.',
                      en: 'You explain to your heads of section that the department has had many demanding matters where you had to stay close.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Det kan være sant, men seksjonslederne hører at det ikke nytter å si fra.',
                      nn: 'Det kan vere sant, men seksjonsleiarane høyrer at det ikkje nyttar å seie frå.',
                      en: 'That may be true, but what the heads of section hear is that there is no point in speaking up.',
                    },
                    next: 'signal',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'samtale',
                illustration: scenes.conversation,
                text: {
                  nb: 'Seksjonsleder Nina sier hun ikke vet hva hun har ansvar for, når du går rett til medarbeiderne hennes. Hva gjør du?',
                  nn: 'Seksjonsleiar Nina seier at ho ikkje veit kva ho har ansvar for, når du går rett til medarbeidarane hennar. Kva gjer du?',
                  en: 'Nina, head of section, says that she does not know what she is responsible for when you go straight to her employees. What do you do?',
                },
                choices: [
                  {
                    id: 'b1',
                    text: {
                      nb: 'Du takker, sier konkret hva du vil endre, og ber dem si fra når du faller tilbake.',
                      nn: 'Du takkar dei, seier konkret kva du vil endre, og ber dei seie frå kvar gong du fell tilbake.',
                      en: 'You thank them, say specifically what you will change, and ask them to tell you when you slip back.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Neste gang du går rett til en av Ninas medarbeidere, sier hun fra. Det stikker, men du tar imot. Du finner også en mentor.',
                      nn: 'Neste gong du går rett til ein av medarbeidarane til Nina, seier ho frå. Det stikk, men du tek imot. Du finn også ein mentor.',
                      en: 'The next time you go straight to one of Nina’s employees, she tells you. It stings, but you accept it. You also find a mentor.',
                    },
                    next: 'slutt-god',
                  },
                  {
                    id: 'b2',
                    text: {
                      nb: 'Du sier at du bare vil hjelpe, og at de må si fra hvis du blander deg for mye inn.',
                      nn: 'Du seier at du berre vil hjelpe, og ber dei seie frå dersom du blandar deg for mykje inn.',
                      en: 'You say that you only want to help, and that they must tell you if you get too involved.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Intensjonen er god, men du har lagt ansvaret for endringen på dem. Seksjonslederne er usikre på om noe vil skje.',
                      nn: 'Intensjonen er god, men du har lagt ansvaret for endringa på dei. Seksjonsleiarane er usikre på om noko vil skje.',
                      en: 'Your intention is good, but you have put the responsibility for the change on them. The heads of section are unsure whether anything will happen.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'b3',
                    text: {
                      nb: 'Du minner om at en avdelingsdirektør må kunne snakke med alle i avdelingen når sakene krever det.',
                      nn: 'Du minner om at ein avdelingsdirektør må kunne snakke med alle i avdelinga når sakene krev det.',
                      en: 'You point out that a director of department must be able to talk to everyone in the department when the work requires it.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Formelt har du rett, men nå vet de at det ikke nytter å si fra.',
                      nn: 'Formelt har du rett, men no veit dei at det ikkje nyttar å seie frå.',
                      en: 'Formally you are right, but now they know there is no point in speaking up.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'signal',
                illustration: scenes.conversation,
                text: {
                  nb: 'Noen uker senere sier seksjonsleder Tor at han vurderer en fagstilling, fordi han ikke får lede seksjonen sin. Hva gjør du?',
                  nn: 'Nokre veker seinare seier seksjonsleiar Tor at han vurderer ei fagstilling, fordi han ikkje får leie seksjonen sin. Kva gjer du?',
                  en: 'A few weeks later, Tor, another head of section, says he is considering a specialist post because he is not allowed to lead his section. What do you do?',
                },
                choices: [
                  {
                    id: 'c2',
                    text: {
                      nb: 'Du lover Tor å blande deg mindre inn, og ber ham si fra hvis det skjer igjen.',
                      nn: 'Du lovar Tor å blande deg mindre inn, og ber han seie frå dersom det skjer igjen.',
                      en: 'You promise Tor that you will interfere less, and ask him to tell you if it happens again.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Tor blir, foreløpig. Men de andre seksjonslederne opplever det samme, og de vet ikke at noe skal endre seg.',
                      nn: 'Tor blir, førebels. Men dei andre seksjonsleiarane opplever det same, og dei veit ikkje at noko skal endre seg.',
                      en: 'Tor stays, for now. But the other heads of section experience the same, and they do not know that anything is going to change.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'c1',
                    text: {
                      nb: 'Du tar det på alvor og inviterer alle seksjonslederne til en samtale.',
                      nn: 'Du tek det på alvor og inviterer alle seksjonsleiarane til ein samtale.',
                      en: 'You take it seriously and invite all the heads of section to a conversation.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Samtalen er et vendepunkt, men tilliten må bygges opp igjen. Seksjonslederne er avventende.',
                      nn: 'Samtalen er eit vendepunkt, men tilliten må byggjast opp att. Seksjonsleiarane ventar og ser.',
                      en: 'The conversation is a turning point, but trust has to be rebuilt. The heads of section are waiting to see what happens.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'c3',
                    text: {
                      nb: 'Du sier at det er Tors valg, og ønsker ham lykke til hvis han vil tilbake til fagarbeid.',
                      nn: 'Du seier at det er Tors val, og ønskjer han lukke til dersom han vil tilbake til fagarbeid.',
                      en: 'You say it is Tor’s choice, and wish him luck if he wants to go back to specialist work.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Tor søker seg bort, og de andre ser at det ikke nytter å si fra.',
                      nn: 'Tor søkjer seg bort, og dei andre ser at det ikkje nyttar å seie frå.',
                      en: 'Tor applies for a job elsewhere, and the others see that there is no point in speaking up.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: { nb: 'En leder i utvikling', nn: 'Ein leiar i utvikling', en: 'A leader who is developing' },
                outcome: 'good',
                text: {
                  nb: 'Seksjonslederne leder seksjonene sine igjen.',
                  nn: 'Seksjonsleiarane leier seksjonane sine igjen.',
                  en: 'The heads of section are leading their sections again.',
                },
                debrief: {
                  nb: `Du spurte i stedet for å forklare:

- **${POINT_SELF.nb}:** Du brukte evalueringen til å spørre.
- **${POINT_KNOWLEDGE.nb}:** ${LEADING_LEADERS.nb}
- **${POINT_COMMUNITY.nb}:** En mentor ser det du ikke ser selv.`,
                  nn: `Du spurde i staden for å forklare:

- **${POINT_SELF.nn}:** Du brukte evalueringa til å spørje.
- **${POINT_KNOWLEDGE.nn}:** ${LEADING_LEADERS.nn}
- **${POINT_COMMUNITY.nn}:** Ein mentor ser det du ikkje ser sjølv.`,
                  en: `You asked instead of explaining:

- **${POINT_SELF.en}:** You used the evaluation to ask questions.
- **${POINT_KNOWLEDGE.en}:** ${LEADING_LEADERS.en}
- **${POINT_COMMUNITY.en}:** A mentor sees what you cannot see yourself.`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: { nb: 'På vei – men med gamle vaner', nn: 'På veg – men med gamle vanar', en: 'On the way – but with old habits' },
                outcome: 'mixed',
                text: {
                  nb: 'Noe har endret seg, men seksjonslederne er fortsatt usikre på om det varer.',
                  nn: 'Noko har endra seg, men seksjonsleiarane er enno usikre på om det varer.',
                  en: 'Something has changed, but the heads of section are still unsure whether it will last.',
                },
                debrief: {
                  nb: `Se på veien din:

- **${POINT_SELF.nb}:** Endret du deg før du spurte, eller la du ansvaret for endringen på dem?
- **${POINT_KNOWLEDGE.nb}:** ${LEADING_LEADERS.nb}
- **${POINT_COMMUNITY.nb}:** Hadde du noen å dele erfaringer med?`,
                  nn: `Sjå på vegen din:

- **${POINT_SELF.nn}:** Endra du deg før du spurde, eller la du ansvaret for endringa på dei?
- **${POINT_KNOWLEDGE.nn}:** ${LEADING_LEADERS.nn}
- **${POINT_COMMUNITY.nn}:** Hadde du nokon å dele erfaringar med?`,
                  en: `Look at the path you took:

- **${POINT_SELF.en}:** Did you change before you asked, or did you put the responsibility for the change on them?
- **${POINT_KNOWLEDGE.en}:** ${LEADING_LEADERS.en}
- **${POINT_COMMUNITY.en}:** Did you have anyone to share experience with?`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: { nb: 'En leder som ikke ser seg selv', nn: 'Ein leiar som ikkje ser seg sjølv', en: 'A leader who does not see themselves' },
                outcome: 'poor',
                text: {
                  nb: 'Seksjonslederne har sluttet å si fra, og du vet lite om hvordan du virker.',
                  nn: 'Seksjonsleiarane har slutta å seie frå, og du veit lite om korleis du verkar.',
                  en: 'The heads of section have stopped speaking up, and you know little about how you come across.',
                },
                debrief: {
                  nb: `Veien din forklarte i stedet for å spørre:

- **${POINT_SELF.nb}:** Når du forklarer bort tilbakemeldinger, slutter folk å gi dem.
- **${POINT_KNOWLEDGE.nb}:** ${LEADING_LEADERS.nb}
- **${POINT_COMMUNITY.nb}:** Andre ledere kunne hjulpet deg å se deg selv.`,
                  nn: `På vegen din forklarte du i staden for å spørje:

- **${POINT_SELF.nn}:** Når du forklarer bort tilbakemeldingar, sluttar folk å gi dei.
- **${POINT_KNOWLEDGE.nn}:** ${LEADING_LEADERS.nn}
- **${POINT_COMMUNITY.nn}:** Andre leiarar kunne ha hjelpt deg å sjå deg sjølv.`,
                  en: `On your path, you explained instead of asking:

- **${POINT_SELF.en}:** When you explain feedback away, people stop giving it.
- **${POINT_KNOWLEDGE.en}:** ${LEADING_LEADERS.en}
- **${POINT_COMMUNITY.en}:** Other leaders could have helped you see yourself.`,
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'ud-refleksjon',
      title: { nb: 'Din refleksjon', nn: 'Refleksjonen din', en: 'Your reflection' },
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-utvikle-deg-som-leder',
          prompt: {
            nb: 'Hvem vil du spørre om hvordan du virker? Hvilke ledere vil du dele erfaringer med?',
            nn: 'Kven vil du spørje om korleis du verkar? Kva leiarar vil du dele erfaringar med?',
            en: 'Who will you ask about how you come across? Which leaders will you share experience with?',
          },
          hint: {
            nb: 'Tenk på én situasjon nylig der du er usikker på hvordan du virket.',
            nn: 'Tenk på éin situasjon nyleg der du er usikker på korleis du verka.',
            en: 'Think of one recent situation where you are unsure how you came across.',
          },
          planLabel: TITLE,
        },
      ],
    },
  ],
});
