import { defineLesson } from '../schema/index.ts';
import { covers, scenes } from '../illustrations/pictures.ts';
import { EXPECTATION_TITLES } from '../expectations.ts';

export default defineLesson({
  id: 'styrk-medarbeiderne',
  title: EXPECTATION_TITLES.styrkMedarbeiderne,
  summary: {
    nb: 'Tillit, anerkjennelse, medarbeiderskap og et mangfoldig og inkluderende arbeidsfellesskap.',
    nn: 'Tillit, anerkjenning, medarbeidarskap og eit mangfaldig og inkluderande arbeidsfellesskap.',
    en: 'Trust, recognition, employeeship and a diverse and inclusive working community.',
  },
  objective: 'styrk-medarbeiderne',
  cover: covers.styrkMedarbeiderne,
  pages: [
    {
      id: 'sm-intro',
      title: EXPECTATION_TITLES.styrkMedarbeiderne,
      blocks: [
        {
          kind: 'text',
          body: {
            nb: `Uten reell autonomi og handlingsrom mister kunnskapsmedarbeidere motivasjonen.`,
            nn: `Utan reell autonomi og handlingsrom mistar kunnskapsmedarbeidarar motivasjonen.`,
            en: `Without real autonomy and room for manoeuvre, knowledge workers lose their motivation.`,
          },
        },
        {
          // issue 12: the points as reveal cards, each turning over to its tip (were key points and a "Slik gjør du det" list).
          kind: 'cards',
          fromDocument: true,
          title: { nb: 'Forventningen har fire punkter', nn: 'Forventninga har fire punkt', en: 'The expectation has four points' },
          cards: [
            {
              title: {
                nb: 'Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom',
                nn: 'Vis medarbeidarane tillit gjennom tydeleg ansvar og handlingsrom',
                en: 'Show your employees trust through clear responsibility and room for manoeuvre',
              },
              body: {
                nb: 'Avtal mål, frist og rammer. Resten bestemmer medarbeideren.',
                nn: 'Avtal mål, frist og rammer. Resten bestemmer medarbeidaren.',
                en: 'Agree on goals, deadline and boundaries. The employee decides the rest.',
              },
            },
            {
              title: {
                nb: 'Gi anerkjennelse og konstruktive tilbakemeldinger',
                nn: 'Gi anerkjenning og konstruktive tilbakemeldingar',
                en: 'Give recognition and constructive feedback',
              },
              body: {
                nb: 'Si konkret hva som var bra, og hva som kan bli bedre.',
                nn: 'Sei konkret kva som var bra, og kva som kan bli betre.',
                en: 'Say specifically what was good and what could be better.',
              },
            },
            {
              title: {
                nb: 'Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet',
                nn: 'Motivér til medarbeidarskap, kompetanseutvikling og nysgjerrigheit',
                en: 'Encourage employeeship, skills development and curiosity',
              },
              body: { nb: 'Spør hva hver enkelt vil lære.', nn: 'Spør kva kvar einskild vil lære.', en: 'Ask what each person wants to learn.' },
            },
            {
              title: {
                nb: 'Bidra til et mangfoldig og inkluderende arbeidsfellesskap',
                nn: 'Bidra til eit mangfaldig og inkluderande arbeidsfellesskap',
                en: 'Contribute to a diverse and inclusive working community',
              },
              body: {
                nb: 'Lys ut bredt, og sørg for at alle blir hørt.',
                nn: 'Lys ut breitt, og syt for at alle blir høyrde.',
                en: 'Advertise posts widely, and make sure everyone is heard.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'sm-sjekk',
      title: { nb: 'Sjekk forståelsen', nn: 'Sjekk forståinga', en: 'Check your understanding' },
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'sm-q1',
            kind: 'single',
            objective: 'styrk-medarbeiderne',
            prompt: {
              nb: 'En erfaren seniorrådgiver skal skrive et høringssvar. Hvordan delegerer du med «tydelig ansvar og handlingsrom»?',
              nn: 'Ein erfaren seniorrådgivar skal skrive eit høyringssvar. Korleis delegerer du med «tydeleg ansvar og handlingsrom»?',
              en: 'An experienced senior adviser is to write a consultation response. How do you delegate with “clear responsibility and room for manoeuvre”?',
            },
            options: [
              {
                id: 'sm-q1-c',
                text: {
                  nb: 'Du gir oppgaven uten føringer. En så erfaren medarbeider vet best.',
                  nn: 'Du gir oppgåva utan føringar. Ein så erfaren medarbeidar veit best.',
                  en: 'You hand over the task without guidance. Such an experienced employee knows best.',
                },
                feedback: {
                  nb: 'Ikke helt. Tillit forutsetter tydelig ansvar. Uten avklarte mål og rammer vet ikke seniorrådgiveren hvor langt handlingsrommet går.',
                  nn: 'Ikkje heilt. Tillit føreset tydeleg ansvar. Utan avklarte mål og rammer veit ikkje seniorrådgivaren kor langt handlingsrommet går.',
                  en: 'Not quite. Trust requires clear responsibility. Without clarified goals and boundaries, the senior adviser does not know how far the room for manoeuvre goes.',
                },
              },
              {
                id: 'sm-q1-a',
                text: {
                  nb: 'Dere avtaler mål, frist og hvem som må med. Resten bestemmer seniorrådgiveren.',
                  nn: 'De avtalar mål, frist og kven som må med. Resten bestemmer seniorrådgivaren.',
                  en: 'You agree on goal, deadline and who must be involved. The senior adviser decides the rest.',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Tydelige rammer gir et handlingsrom som kan brukes.',
                  nn: 'Riktig. Tydelege rammer gir eit handlingsrom som kan brukast.',
                  en: 'Correct. Clear boundaries give room for manoeuvre that can actually be used.',
                },
              },
              {
                id: 'sm-q1-b',
                text: {
                  nb: 'Du ber om å se hvert utkast, så du kan fange opp feil før høringssvaret går ut.',
                  nn: 'Du ber om å sjå kvart utkast, så du kan fange opp feil før høyringssvaret går ut.',
                  en: 'You ask to see every draft, so you can catch errors before the consultation response goes out.',
                },
                feedback: {
                  nb: 'Ikke riktig. Det er godt ment, men tett kontroll av en erfaren medarbeider signaliserer mistillit, og kunnskapsmedarbeidere mister motivasjonen.',
                  nn: 'Ikkje riktig. Det er godt meint, men tett kontroll av ein erfaren medarbeidar signaliserer mistillit, og kunnskapsmedarbeidarar mistar motivasjonen.',
                  en: 'Incorrect. It is well meant, but close control of an experienced employee signals distrust, and knowledge workers lose their motivation.',
                },
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sm-q5',
            kind: 'single',
            objective: 'styrk-medarbeiderne',
            prompt: {
              nb: 'En medarbeider som begynte for tre måneder siden, ber om eget ansvar og mer tilbakemelding. Hva gjør du?',
              nn: 'Ein medarbeidar som byrja for tre månader sidan, ber om eige ansvar og meir tilbakemelding. Kva gjer du?',
              en: 'An employee who started three months ago asks for responsibility of their own and more feedback. What do you do?',
            },
            options: [
              {
                id: 'sm-q5-b',
                text: {
                  nb: 'Du forklarer at alle må ha vært her en stund før de får eget ansvar',
                  nn: 'Du forklarer at alle må ha vore her ei stund før dei får eige ansvar',
                  en: 'You explain that everyone must have been here a while before they get responsibility of their own',
                },
                feedback: {
                  nb: 'Ikke riktig. Likebehandling er viktig, men ansiennitet alene er en dårlig grunn til å si nei. Du kan miste en motivert medarbeider.',
                  nn: 'Ikkje riktig. Likehandsaming er viktig, men ansiennitet åleine er ein dårleg grunn til å seie nei. Du kan miste ein motivert medarbeidar.',
                  en: 'Incorrect. Equal treatment matters, but seniority alone is a poor reason to say no. You may lose a motivated employee.',
                },
              },
              {
                id: 'sm-q5-c',
                text: {
                  nb: 'Du gir medarbeideren et stort prosjekt med en gang, så det blir synlig hva medarbeideren kan',
                  nn: 'Du gir medarbeidaren eit stort prosjekt med ein gong, så det blir synleg kva medarbeidaren kan',
                  en: 'You give the employee a large project straight away, to show what the employee can do',
                },
                feedback: {
                  nb: 'Ikke helt. Du viser tillit, men uten avgrensning og oppfølging blir ansvaret fort for stort. Tillit krever tydelige rammer.',
                  nn: 'Ikkje heilt. Du viser tillit, men utan avgrensing og oppfølging blir ansvaret fort for stort. Tillit krev tydelege rammer.',
                  en: 'Not quite. You show trust, but without limits and follow-up the responsibility quickly becomes too great. Trust needs clear boundaries.',
                },
              },
              {
                id: 'sm-q5-a',
                text: {
                  nb: 'Dere avtaler et avgrenset ansvarsområde og korte, faste samtaler om hvordan det går',
                  nn: 'De avtalar eit avgrensa ansvarsområde og korte, faste samtalar om korleis det går',
                  en: 'You agree on a limited area of responsibility and short, regular talks about how it is going',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Du gir ansvar, og samtalene gjør det til kompetanseutvikling.',
                  nn: 'Riktig. Du gir ansvar, og samtalane gjer det til kompetanseutvikling.',
                  en: 'Correct. You give responsibility, and the talks turn it into skills development.',
                },
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'sm-q4',
            kind: 'multiple',
            objective: 'styrk-medarbeiderne',
            prompt: {
              nb: 'Hvordan bidrar du til et mangfoldig og inkluderende arbeidsfellesskap? Velg alle som passer.',
              nn: 'Korleis bidreg du til eit mangfaldig og inkluderande arbeidsfellesskap? Vel alle som passar.',
              en: 'How do you contribute to a diverse and inclusive working community? Select all that apply.',
            },
            options: [
              {
                id: 'sm-q4-c',
                text: {
                  nb: 'Lære opp nye i rutinene, og be dem vente med forslag til de kjenner dem',
                  nn: 'Lære opp nye i rutinane, og be dei vente med framlegg til dei kjenner dei',
                  en: 'Train newcomers in the routines, and ask them to hold back suggestions until they know them',
                },
                feedback: {
                  nb: 'Ikke riktig. Opplæring er viktig, men når de nye må vente med forslag, sier du at perspektivene deres ikke teller ennå.',
                  nn: 'Ikkje riktig. Opplæring er viktig, men når dei nye må vente med framlegg, seier du at perspektiva deira ikkje tel enno.',
                  en: 'Incorrect. Training matters, but when newcomers must hold back their suggestions, you are saying their perspectives do not count yet.',
                },
              },
              {
                id: 'sm-q4-a',
                text: {
                  nb: 'Legge opp møtene slik at alle får sagt sin mening',
                  nn: 'Leggje opp møta slik at alle får sagt meininga si',
                  en: 'Plan meetings so that everyone gets to have their say',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Alle blir hørt.',
                  nn: 'Riktig. Alle blir høyrde.',
                  en: 'Correct. Everyone is heard.',
                },
              },
              {
                id: 'sm-q4-e',
                text: {
                  nb: 'Spørre en medarbeider med nedsatt funksjonsevne hva som trengs',
                  nn: 'Spørje ein medarbeidar med nedsett funksjonsevne kva som trengst',
                  en: 'Ask an employee with a disability what is needed',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Tilrettelegging gjør at flere kan bidra fullt ut.',
                  nn: 'Riktig. Tilrettelegging gjer at fleire kan bidra fullt ut.',
                  en: 'Correct. Adjustments mean that more people can contribute fully.',
                },
              },
              {
                id: 'sm-q4-b',
                text: {
                  nb: 'Lyse ut bredt og vurdere alle søkere etter kvalifikasjonene',
                  nn: 'Lyse ut breitt og vurdere alle søkjarar etter kvalifikasjonane',
                  en: 'Advertise widely and assess all applicants on their qualifications',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. En bred utlysning gir flere en reell sjanse, og den best kvalifiserte ansettes.',
                  nn: 'Riktig. Ei brei utlysing gir fleire ein reell sjanse, og den best kvalifiserte blir tilsett.',
                  en: 'Correct. Advertising widely gives more people a real chance, and the best-qualified applicant is appointed.',
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sm-case',
      title: { nb: 'Øvelse: Et nytt team', nn: 'Øving: Eit nytt team', en: 'Exercise: A new team' },
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'sm-scenario',
            illustration: scenes.caseQueue,
            title: { nb: 'Et nytt team', nn: 'Eit nytt team', en: 'A new team' },
            objective: 'styrk-medarbeiderne',
            intro: {
              nb: 'Du er ny leder for åtte saksbehandlere hos en statsforvalter. Forgjengeren godkjente alt selv. Teamet er faglig sterkt, men slitent.',
              nn: 'Du er ny leiar for åtte sakshandsamarar hjå ein statsforvaltar. Forgjengaren godkjende alt sjølv. Teamet er fagleg sterkt, men slite.',
              en: 'You are the new leader of eight caseworkers at a statsforvalter (county governor’s office). Your predecessor approved everything personally. The team is professionally strong, but worn out.',
            },
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: {
                  nb: 'Alle saker går via deg, og køen vokser. Hva gjør du?',
                  nn: 'Alle saker går via deg, og køen veks. Kva gjer du?',
                  en: 'Every file goes through you, and the queue is growing. What do you do?',
                },
                choices: [
                  {
                    id: 'a3',
                    text: {
                      nb: 'Du godkjenner alt selv de første månedene, så du lærer sakene å kjenne før du endrer noe.',
                      nn: 'Du godkjenner alt sjølv dei første månadene, så du lærer sakene å kjenne før du endrar noko.',
                      en: 'You approve everything yourself for the first few months, so that you get to know the files before you change anything.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Du lærer mye, men køen vokser, og du jobber kveldene. De erfarne opplever det som mistillit.',
                      nn: 'Du lærer mykje, men køen veks, og du jobbar om kveldane. Dei erfarne opplever det som mistillit.',
                      en: 'You learn a lot, but the queue grows and you work in the evenings. The experienced staff see it as distrust.',
                    },
                    next: 'uro',
                  },
                  {
                    id: 'a1',
                    text: {
                      nb: 'Dere går gjennom delegasjonsreglementet og avtaler hvilke saker teamet avgjør selv.',
                      nn: 'De går gjennom delegeringsreglementet og avtalar kva saker teamet avgjer sjølv.',
                      en: 'Together you go through the delegasjonsreglement (delegation rules) and agree which files the team decides itself.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Det tar to møter, og noen saker ser du fortsatt selv. Men alle vet hva de har ansvar for, og køen forsvinner.',
                      nn: 'Det tek to møte, og nokre saker ser du framleis sjølv. Men alle veit kva dei har ansvar for, og køen forsvinn.',
                      en: 'It takes two meetings, and you still see some files yourself. But everyone knows what they are responsible for, and the queue disappears.',
                    },
                    next: 'ros',
                  },
                  {
                    id: 'a2',
                    text: {
                      nb: 'Du sier at de kan bestemme mer selv, og spørre deg hvis de er usikre.',
                      nn: 'Du seier at dei kan bestemme meir sjølve, og spørje deg dersom dei er usikre.',
                      en: 'You tell them they can decide more themselves, and ask you if they are unsure.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Noen tar ansvar med én gang, andre spør deg likevel. Det oppstår to praksiser, og et brev med feil går ut.',
                      nn: 'Nokre tek ansvar med ein gong, andre spør deg likevel. Det oppstår to praksisar, og eit brev med feil går ut.',
                      en: 'Some take responsibility at once, others ask you anyway. Two practices emerge, and a letter with errors goes out.',
                    },
                    next: 'uro',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'ros',
                illustration: scenes.letterOmbud,
                text: {
                  nb: 'Rådgiver Amir har laget en mal som halverer tiden på enkle saker. En part klager til Sivilombudet på et uklart begrunnet klagevedtak fra seniorrådgiver Jonas. Hva gjør du?',
                  nn: 'Rådgivar Amir har laga ein mal som halverer tida på enkle saker. Ein part klagar til Sivilombodet på eit uklart grunngitt klagevedtak frå seniorrådgivar Jonas. Kva gjer du?',
                  en: 'Adviser Amir has made a template that halves the time spent on simple files. A party complains to Sivilombudet (the Parliamentary Ombud) about an appeal decision by senior adviser Jonas with unclear reasons. What do you do?',
                },
                choices: [
                  {
                    id: 'b1',
                    text: {
                      nb: 'Du lar Amir vise malen på teammøtet, og tar begrunnelsen med Jonas på tomannshånd.',
                      nn: 'Du lèt Amir vise malen på teammøtet, og tek grunngivinga med Jonas på tomannshand.',
                      en: 'You let Amir show the template at the team meeting, and discuss the reasons with Jonas in private.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Flere bruker malen. Jonas forstår hva som manglet, og en kollega leser hans neste vanskelige vedtak. Det er flaut, men han beholder sakene.',
                      nn: 'Fleire bruker malen. Jonas forstår kva som mangla, og ein kollega les det neste vanskelege vedtaket hans. Det er flaut, men han beheld sakene.',
                      en: 'More people use the template. Jonas understands what was missing, and a colleague reads his next difficult decision. It is embarrassing, but he keeps his files.',
                    },
                    next: 'slutt-god',
                  },
                  {
                    id: 'b2',
                    text: {
                      nb: 'Du roser malen i en e-post til alle, og minner om at begrunnelsene må være gode.',
                      nn: 'Du rosar malen i ein e-post til alle, og minner om at grunngivingane må vere gode.',
                      en: 'You praise the template in an email to everyone, and remind everyone that the reasons given must be good.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Amir forsvinner i en generell ros, mange føler seg kritisert, og Jonas vet ikke hva han skal endre.',
                      nn: 'Amir forsvinn i ein generell ros, mange kjenner seg kritiserte, og Jonas veit ikkje kva han skal endre.',
                      en: 'Amir gets lost in general praise, many feel criticised, and Jonas does not know what to change.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'b3',
                    text: {
                      nb: 'Du tar over Jonas’ vanskeligste saker til Sivilombudet har sagt sitt.',
                      nn: 'Du tek over dei vanskelegaste sakene Jonas har, til Sivilombodet har sagt sitt.',
                      en: 'You take over Jonas’s most difficult files until the Ombud has given its view.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Jonas mister handlingsrom og sjansen til å lære. De andre lurer på om de er neste.',
                      nn: 'Jonas mistar handlingsrom og sjansen til å lære. Dei andre lurer på om dei er dei neste.',
                      en: 'Jonas loses room for manoeuvre and the chance to learn. The others wonder if they are next.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'uro',
                illustration: scenes.conversation,
                text: {
                  nb: 'Stemningen er laber, og flere savner tydelig ansvar. Seniorrådgiver Åse sier hun vurderer å slutte. Hva gjør du?',
                  nn: 'Stemninga er laber, og fleire saknar tydeleg ansvar. Seniorrådgivar Åse seier at ho vurderer å slutte. Kva gjer du?',
                  en: 'The mood is low, and several people wish for clear responsibilities. Senior adviser Åse tells you she is thinking of leaving. What do you do?',
                },
                choices: [
                  {
                    id: 'c2',
                    text: {
                      nb: 'Du lager selv en ryddig oversikt over ansvar og fullmakter, og sender den ut før helgen.',
                      nn: 'Du lagar sjølv ei ryddig oversikt over ansvar og fullmakter, og sender ho ut før helga.',
                      en: 'You draw up a tidy overview of responsibilities and powers yourself, and send it out before the weekend.',
                    },
                    rating: 'partly',
                    consequence: {
                      nb: 'Det blir tydeligere, men teamet var ikke med, og noe passer dårlig med hvordan sakene faktisk går.',
                      nn: 'Det blir tydelegare, men teamet var ikkje med, og noko passar dårleg med korleis sakene faktisk går.',
                      en: 'Things become clearer, but the team was not involved, and some of it fits poorly with how the files actually flow.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'c3',
                    text: {
                      nb: 'Du gir det litt tid. Nye ledere skaper alltid uro, og det pleier å gå seg til.',
                      nn: 'Du gir det litt tid. Nye leiarar skaper alltid uro, og det plar å gå seg til.',
                      en: 'You give it some time. New leaders always cause unrest, and things usually settle down.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Det går seg ikke til. Usikkerheten fortsetter, og Åse søker andre jobber.',
                      nn: 'Det går seg ikkje til. Uvissa held fram, og Åse søkjer andre jobbar.',
                      en: 'Things do not settle down. The uncertainty continues, and Åse applies for other jobs.',
                    },
                    next: 'slutt-svak',
                  },
                  {
                    id: 'c1',
                    text: {
                      nb: 'Du ber teamet hjelpe deg å avklare hvem som har ansvar for hva.',
                      nn: 'Du ber teamet hjelpe deg å avklare kven som har ansvar for kva.',
                      en: 'You ask the team to help you clarify who is responsible for what.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Teamet setter pris på at du lytter, og Åse blir. Men det koster en måned med ekstra møter.',
                      nn: 'Teamet set pris på at du lyttar, og Åse blir. Men det kostar ein månad med ekstra møte.',
                      en: 'The team appreciates that you listen, and Åse stays. But it costs a month of extra meetings.',
                    },
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: { nb: 'Et team som tar ansvar', nn: 'Eit team som tek ansvar', en: 'A team that takes responsibility' },
                outcome: 'good',
                text: {
                  nb: 'Teamet tar ansvar og lærer av hverandre. Køen er borte.',
                  nn: 'Teamet tek ansvar og lærer av kvarandre. Køen er borte.',
                  en: 'The team takes responsibility and learns from each other. The queue is gone.',
                },
                debrief: {
                  nb: `Du avklarte ansvaret og fulgte opp hver enkelt:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Dere avklarte hvem som avgjør hva.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Amir fikk konkret ros, Jonas en konkret samtale.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Teamet lærte av malen, Jonas av feilen.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Feilen satte ikke Jonas utenfor.`,
                  nn: `Du avklarte ansvaret og følgde opp kvar einskild:

- **Vis medarbeidarane tillit gjennom tydeleg ansvar og handlingsrom:** De avklarte kven som avgjer kva.
- **Gi anerkjenning og konstruktive tilbakemeldingar:** Amir fekk konkret ros, Jonas ein konkret samtale.
- **Motivér til medarbeidarskap, kompetanseutvikling og nysgjerrigheit:** Teamet lærte av malen, Jonas av feilen.
- **Bidra til eit mangfaldig og inkluderande arbeidsfellesskap:** Feilen sette ikkje Jonas utanfor.`,
                  en: `You clarified responsibilities and followed up each person:

- **Show your employees trust through clear responsibility and room for manoeuvre:** You and the team clarified who decides what.
- **Give recognition and constructive feedback:** Amir got specific praise, Jonas a specific conversation.
- **Encourage employeeship, skills development and curiosity:** The team learned from the template, Jonas from the mistake.
- **Contribute to a diverse and inclusive working community:** The mistake did not shut Jonas out.`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: { nb: 'På vei, men ikke i mål', nn: 'På veg, men ikkje i mål', en: 'On the way, but not there yet' },
                outcome: 'mixed',
                text: {
                  nb: 'Noe er bedre, men ansvaret er uklart for noen.',
                  nn: 'Noko er betre, men ansvaret er uklart for nokon.',
                  en: 'Some things are better, but responsibilities are unclear to some people.',
                },
                debrief: {
                  nb: `Se på veien din:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Uavklart ansvar koster teamet måneder.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** Ros til alle og kritikk til alle treffer ingen.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Medarbeiderskap vokser når teamet avklarer ansvaret sammen.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Et team der bare noen vet hva som gjelder, er ikke inkluderende.`,
                  nn: `Sjå på vegen din:

- **Vis medarbeidarane tillit gjennom tydeleg ansvar og handlingsrom:** Uavklart ansvar kostar teamet månader.
- **Gi anerkjenning og konstruktive tilbakemeldingar:** Ros til alle og kritikk til alle treffer ingen.
- **Motivér til medarbeidarskap, kompetanseutvikling og nysgjerrigheit:** Medarbeidarskap veks når teamet avklarer ansvaret saman.
- **Bidra til eit mangfaldig og inkluderande arbeidsfellesskap:** Eit team der berre nokre veit kva som gjeld, er ikkje inkluderande.`,
                  en: `Look at the path you took:

- **Show your employees trust through clear responsibility and room for manoeuvre:** Unclear responsibility costs the team months.
- **Give recognition and constructive feedback:** Praise for everyone and criticism for everyone reaches no one.
- **Encourage employeeship, skills development and curiosity:** Employeeship grows when the team clarifies responsibilities together.
- **Contribute to a diverse and inclusive working community:** A team where only some people know what applies is not inclusive.`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: { nb: 'Et team som mister folk', nn: 'Eit team som mistar folk', en: 'A team that loses people' },
                outcome: 'poor',
                text: {
                  nb: 'Teamet mister motivasjon, og erfarne vurderer å slutte.',
                  nn: 'Teamet mistar motivasjon, og erfarne vurderer å slutte.',
                  en: 'The team loses motivation, and experienced people are thinking of leaving.',
                },
                debrief: {
                  nb: `Veien din tok ansvar fra folk, eller ventet for lenge:

- **Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom:** Uten handlingsrom mister kunnskapsmedarbeidere motivasjonen.
- **Gi anerkjennelse og konstruktive tilbakemeldinger:** En feil rettes med en konkret samtale, ikke ved å ta sakene.
- **Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet:** Folk tar ansvar når de blir involvert.
- **Bidra til et mangfoldig og inkluderende arbeidsfellesskap:** Inkludering krever at lederen legger til rette.`,
                  nn: `Vegen din tok ansvar frå folk, eller venta for lenge:

- **Vis medarbeidarane tillit gjennom tydeleg ansvar og handlingsrom:** Utan handlingsrom mistar kunnskapsmedarbeidarar motivasjonen.
- **Gi anerkjenning og konstruktive tilbakemeldingar:** Ein feil blir retta med ein konkret samtale, ikkje ved å ta sakene.
- **Motivér til medarbeidarskap, kompetanseutvikling og nysgjerrigheit:** Folk tek ansvar når dei blir involverte.
- **Bidra til eit mangfaldig og inkluderande arbeidsfellesskap:** Inkludering krev at leiaren legg til rette.`,
                  en: `Your path took responsibility away from people, or waited too long:

- **Show your employees trust through clear responsibility and room for manoeuvre:** Without room for manoeuvre, knowledge workers lose their motivation.
- **Give recognition and constructive feedback:** A mistake is corrected with a specific conversation, not by taking the files away.
- **Encourage employeeship, skills development and curiosity:** People take responsibility when they are involved.
- **Contribute to a diverse and inclusive working community:** Inclusion requires the leader to make it possible.`,
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'sm-refleksjon',
      title: { nb: 'Din refleksjon', nn: 'Refleksjonen din', en: 'Your reflection' },
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-styrk-medarbeiderne',
          prompt: {
            nb: 'Hvilken oppgave kan du delegere tydeligere? Hvem skal få en konkret tilbakemelding denne uka?',
            nn: 'Kva oppgåve kan du delegere tydelegare? Kven skal få ei konkret tilbakemelding denne veka?',
            en: 'Which task could you delegate more clearly? Who will get specific feedback from you this week?',
          },
          hint: {
            nb: 'Hva kan medarbeiderne dine avgjøre etter delegasjonsreglementet?',
            nn: 'Kva kan medarbeidarane dine avgjere etter delegeringsreglementet?',
            en: 'What can your employees decide under the delegation rules?',
          },
          planLabel: EXPECTATION_TITLES.styrkMedarbeiderne,
        },
      ],
    },
  ],
});
