import { defineLesson } from '../schema/index.ts';
import { SELF_ASSESSMENT_PROMPT, SELF_ASSESSMENT_SCALE } from '../self-assessment.ts';

const TITLE = { nb: 'Gjør forventningene til dine egne', nn: 'Gjer forventningane til dine eigne', en: 'Make the expectations your own' };

export default defineLesson({
  id: 'avslutning',
  title: TITLE,
  summary: {
    nb: 'Samle refleksjonene dine i en personlig handlingsplan.',
    nn: 'Samle refleksjonane dine i ein personleg handlingsplan.',
    en: 'Bring your reflections together in a personal action plan.',
  },
  pages: [
    {
      id: 'avslutning-eget',
      title: TITLE,
      blocks: [
        {
          kind: 'text',
          body: {
            nb: `Hver virksomhet og hver leder må gjøre forventningene til sine egne, og konkretisere hva de betyr hos dem.

## Kort oppsummert`,
            nn: `Kvar verksemd og kvar leiar må gjere forventningane til sine eigne, og konkretisere kva dei betyr for nettopp dei.

## Kort oppsummert`,
            en: `Every agency and every leader must make the expectations their own, and spell out what they mean for them in practice.

## In brief`,
          },
        },
        {
          kind: 'key-points',
          title: { nb: 'De fem forventningene', nn: 'Dei fem forventningane', en: 'The five expectations' },
          points: [
            {
              nb: '**Kjenn rammene** – verdiene, rammene, handlingsrommet og partssamarbeidet',
              nn: '**Kjenn rammene** – verdiane, rammene, handlingsrommet og partssamarbeidet',
              en: '**Know the framework** – the values, the framework, your room for manoeuvre and partssamarbeid (cooperation between employer and unions)',
            },
            {
              nb: '**Styrk medarbeiderne** – tillit, tilbakemeldinger, medarbeiderskap og inkludering',
              nn: '**Styrk medarbeidarane** – tillit, tilbakemeldingar, medarbeidarskap og inkludering',
              en: '**Strengthen your employees** – trust, feedback, employeeship and inclusion',
            },
            {
              nb: '**Se helheten** – samfunnsoppdraget, samarbeid på tvers, innbyggerne og sikkerhet',
              nn: '**Sjå heilskapen** – samfunnsoppdraget, samarbeid på tvers, innbyggjarane og tryggleik',
              en: '**See the whole picture** – the agency’s mission in society, cooperation across boundaries, citizens and security',
            },
            {
              nb: '**Vær innovativ** – ny teknologi, forsvarlig bruk av data og læring',
              nn: '**Ver innovativ** – ny teknologi, forsvarleg bruk av data og læring',
              en: '**Be innovative** – new technology, responsible use of data, and learning',
            },
            {
              nb: '**Utvikle deg som leder** – hvordan du virker, kunnskap og erfaringsdeling',
              nn: '**Utvikle deg som leiar** – korleis du verkar, kunnskap og erfaringsdeling',
              en: '**Develop as a leader** – how you come across, knowledge, and sharing experience',
            },
          ],
        },
        {
          kind: 'text',
          body: {
            nb: `Ta handlingsplanen med inn i en samtale med din leder, medarbeiderne eller de tillitsvalgte.`,
            nn: `Ta med handlingsplanen inn i ein samtale med leiaren din, medarbeidarane eller dei tillitsvalde.`,
            en: `Take your action plan into a conversation with your line manager, your employees or the {nb|tillitsvalgte} (union representatives).`,
          },
        },
        {
          kind: 'reflection',
          id: 'refleksjon-handlingsplan',
          prompt: {
            nb: 'Hvilken forventning vil du jobbe mest med det neste halvåret, og hvorfor? Hvilke to eller tre steg tar du først?',
            nn: 'Kva for ei forventning vil du arbeide mest med det neste halvåret, og kvifor? Kva for to eller tre steg tek du først?',
            en: 'Which expectation will you work on most over the next six months, and why? Which two or three steps will you take first?',
          },
          hint: {
            nb: 'Se tilbake på refleksjonene dine. Velg få, konkrete steg.',
            nn: 'Sjå tilbake på refleksjonane dine. Vel få, konkrete steg.',
            en: 'Look back at your reflections. Keep to a few concrete steps.',
          },
          planLabel: { nb: 'Mine viktigste steg', nn: 'Dei viktigaste stega mine', en: 'My most important steps' },
        },
      ],
    },
    {
      id: 'avslutning-plan',
      title: { nb: 'Din handlingsplan', nn: 'Handlingsplanen din', en: 'Your action plan' },
      blocks: [
        {
          kind: 'self-assessment',
          id: 'egenvurdering-slutt',
          title: { nb: 'Egenvurdering etter kurset', nn: 'Eigenvurdering etter kurset', en: 'Self-assessment after the course' },
          intro: {
            nb: 'Svar på det samme som i starten, og se svarene fra før og nå side om side.',
            nn: 'Svar på det same som i starten, og sjå svara frå før og no side om side.',
            en: 'Answer the same questions as at the start, and see your answers from then and now side by side.',
          },
          prompt: SELF_ASSESSMENT_PROMPT,
          scale: SELF_ASSESSMENT_SCALE,
          compareWith: 'egenvurdering-start',
        },
        {
          kind: 'action-plan',
          id: 'handlingsplan',
          title: { nb: 'Min handlingsplan', nn: 'Handlingsplanen min', en: 'My action plan' },
          intro: {
            nb: `Velg én ting – gjerne der egenvurderingen viste mest å hente – og svar kort.

Planen lagres bare i nettleseren på denne enheten. Læringsplattformen får bare vite at du har laget en plan. Last ned eller skriv ut planen for å ta vare på den.`,
            nn: `Vel éin ting – gjerne der eigenvurderinga viste mest å hente – og svar kort.

Planen blir berre lagra i nettlesaren på denne eininga. Læringsplattforma får berre vite at du har laga ein plan. Last ned eller skriv ut planen for å ta vare på han.`,
            en: `Choose one thing – ideally where your self-assessment showed the most to gain – and answer briefly.

The plan is saved only in the browser on this device. The learning platform is told only that you have made a plan. Download or print the plan to keep it.`,
          },
          fields: {
            goal: {
              label: { nb: 'Mål: Hva vil du oppnå?', nn: 'Mål: Kva vil du oppnå?', en: 'Goal: What do you want to achieve?' },
              hint: { nb: 'Ett mål, knyttet til en forventning.', nn: 'Eitt mål, knytt til ei forventning.', en: 'One goal, linked to one of the expectations.' },
            },
            firstStep: {
              label: { nb: 'Første steg: Hva gjør du først?', nn: 'Første steg: Kva gjer du først?', en: 'First step: What will you do first?' },
              hint: { nb: 'Noe du kan gjøre innen to uker.', nn: 'Noko du kan gjere innan to veker.', en: 'Something you can do within two weeks.' },
            },
            when: {
              label: { nb: 'Når: Når tar du det første steget?', nn: 'Når: Når tek du det første steget?', en: 'When: When will you take the first step?' },
              hint: { nb: 'En dato eller et møte.', nn: 'Ein dato eller eit møte.', en: 'A date or a meeting.' },
            },
            withWhom: {
              label: { nb: 'Med hvem: Hvem tar du med deg?', nn: 'Med kven: Kven tek du med deg?', en: 'With whom: Who will you involve?' },
              hint: { nb: 'Din leder eller de tillitsvalgte?', nn: 'Leiaren din eller dei tillitsvalde?', en: 'Your line manager or the union representatives?' },
            },
            evidence: {
              label: {
                nb: 'Slik vet jeg at det virker: Hva ser du når du har lykkes?',
                nn: 'Slik veit eg at det verkar: Kva ser du når du har lukkast?',
                en: 'How I will know it works: What will you see when you have succeeded?',
              },
              hint: { nb: 'Noe du eller andre kan se.', nn: 'Noko du eller andre kan sjå.', en: 'Something you or others can see.' },
            },
          },
          reflections: [
            'refleksjon-kjenn-rammene',
            'refleksjon-styrk-medarbeiderne',
            'refleksjon-se-helheten',
            'refleksjon-vaer-innovativ',
            'refleksjon-utvikle-deg-som-leder',
            'refleksjon-handlingsplan',
          ],
        },
        {
          kind: 'text',
          body: {
            nb: `## Les mer

- [Grunnlag for god ledelse i staten og Arbeidsgiverstrategien 2024–2027](https://www.regjeringen.no/id3033097) (regjeringen.no/id3033097)
- [Ressurssider og kompetansetilbud for ledere i staten](https://arbeidsgiver.dfo.no/ledelse) (arbeidsgiver.dfo.no/ledelse)

Så gjenstår sluttesten.`,
            nn: `## Les meir

- [*Grunnlag for god ledelse i staten* og arbeidsgivarstrategien for 2024–2027](https://www.regjeringen.no/id3033097) (regjeringen.no/id3033097)
- [Ressurssider og kompetansetilbod for leiarar i staten](https://arbeidsgiver.dfo.no/ledelse) (arbeidsgiver.dfo.no/ledelse)

No står berre sluttesten att.`,
            en: `## Read more

- [*Grunnlag for god ledelse i staten* (the Government’s foundation for good leadership in the state) and the state’s employer strategy for 2024–2027](https://www.regjeringen.no/id3033097) (regjeringen.no/id3033097)
- [Resources and courses for leaders in the state](https://arbeidsgiver.dfo.no/ledelse) (arbeidsgiver.dfo.no/ledelse)

Now only the final test remains.`,
          },
        },
      ],
    },
  ],
});
