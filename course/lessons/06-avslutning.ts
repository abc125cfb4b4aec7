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
          body: `Grunnlaget gjelder uavhengig av virksomhetsstørrelse, samfunnsoppdrag, oppgaver og ledernivå. Derfor må hver virksomhet og hver leder gjøre forventningene til sine egne, og konkretisere hva de betyr for eget lederskap og egen virksomhet.

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
          body: `Forventningene blir mer levende når du snakker om dem. Ta handlingsplanen med inn i en samtale med din egen leder, medarbeiderne eller de tillitsvalgte.`,
        },
        {
          kind: 'reflection',
          id: 'refleksjon-handlingsplan',
          prompt: 'Hvilken av de fem forventningene er viktigst for deg å jobbe med det neste halvåret, og hvorfor? Hvilke to eller tre steg tar du først?',
          hint: 'Se tilbake på refleksjonene dine. Få konkrete steg er bedre enn mange gode intensjoner.',
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
          intro: 'Svar på de samme spørsmålene som i starten. Etterpå ser du svarene fra før og nå side om side. Der du ser deg selv på en ny måte, er det ofte mest å hente.',
          prompt: 'Hvor godt lever du opp til denne forventningen i dag?',
          scale: ['I liten grad', 'I noen grad', 'I ganske stor grad', 'I stor grad', 'I svært stor grad'],
          compareWith: 'egenvurdering-start',
        },
        {
          kind: 'action-plan',
          id: 'handlingsplan',
          title: 'Min handlingsplan for god ledelse i staten',
          intro: `Gjør det du har tenkt, til en konkret plan. Velg én ting – gjerne der egenvurderingen viste mest å hente – og svar kort. Du kan skrive ut eller laste ned planen sammen med refleksjonene dine.

Det du skriver, blir bare lagret i nettleseren på denne enheten. Læringsplattformen får bare vite at du har laget en plan. Last ned planen hvis du vil ta vare på den.`,
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
