import { defineLesson } from '../schema/index.ts';
import { covers, scenes } from '../illustrations/pictures.ts';
import { EXPECTATION_TITLES } from '../expectations.ts';

/** The document's title stays in Norwegian in every language (nn/en give the course's gloss where useful). */
const SOURCE = {
  nb: 'Grunnlag for god ledelse i staten',
  nn: 'Grunnlag for god ledelse i staten',
  en: 'Grunnlag for god ledelse i staten (the Government’s foundation for good leadership in the state)',
};
/** The document introduces these three with «Flere av de som ble intervjuet la imidlertid til …». */
const FROM_INPUT_ROUND = { nb: 'Fra innspillsrunden', nn: 'Frå innspelsrunden', en: 'From the input round' };

export default defineLesson({
  id: 'kjenn-rammene',
  title: EXPECTATION_TITLES.kjennRammene,
  summary: {
    nb: 'Forvaltningsverdiene, de politiske og administrative rammene, handlingsrommet og partssamarbeidet.',
    nn: 'Forvaltningsverdiane, dei politiske og administrative rammene, handlingsrommet og partssamarbeidet.',
    en: 'The core values of the civil service, the political and administrative framework, your room for manoeuvre and cooperation between employer and unions.',
  },
  objective: 'kjenn-rammene',
  cover: covers.kjennRammene,
  pages: [
    {
      id: 'kr-intro',
      title: EXPECTATION_TITLES.kjennRammene,
      blocks: [
        {
          // issue 12: the points as reveal cards, each turning over to the lesson's explanation of it (were key points, the explanations in the text below and on the next page).
          kind: 'cards',
          fromDocument: true,
          title: { nb: 'Forventningen har fire punkter', nn: 'Forventninga har fire punkt', en: 'The expectation has four points' },
          cards: [
            {
              title: {
                nb: 'Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet',
                nn: 'Etterlev forvaltningsverdiane demokrati, rettstryggleik, fagleg integritet og effektivitet',
                en: 'Live by the core values of the civil service: democracy, the rule of law, professional integrity and efficiency',
              },
              body: {
                nb: 'Verdiene kan trekke hver sin vei: Effektivitet taler for å forenkle, rettssikkerhet for forsvarlig behandling av hver sak. Faglig integritet er å gi ærlige råd, demokrati å gjennomføre det folkevalgte bestemmer.',
                nn: 'Verdiane kan dra kvar sin veg: Effektivitet talar for å forenkle, rettstryggleik for forsvarleg handsaming av kvar sak. Fagleg integritet er å gi ærlege råd, demokrati å gjennomføre det folkevalde bestemmer.',
                en: 'The values can pull in different directions: efficiency argues for simplifying, the rule of law for sound processing of each matter. Professional integrity means giving honest advice; democracy means carrying out what elected representatives decide.',
              },
            },
            {
              title: {
                nb: 'Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle',
                nn: 'Kjenn dei politiske og administrative rammene, og ansvaret som ligg i leiarrolla di',
                en: 'Know the political and administrative framework, and the responsibility that comes with your role as a leader',
              },
              body: {
                nb: 'Staten bruker **mål- og resultatstyring**: Departementet setter mål og rammer, blant annet i tildelingsbrevet. Virksomheten bestemmer hvordan målene nås, og rapporterer resultatene. Fullmaktene viser hva du kan avgjøre.',
                nn: 'Staten bruker **mål- og resultatstyring**: Departementet set mål og rammer, mellom anna i tildelingsbrevet. Verksemda bestemmer korleis måla skal nåast, og rapporterer resultata. Fullmaktene viser kva du kan avgjere.',
                en: 'The state uses **management by objectives and results** (mål- og resultatstyring): the ministry sets objectives and frameworks, for example in the tildelingsbrev (letter of allocation). The agency decides how the objectives are to be met, and reports on the results. The powers delegated to you show what you can decide.',
              },
            },
            {
              title: {
                nb: 'Prioriter og bruk handlingsrommet',
                nn: 'Prioriter og bruk handlingsrommet',
                en: 'Prioritise and use your room for manoeuvre',
              },
              body: {
                nb: 'Mellom *hva* og *hvordan* ligger handlingsrommet. Må du prioritere, si fra oppover hva som blir «godt nok».',
                nn: 'Mellom *kva* og *korleis* ligg handlingsrommet. Må du prioritere, sei frå oppover kva som blir «godt nok».',
                en: 'Between *what* and *how* lies your room for manoeuvre. If you have to prioritise, tell those above you what will be “good enough”.',
              },
            },
            {
              title: {
                nb: 'Bruk partssamarbeidet og medbestemmelse aktivt',
                nn: 'Bruk partssamarbeidet og medråderett aktivt',
                en: 'Make active use of partssamarbeid (cooperation between employer and unions) and co-determination',
              },
              body: {
                nb: 'Å spørre medarbeiderne er god involvering, men erstatter ikke medbestemmelse gjennom de tillitsvalgte.',
                nn: 'Å spørje medarbeidarane er god involvering, men erstattar ikkje medråderett gjennom dei tillitsvalde.',
                en: 'Asking the employees is good involvement, but it does not replace co-determination through the union representatives.',
              },
            },
          ],
        },
        {
          kind: 'quote',
          text: {
            nb: 'Styringslinjen er sterk, det må man lære seg som leder i staten.',
            nn: 'Styringslinja er sterk, det må ein lære seg som leiar i staten.',
            en: 'The line of governance is strong – that is something you have to learn as a leader in the state.',
          },
          by: FROM_INPUT_ROUND,
          source: SOURCE,
        },
        {
          kind: 'text',
          body: {
            nb: `**Gjør dette i din virksomhet:** Finn virksomhetens tildelingsbrev eller virksomhetsplan og fullmaktene dine.`,
            nn: `**Gjer dette i verksemda di:** Finn tildelingsbrevet eller verksemdsplanen til verksemda og fullmaktene dine.`,
            en: `**Do this in your agency:** Find your agency’s letter of allocation or business plan, and your delegated powers.`,
          },
        },
        {
          kind: 'quote',
          text: {
            nb: 'Ledere må forstå politiske prosesser, og at det er mange og til dels motstridende mål som krever balansegang.',
            nn: 'Leiarar må forstå politiske prosessar, og at det er mange og til dels motstridande mål som krev balansegang.',
            en: 'Leaders must understand political processes, and that there are many, partly conflicting goals that call for a balancing act.',
          },
          by: FROM_INPUT_ROUND,
          source: SOURCE,
        },
      ],
    },
    {
      id: 'kr-partssamarbeid',
      title: { nb: 'Partssamarbeid i praksis', nn: 'Partssamarbeid i praksis', en: 'Working with the unions in practice' },
      blocks: [
        {
          // issue 12: the three forms as steps (were a list at the top of the text block below).
          kind: 'steps',
          intro: {
            nb: 'Hovedavtalen i staten beskriver tre former for medbestemmelse gjennom de tillitsvalgte:',
            nn: 'Hovudavtalen i staten skildrar tre former for medråderett gjennom dei tillitsvalde:',
            en: '{nb|Hovedavtalen i staten} (the Basic Agreement for the state sector) describes three forms of co-determination through the {nb|tillitsvalgte} (union representatives):',
          },
          steps: [
            {
              title: { nb: 'Informasjon', nn: 'Informasjon', en: 'Information' },
              body: { nb: 'Tidlig nok til at de tillitsvalgte kan påvirke saken.', nn: 'Tidleg nok til at dei tillitsvalde kan påverke saka.', en: 'Early enough for the union representatives to influence the matter.' },
            },
            {
              title: { nb: 'Drøfting', nn: 'Drøfting', en: 'Consultation' },
              body: {
                nb: 'Dere utveksler synspunkter og prøver å bli enige. Blir dere ikke enige, avgjør arbeidsgiveren.',
                nn: 'De utvekslar synspunkt og prøver å bli samde. Blir de ikkje samde, avgjer arbeidsgivaren.',
                en: 'You and the union representatives exchange views and try to agree. If you do not agree, the employer decides.',
              },
            },
            {
              title: { nb: 'Forhandling', nn: 'Forhandling', en: 'Negotiation' },
              body: {
                nb: 'Der avtaleverket krever det, for eksempel i lokale lønnsforhandlinger, er målet en avtale.',
                nn: 'Der avtaleverket krev det, til dømes i lokale lønsforhandlingar, er målet ein avtale.',
                en: 'Where the collective agreements require it, for example in local pay negotiations, the aim is an agreement.',
              },
            },
          ],
        },
        {
          // issue 12: «les mer» for the administrative detail (moved out of the text below; one bokmål word fewer).
          kind: 'accordion',
          items: [
            {
              // The title carries the sentence's subject, the body what the agreement sets out (its words, less «sier»).
              title: { nb: 'Den lokale tilpasningsavtalen', nn: 'Den lokale tilpassingsavtalen', en: 'The tilpasningsavtale (local adaptation agreement)' },
              body: {
                nb: 'Hvordan dere samarbeider, og på hvilket nivå: som hovedregel der beslutningen tas.',
                nn: 'Korleis de samarbeider, og på kva nivå: som hovudregel der avgjerda blir teken.',
                en: 'How you work together, and at what level: as a rule, where the decision is made.',
              },
            },
          ],
        },
        {
          kind: 'text',
          body: {
            nb: `**Gjør dette i din virksomhet:** Les tilpasningsavtalen, og møt hovedtillitsvalgt eller de tillitsvalgte på ditt nivå før du trenger dem.`,
            nn: `**Gjer dette i verksemda di:** Les tilpassingsavtalen, og møt hovudtillitsvald eller dei tillitsvalde på ditt nivå før du treng dei.`,
            en: `**Do this in your agency:** Read the local adaptation agreement, and meet the chief union representative or the union representatives at your level before you need them.`,
          },
        },
        {
          kind: 'quote',
          text: {
            nb: 'Ledere må ha kunnskaper om grunnleggende prinsipper i forvaltningen og ha kunnskap om partssamarbeid og hovedavtalen.',
            nn: 'Leiarar må ha kunnskapar om grunnleggjande prinsipp i forvaltninga og ha kunnskap om partssamarbeid og hovudavtalen.',
            en: 'Leaders must know the fundamental principles of public administration, and know about cooperation between employer and unions and about the Basic Agreement.',
          },
          by: FROM_INPUT_ROUND,
          source: SOURCE,
        },
      ],
    },
    {
      id: 'kr-sjekk',
      title: { nb: 'Sjekk forståelsen', nn: 'Sjekk forståinga', en: 'Check your understanding' },
      blocks: [
        {
          kind: 'question',
          question: {
            id: 'kr-q1',
            kind: 'single',
            objective: 'kjenn-rammene',
            prompt: {
              nb: 'En medarbeider vil avvise klager som kommer for sent, uten å se på hver sak, for å få ned køen. Hvilken forvaltningsverdi er mest utfordret?',
              nn: 'Ein medarbeidar vil avvise klager som kjem for seint, utan å sjå på kvar sak, for å få ned køen. Kva forvaltningsverdi er mest utfordra?',
              en: 'An employee wants to dismiss appeals that arrive late, without looking at each one, to bring the queue down. Which core value of the civil service is most challenged?',
            },
            options: [
              {
                id: 'kr-q1-b',
                text: { nb: 'Effektivitet', nn: 'Effektivitet', en: 'Efficiency' },
                feedback: {
                  nb: 'Ikke helt. Forslaget gjør køen kortere, så effektiviteten er ikke problemet. Problemet er at ingen vurderer den enkelte saken.',
                  nn: 'Ikkje heilt. Framlegget gjer køen kortare, så effektiviteten er ikkje problemet. Problemet er at ingen vurderer den einskilde saka.',
                  en: 'Not quite. The proposal makes the queue shorter, so efficiency is not the problem. The problem is that nobody assesses the individual appeal.',
                },
              },
              {
                id: 'kr-q1-d',
                text: { nb: 'Faglig integritet', nn: 'Fagleg integritet', en: 'Professional integrity' },
                feedback: {
                  nb: 'Ikke helt. Faglig integritet handler om ærlige faglige råd. Her er det den enkelte klagerens rett til en forsvarlig vurdering som står på spill – rettssikkerheten.',
                  nn: 'Ikkje heilt. Fagleg integritet handlar om ærlege faglege råd. Her er det retten kvar einskild klagar har til ei forsvarleg vurdering som står på spel – rettstryggleiken.',
                  en: 'Not quite. Professional integrity is about honest professional advice. What is at stake here is each appellant’s right to a sound assessment – the rule of law.',
                },
              },
              {
                id: 'kr-q1-a',
                text: { nb: 'Rettssikkerhet', nn: 'Rettstryggleik', en: 'The rule of law' },
                correct: true,
                feedback: {
                  nb: 'Riktig. En sen klage kan likevel prøves hvis klageren ikke kan lastes for det, eller av særlige grunner. Hver sak må vurderes, og en avvisning må begrunnes og kan påklages.',
                  nn: 'Riktig. Ei sein klage kan likevel prøvast dersom klagaren ikkje kan lastast for det, eller av særlege grunnar. Kvar sak må vurderast, og ei avvising må grunngivast og kan klagast på.',
                  en: 'Correct. A late appeal may still be considered if the appellant cannot be blamed for the delay, or for special reasons. Each matter must be assessed, and a dismissal must state its reasons and can itself be appealed.',
                },
              },
            ],
          },
        },
        {
          kind: 'question',
          question: {
            id: 'kr-q3',
            kind: 'ordering',
            objective: 'kjenn-rammene',
            prompt: {
              nb: 'Du vil fordele oppgavene i seksjonen på en ny måte, og tilpasningsavtalen sier at saken skal drøftes. Sett stegene i rekkefølge.',
              nn: 'Du vil fordele oppgåvene i seksjonen på ein ny måte, og tilpassingsavtalen seier at saka skal drøftast. Set stega i rekkjefølgje.',
              en: 'You want to divide the tasks in your section in a new way, and the local adaptation agreement says the matter must go to consultation. Put the steps in order.',
            },
            items: [
              {
                id: 'kr-q3-a',
                text: {
                  nb: 'Informer de tillitsvalgte om behovet og bakgrunnen',
                  nn: 'Informer dei tillitsvalde om behovet og bakgrunnen',
                  en: 'Inform the union representatives of the need and the background',
                },
              },
              {
                id: 'kr-q3-b',
                text: {
                  nb: 'Drøft mulige løsninger med de tillitsvalgte',
                  nn: 'Drøft moglege løysingar med dei tillitsvalde',
                  en: 'Consult the union representatives on possible solutions',
                },
              },
              {
                id: 'kr-q3-c',
                text: {
                  nb: 'Ta beslutningen, og forklar hvordan innspillene er brukt',
                  nn: 'Ta avgjerda, og forklar korleis du har brukt innspela',
                  en: 'Make the decision, and explain how the input was used',
                },
              },
              {
                id: 'kr-q3-d',
                text: {
                  nb: 'Evaluer endringen sammen etter en tid',
                  nn: 'Evaluer endringa saman etter ei tid',
                  en: 'Evaluate the change together after a while',
                },
              },
            ],
            feedbackCorrect: {
              nb: 'Riktig. Informasjon og drøfting kommer mens beslutningen kan påvirkes.',
              nn: 'Riktig. Informasjon og drøfting kjem medan avgjerda kan påverkast.',
              en: 'Correct. Information and consultation come while the decision can still be influenced.',
            },
            feedbackIncorrect: {
              nb: 'Ikke helt. Informasjon og drøfting må komme før beslutningen, ellers kan ingen påvirke den. Oppfølgingen kommer til slutt.',
              nn: 'Ikkje heilt. Informasjon og drøfting må kome før avgjerda, elles kan ingen påverke ho. Oppfølginga kjem til slutt.',
              en: 'Not quite. Information and consultation must come before the decision, or nobody can influence it. The follow-up comes last.',
            },
          },
        },
        {
          kind: 'question',
          question: {
            id: 'kr-q4',
            kind: 'single',
            objective: 'kjenn-rammene',
            prompt: {
              nb: 'Fra innspillsrunden: «Styringslinjen er sterk». Hva betyr det i praksis?',
              nn: 'Frå innspelsrunden: «Styringslinja er sterk». Kva betyr det i praksis?',
              en: 'From the input round: “The line of governance is strong”. What does that mean in practice?',
            },
            options: [
              {
                id: 'kr-q4-a',
                text: {
                  nb: 'Du kjenner føringene ovenfra og vet hvilke saker du må løfte til lederen din',
                  nn: 'Du kjenner føringane ovanfrå og veit kva saker du må løfte til leiaren din',
                  en: 'You know the guidance from above and which matters you must raise with your line manager',
                },
                correct: true,
                feedback: {
                  nb: 'Riktig. Du vet hva du kan avgjøre, og når en sak må videre.',
                  nn: 'Riktig. Du veit kva du kan avgjere, og når ei sak må vidare.',
                  en: 'Correct. You know what you can decide, and when a matter must go further up.',
                },
              },
              {
                id: 'kr-q4-b',
                text: {
                  nb: 'Du følger føringene ovenfra, og tar opp faglige innvendinger bare når lederen din spør etter dem',
                  nn: 'Du følgjer føringane ovanfrå, og tek opp faglege innvendingar berre når leiaren din spør etter dei',
                  en: 'You follow the guidance from above, and raise professional objections only when your line manager asks for them',
                },
                feedback: {
                  nb: 'Ikke riktig. Faglig integritet betyr at du sier fra om faglige innvendinger selv om ingen spør. Lojalitet er ikke taushet.',
                  nn: 'Ikkje riktig. Fagleg integritet betyr at du seier frå om faglege innvendingar sjølv om ingen spør. Lojalitet er ikkje det same som å teie.',
                  en: 'Incorrect. Professional integrity means that you speak up about professional objections even if nobody asks. Loyalty is not silence.',
                },
              },
              {
                id: 'kr-q4-d',
                text: {
                  nb: 'Du tar viktige saker rett med departementet når det går raskere',
                  nn: 'Du tek viktige saker rett med departementet når det går raskare',
                  en: 'You take important matters straight to the ministry when that is quicker',
                },
                feedback: {
                  nb: 'Ikke riktig. Å gå utenom styringslinjen kan virke effektivt, men da mister lederne dine oversikten og ansvaret sitt.',
                  nn: 'Ikkje riktig. Å gå utanom styringslinja kan verke effektivt, men då mistar leiarane dine oversikta og ansvaret sitt.',
                  en: 'Incorrect. Going around the line of governance can seem efficient, but then your superiors lose their overview and their responsibility.',
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'kr-departement',
      title: { nb: 'Øvelse: I departementet', nn: 'Øving: I departementet', en: 'Exercise: In the ministry' },
      blocks: [
        {
          kind: 'scenario',
          scenario: {
            id: 'kr-dep-scenario',
            illustration: scenes.phoneCall,
            title: { nb: 'I departementet', nn: 'I departementet', en: 'In the ministry' },
            objective: 'kjenn-rammene',
            intro: {
              nb: 'Du er avdelingsdirektør i et departement. Seksjonen din har regnet på en støtteordning statsråden ønsker: Den koster langt mer enn antydet offentlig, og er ikke ferdig utredet.',
              nn: 'Du er avdelingsdirektør i eit departement. Seksjonen din har rekna på ei støtteordning statsråden ønskjer: Ho kostar langt meir enn det som er antyda offentleg, og er ikkje ferdig utgreidd.',
              en: 'You are a deputy director general ({nb|avdelingsdirektør}) in a ministry. Your section has costed a grant scheme the minister wants: it costs far more than has been suggested in public, and it has not been fully assessed.',
            },
            start: 'start',
            nodes: [
              {
                kind: 'situation',
                id: 'start',
                text: {
                  nb: 'Politisk rådgiver Sindre ringer deg direkte: Statsråden skal snakke om ordningen fredag, og Sindre vil ha et notat med det laveste anslaget innen i morgen. Hva gjør du?',
                  nn: 'Politisk rådgivar Sindre ringjer deg direkte: Statsråden skal snakke om ordninga fredag, og Sindre vil ha eit notat med det lågaste anslaget innan i morgon. Kva gjer du?',
                  en: 'Political adviser Sindre calls you directly: the minister is to speak about the scheme on Friday, and Sindre wants a note with the lowest estimate by tomorrow. What do you do?',
                },
                choices: [
                  {
                    id: 'a1',
                    text: {
                      nb: 'Du lover et notat og sender det gjennom ekspedisjonssjefen, med hele spennet i anslaget.',
                      nn: 'Du lovar eit notat og sender det gjennom ekspedisjonssjefen, med heile spennet i anslaget.',
                      en: 'You promise a note and send it via the director general, with the full range of the estimate.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Sindre er irritert over at det tar tid. Men notatet går tjenestevei, og statsråden får hele bildet.',
                      nn: 'Sindre er irritert over at det tek tid. Men notatet går tenesteveg, og statsråden får heile biletet.',
                      en: 'Sindre is irritated that it takes time. But the note goes through official channels, and the minister gets the full picture.',
                    },
                    next: 'storting',
                  },
                  {
                    id: 'a2',
                    text: {
                      nb: 'Du sender Sindre det laveste anslaget straks, med en fotnote om at usikkerheten er stor.',
                      nn: 'Du sender Sindre det lågaste anslaget med ein gong, med ein fotnote om at uvissa er stor.',
                      en: 'You send Sindre the lowest estimate at once, with a footnote saying the uncertainty is high.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Sindre blir fornøyd, men ekspedisjonssjefen vet ikke om notatet, og fotnoten forsvinner når tallet brukes videre.',
                      nn: 'Sindre blir nøgd, men ekspedisjonssjefen veit ikkje om notatet, og fotnoten forsvinn når talet blir brukt vidare.',
                      en: 'Sindre is pleased, but the director general does not know about the note, and the footnote disappears when the figure is passed on.',
                    },
                    next: 'storting-press',
                  },
                  {
                    id: 'a3',
                    text: {
                      nb: 'Du skriver notatet med det laveste anslaget. Valget av tall er et politisk ansvar.',
                      nn: 'Du skriv notatet med det lågaste anslaget. Valet av tal er eit politisk ansvar.',
                      en: 'You write the note with the lowest estimate. Picking the figure is a political responsibility.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Tallet er ikke feil, men bildet er misvisende. Råd tilpasset det ledelsen vil høre, mister verdien.',
                      nn: 'Talet er ikkje feil, men biletet er misvisande. Råd som er tilpassa det leiinga vil høyre, mistar verdien.',
                      en: 'The figure is not wrong, but the picture is misleading. Advice tailored to what the leadership wants to hear loses its value.',
                    },
                    next: 'storting-press',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'storting',
                illustration: scenes.questionFromStorting,
                text: {
                  nb: 'Statsråden går videre med ordningen. En stortingsrepresentant spør skriftlig hva den vil koste, og seksjonen skal lage utkast til svar. Hva gjør du?',
                  nn: 'Statsråden går vidare med ordninga. Ein stortingsrepresentant spør skriftleg kva ho vil koste, og seksjonen skal lage utkast til svar. Kva gjer du?',
                  en: 'The minister goes ahead with the scheme. A member of the Storting (the Norwegian parliament) asks in writing what it will cost, and your section is to draft the answer. What do you do?',
                },
                choices: [
                  {
                    id: 'd1',
                    text: {
                      nb: 'Du lager et utkast med spennet og usikkerheten, skrevet slik at statsråden kan stå for det.',
                      nn: 'Du lagar eit utkast med spennet og uvissa, skrive slik at statsråden kan stå for det.',
                      en: 'You draft an answer with the range and the uncertainty, worded so the minister can stand by it.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Svaret er riktig og fullstendig. Statsråden slipper å rette opp noe senere.',
                      nn: 'Svaret er riktig og fullstendig. Statsråden slepp å rette opp noko seinare.',
                      en: 'The answer is correct and complete. The minister will not have to correct anything later.',
                    },
                    next: 'slutt-god',
                  },
                  {
                    id: 'd2',
                    text: {
                      nb: 'Du bruker det midterste anslaget i svaret, og lar usikkerheten stå i saksfremlegget til statsråden.',
                      nn: 'Du bruker det mellomste anslaget i svaret, og lèt uvissa stå i saksframlegget til statsråden.',
                      en: 'You use the middle estimate in the answer, and leave the uncertainty in the submission to the minister.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Stortinget får et tall som ser sikrere ut enn det er. Svar til Stortinget må ikke villede (Grunnloven § 82).',
                      nn: 'Stortinget får eit tal som ser sikrare ut enn det er. Svar til Stortinget må ikkje villeie (Grunnlova § 82).',
                      en: 'The Storting gets a figure that looks more certain than it is. Answers to the Storting must not mislead (Grunnloven, the Constitution, § 82).',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'd3',
                    text: {
                      nb: 'Du ber Sindre formulere svaret, siden det er et politisk spørsmål.',
                      nn: 'Du ber Sindre formulere svaret, sidan det er eit politisk spørsmål.',
                      en: 'You ask Sindre to word the answer, since it is a political question.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Politisk ledelse eier svaret, men departementet har ansvaret for at faktagrunnlaget er riktig.',
                      nn: 'Politisk leiing eig svaret, men departementet har ansvaret for at faktagrunnlaget er riktig.',
                      en: 'The political leadership owns the answer, but the ministry is responsible for the facts being correct.',
                    },
                    next: 'slutt-blandet',
                  },
                ],
              },
              {
                kind: 'situation',
                id: 'storting-press',
                illustration: scenes.questionFromStorting,
                text: {
                  nb: 'Statsråden har brukt det laveste anslaget offentlig. Nå spør en stortingsrepresentant skriftlig hva ordningen koster, og Sindre vil ha det samme tallet i svaret. Hva gjør du?',
                  nn: 'Statsråden har brukt det lågaste anslaget offentleg. No spør ein stortingsrepresentant skriftleg kva ordninga kostar, og Sindre vil ha det same talet i svaret. Kva gjer du?',
                  en: 'The minister has used the lowest estimate in public. Now a member of the Storting (the Norwegian parliament) asks in writing what the scheme costs, and Sindre wants the same figure in the answer. What do you do?',
                },
                choices: [
                  {
                    id: 'e1',
                    text: {
                      nb: 'Du skriver hele spennet i utkastet, og forklarer ekspedisjonssjefen hvorfor.',
                      nn: 'Du skriv heile spennet i utkastet, og forklarer ekspedisjonssjefen kvifor.',
                      en: 'You put the full range in the draft, and explain why to the director general.',
                    },
                    rating: 'strong',
                    consequence: {
                      nb: 'Svaret blir riktig, men statsråden må forklare et høyere tall. Jo senere hele bildet kommer, jo dyrere blir det.',
                      nn: 'Svaret blir riktig, men statsråden må forklare eit høgare tal. Jo seinare heile biletet kjem, jo dyrare blir det.',
                      en: 'The answer is correct, but the minister has to explain a higher figure. The later the full picture comes out, the more it costs.',
                    },
                    next: 'slutt-blandet',
                  },
                  {
                    id: 'e2',
                    text: {
                      nb: 'Du bruker det laveste anslaget, men skriver at «beregningene er usikre».',
                      nn: 'Du bruker det lågaste anslaget, men skriv at «utrekningane er usikre».',
                      en: 'You use the lowest estimate, but write that “the calculations are uncertain”.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Stortinget får et villedende bilde, som Grunnloven § 82 forbyr. Statsråden må rette opp svaret.',
                      nn: 'Stortinget får eit villeiande bilete, som Grunnlova § 82 forbyr. Statsråden må rette opp svaret.',
                      en: 'The Storting gets a misleading picture, which Grunnloven (the Constitution) § 82 forbids. The minister has to correct the answer.',
                    },
                    next: 'slutt-svak',
                  },
                  {
                    id: 'e3',
                    text: {
                      nb: 'Du skriver svaret slik Sindre vil. Det er statsråden som svarer Stortinget.',
                      nn: 'Du skriv svaret slik Sindre vil. Det er statsråden som svarer Stortinget.',
                      en: 'You write the answer the way Sindre wants. It is the minister who answers the Storting.',
                    },
                    rating: 'weak',
                    consequence: {
                      nb: 'Statsråden har ansvaret for svaret, men du har ansvaret for at faktagrunnlaget er riktig. Stortinget får et misvisende svar.',
                      nn: 'Statsråden har ansvaret for svaret, men du har ansvaret for at faktagrunnlaget er riktig. Stortinget får eit misvisande svar.',
                      en: 'The minister is responsible for the answer, but you are responsible for the facts being correct. The Storting gets a misleading answer.',
                    },
                    next: 'slutt-svak',
                  },
                ],
              },
              {
                kind: 'ending',
                id: 'slutt-god',
                title: { nb: 'Ærlige råd, lojal gjennomføring', nn: 'Ærlege råd, lojal gjennomføring', en: 'Honest advice, loyal implementation' },
                outcome: 'good',
                text: {
                  nb: 'Statsråden fikk hele bildet, og Stortinget fikk et riktig svar.',
                  nn: 'Statsråden fekk heile biletet, og Stortinget fekk eit riktig svar.',
                  en: 'The minister got the full picture, and the Storting got a correct answer.',
                },
                debrief: {
                  nb: `Du holdt deg til tjenesteveien og ga ærlige råd, også når det irriterte:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Du ga hele anslaget. Statsråden bestemte.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Politiske rådgivere kan be om hjelp, men de instruerer ikke embetsverket. Rådet går tjenestevei.
- **Prioriter og bruk handlingsrommet:** Du brukte tiden på et riktig notat, ikke et raskt tall.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Selve ordningen er politikk. Endrer den arbeidsmengden eller organiseringen i seksjonen, skal de tillitsvalgte inn.`,
                  nn: `Du heldt deg til tenestevegen og gav ærlege råd, også når det irriterte:

- **Etterlev forvaltningsverdiane demokrati, rettstryggleik, fagleg integritet og effektivitet:** Du gav heile anslaget. Statsråden bestemte.
- **Kjenn dei politiske og administrative rammene, og ansvaret som ligg i leiarrolla di:** Politiske rådgivarar kan be om hjelp, men dei instruerer ikkje embetsverket. Rådet går tenesteveg.
- **Prioriter og bruk handlingsrommet:** Du brukte tida på eit riktig notat, ikkje eit raskt tal.
- **Bruk partssamarbeidet og medråderett aktivt:** Sjølve ordninga er politikk. Endrar ho arbeidsmengda eller organiseringa i seksjonen, skal dei tillitsvalde inn.`,
                  en: `You kept to official channels and gave honest advice, even when it caused irritation:

- **Live by the core values of the civil service: democracy, the rule of law, professional integrity and efficiency:** You gave the full estimate. The minister decided.
- **Know the political and administrative framework, and the responsibility that comes with your role as a leader:** Political advisers can ask for help, but they do not instruct the civil service. Advice goes through official channels.
- **Prioritise and use your room for manoeuvre:** You spent the time on a correct note, not a quick figure.
- **Make active use of partssamarbeid (cooperation between employer and unions) and co-determination:** The scheme itself is politics. If it changes the section’s workload or organisation, the union representatives must be involved.`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-blandet',
                title: { nb: 'Riktig til slutt – men det kostet', nn: 'Riktig til slutt – men det kosta', en: 'Right in the end – but at a cost' },
                outcome: 'mixed',
                text: {
                  nb: 'Saken kom på plass, men med omveier og et tall som måtte forklares.',
                  nn: 'Saka kom på plass, men med omvegar og eit tal som måtte forklarast.',
                  en: 'The matter was put right, but with detours and a figure that had to be explained.',
                },
                debrief: {
                  nb: `Se på veien din:

- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Gikk notatet utenom ekspedisjonssjefen? Da ble det vanskeligere å rette opp.
- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Faglig integritet er å gi hele bildet.
- **Prioriter og bruk handlingsrommet:** Raskt er ikke alltid best.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Gir ordningen seksjonen mer arbeid, skal de tillitsvalgte inn tidlig.`,
                  nn: `Sjå på vegen din:

- **Kjenn dei politiske og administrative rammene, og ansvaret som ligg i leiarrolla di:** Gjekk notatet utanom ekspedisjonssjefen? Då blei det vanskelegare å rette opp.
- **Etterlev forvaltningsverdiane demokrati, rettstryggleik, fagleg integritet og effektivitet:** Fagleg integritet er å gi heile biletet.
- **Prioriter og bruk handlingsrommet:** Raskt er ikkje alltid best.
- **Bruk partssamarbeidet og medråderett aktivt:** Gir ordninga seksjonen meir arbeid, skal dei tillitsvalde inn tidleg.`,
                  en: `Look at the path you took:

- **Know the political and administrative framework, and the responsibility that comes with your role as a leader:** Did the note bypass the director general? Then it was harder to put right.
- **Live by the core values of the civil service: democracy, the rule of law, professional integrity and efficiency:** Professional integrity means giving the full picture.
- **Prioritise and use your room for manoeuvre:** Fast is not always best.
- **Make active use of partssamarbeid (cooperation between employer and unions) and co-determination:** If the scheme gives the section more work, the union representatives must be involved early.`,
                },
              },
              {
                kind: 'ending',
                id: 'slutt-svak',
                title: { nb: 'Et svar som må rettes', nn: 'Eit svar som må rettast', en: 'An answer that has to be corrected' },
                outcome: 'poor',
                text: {
                  nb: 'Stortinget fikk et misvisende svar, og statsråden må rette det opp. Tilliten til departementets faglige råd har fått en ripe.',
                  nn: 'Stortinget fekk eit misvisande svar, og statsråden må rette det opp. Tilliten til dei faglege råda frå departementet har fått ein ripe.',
                  en: 'The Storting got a misleading answer, and the minister has to correct it. Trust in the ministry’s professional advice has been dented.',
                },
                debrief: {
                  nb: `Veien din tilpasset tallene til det du trodde politisk ledelse ville høre:

- **Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet:** Tilpassede råd svekker faglig integritet.
- **Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle:** Politisk ledelse eier svaret. Du har ansvaret for grunnlaget.
- **Prioriter og bruk handlingsrommet:** Tidspress er ingen grunn til å gå utenom tjenesteveien.
- **Bruk partssamarbeidet og medbestemmelse aktivt:** Endrer saken arbeidsmengden eller organiseringen i seksjonen, skal de tillitsvalgte vite det tidlig.`,
                  nn: `Vegen din tilpassa tala til det du trudde politisk leiing ville høyre:

- **Etterlev forvaltningsverdiane demokrati, rettstryggleik, fagleg integritet og effektivitet:** Tilpassa råd svekkjer fagleg integritet.
- **Kjenn dei politiske og administrative rammene, og ansvaret som ligg i leiarrolla di:** Politisk leiing eig svaret. Du har ansvaret for grunnlaget.
- **Prioriter og bruk handlingsrommet:** Tidspress er ingen grunn til å gå utanom tenestevegen.
- **Bruk partssamarbeidet og medråderett aktivt:** Endrar saka arbeidsmengda eller organiseringa i seksjonen, skal dei tillitsvalde vite det tidleg.`,
                  en: `Your path tailored the figures to what you thought the political leadership wanted to hear:

- **Live by the core values of the civil service: democracy, the rule of law, professional integrity and efficiency:** Tailored advice weakens professional integrity.
- **Know the political and administrative framework, and the responsibility that comes with your role as a leader:** The political leadership owns the answer. You are responsible for the facts behind it.
- **Prioritise and use your room for manoeuvre:** Time pressure is no reason to bypass official channels.
- **Make active use of partssamarbeid (cooperation between employer and unions) and co-determination:** If the matter changes the section’s workload or organisation, the union representatives must know early.`,
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'kr-refleksjon',
      title: { nb: 'Din refleksjon', nn: 'Refleksjonen din', en: 'Your reflection' },
      blocks: [
        {
          kind: 'reflection',
          id: 'refleksjon-kjenn-rammene',
          prompt: {
            nb: 'Hvilke mål og fullmakter gjelder enheten din? Hvor har du handlingsrom du ikke bruker? Når møter du de tillitsvalgte?',
            nn: 'Kva mål og fullmakter gjeld for eininga di? Kvar har du handlingsrom du ikkje bruker? Når møter du dei tillitsvalde?',
            en: 'Which objectives and powers apply to your unit? Where do you have room for manoeuvre that you do not use? When do you meet the union representatives?',
          },
          hint: {
            nb: 'Når tok du sist opp noe med de tillitsvalgte før det var bestemt?',
            nn: 'Når tok du sist opp noko med dei tillitsvalde før det var bestemt?',
            en: 'When did you last raise something with the union representatives before it was decided?',
          },
          planLabel: EXPECTATION_TITLES.kjennRammene,
        },
      ],
    },
  ],
});
