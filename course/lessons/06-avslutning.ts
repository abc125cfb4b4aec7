import { defineLesson } from '../schema/index.ts';

export default defineLesson({
  id: 'avslutning',
  title: 'Gjør forventningene til dine egne',
  summary: 'Samle refleksjonene dine i en personlig handlingsplan.',
  pages: [
    {
      id: 'avslutning-eget',
      title: 'Gjør forventningene til dine egne',
      blocks: [
        {
          kind: 'text',
          body: `Grunnlag for god ledelse i staten gjelder uavhengig av virksomhetsstørrelse, type samfunnsoppdrag, oppgaver og ledernivå. Derfor sier grunnlaget at hver enkelt virksomhet og den enkelte leder må gjøre forventningene til sine egne, og konkretisere hva de betyr for eget lederskap og for egen virksomhet.

Målet er at du som leder – sammen med medarbeiderne dine – skal stå best mulig rustet til å løse samfunnsoppdraget til beste for innbyggerne.

## Kort oppsummert

I midten av modellen står **God ledelse i staten – løser samfunnsoppdraget og oppnår resultater sammen med medarbeiderne**. Rundt står de fem forventningene.`,
        },
        {
          kind: 'key-points',
          title: 'De fem forventningene',
          points: [
            '**Kjenn rammene** – etterlev forvaltningsverdiene, kjenn rammene og ansvaret ditt, prioriter og bruk handlingsrommet, og bruk partssamarbeidet aktivt',
            '**Styrk medarbeiderne** – vis tillit, gi anerkjennelse og konstruktive tilbakemeldinger, motivér til medarbeiderskap og bidra til et mangfoldig og inkluderende arbeidsfellesskap',
            '**Se helheten** – gi samfunnsoppdraget mening, samarbeid på tvers, sett innbyggerne i sentrum og ha bevissthet om sikkerhet og beredskap',
            '**Vær innovativ** – utforsk ny teknologi og nye arbeidsformer, frem forsvarlig bruk og deling av data, og bygg kultur for innovasjon og læring',
            '**Utvikle deg som leder** – utforsk hvordan du virker på andre, fyll på med kunnskap og del erfaringer med andre ledere',
          ],
        },
        {
          kind: 'text',
          body: `Et tips: Forventningene blir mer levende når du snakker om dem med andre. Ta gjerne handlingsplanen din med inn i en samtale med din egen leder, med medarbeiderne eller med de tillitsvalgte. Grunnlaget er først og fremst skrevet for ledere, men det kan også være nyttig for ansatte, tillitsvalgte og andre som er opptatt av ledelse.`,
        },
        {
          kind: 'reflection',
          id: 'refleksjon-handlingsplan',
          prompt: 'Se de fem forventningene under ett. Hvilken av dem er viktigst for deg å jobbe med det neste halvåret, og hvorfor? Skriv ned de to eller tre første stegene du vil ta, når du vil ta dem, og hvem du vil ta med deg.',
          hint: 'Se tilbake på refleksjonene du skrev i hver leksjon. Velg heller få konkrete steg enn mange gode intensjoner.',
          planLabel: 'Mine viktigste steg',
        },
      ],
    },
    {
      id: 'avslutning-plan',
      title: 'Din handlingsplan',
      blocks: [
        {
          kind: 'self-assessment',
          id: 'egenvurdering-slutt',
          title: 'Egenvurdering etter kurset',
          intro: 'Svar på de samme spørsmålene som i starten av kurset. Når du har svart, ser du svarene fra før og nå side om side. Hvor har du fått et nytt blikk på deg selv? Det er ofte der det er mest å hente.',
          prompt: 'Hvor godt lever du opp til denne forventningen i dag?',
          scale: ['I liten grad', 'I noen grad', 'I ganske stor grad', 'I stor grad', 'I svært stor grad'],
          compareWith: 'egenvurdering-start',
        },
        {
          kind: 'action-plan',
          id: 'handlingsplan',
          title: 'Min handlingsplan for god ledelse i staten',
          intro: `Gjør det du har tenkt, til en konkret plan. Velg én ting – gjerne der egenvurderingen viste mest å hente – og svar kort på hvert spørsmål. Du kan skrive planen ut eller laste den ned, sammen med refleksjonene dine.

Det du skriver, blir lagret bare i nettleseren på din egen enhet. Læringsplattformen får bare vite at du har laget en plan, ikke hva du skrev. Last ned eller skriv ut planen hvis du vil ta vare på den, for eksempel hvis du bytter datamaskin eller nettleser.`,
          fields: {
            goal: { label: 'Mål: Hva vil du oppnå?', hint: 'Ett mål, knyttet til en av de fem forventningene.' },
            firstStep: { label: 'Første steg: Hva gjør du først?', hint: 'Noe du kan gjøre i løpet av en uke eller to.' },
            when: { label: 'Når: Når tar du det første steget?', hint: 'En dato eller et møte i kalenderen.' },
            withWhom: { label: 'Med hvem: Hvem tar du med deg?', hint: 'For eksempel din egen leder, medarbeiderne eller de tillitsvalgte.' },
            evidence: { label: 'Slik vet jeg at det virker: Hva ser du når du har lykkes?', hint: 'Noe du eller andre kan se eller høre.' },
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
          body: `## Les mer

Grunnlaget viser til disse ressursene:

- [Grunnlag for god ledelse i staten og Arbeidsgiverstrategien 2024–2027](https://www.regjeringen.no/id3033097) (regjeringen.no/id3033097)
- [Ressurssider og kompetansetilbud for ledere i staten](https://arbeidsgiver.dfo.no/ledelse) (arbeidsgiver.dfo.no/ledelse)

Når du er klar, kan du ta sluttesten.`,
        },
      ],
    },
  ],
});
