import { defineLesson } from '../schema/index.ts';

export default defineLesson({
  id: 'avslutning',
  title: 'Gjør forventningene til dine egne',
  summary: 'Samle refleksjonene dine i en personlig handlingsplan.',
  minutes: 5,
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
          kind: 'action-plan',
          id: 'handlingsplan',
          title: 'Min handlingsplan for god ledelse i staten',
          intro: `Her er refleksjonene dine samlet i én plan. Du kan skrive den ut eller laste den ned.

Det du har skrevet, blir lagret bare i nettleseren på din egen enhet. Læringsplattformen får bare vite at du har skrevet en refleksjon, ikke hva du skrev. Last ned eller skriv ut planen hvis du vil ta vare på den, for eksempel hvis du bytter datamaskin eller nettleser.`,
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
