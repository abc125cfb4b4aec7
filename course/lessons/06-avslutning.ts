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
          body: `Hver virksomhet og hver leder må gjøre forventningene til sine egne, og konkretisere hva de betyr hos dem.

## Kort oppsummert`,
        },
        {
          kind: 'key-points',
          title: 'De fem forventningene',
          points: [
            '**Kjenn rammene** – verdiene, rammene, handlingsrommet og partssamarbeidet',
            '**Styrk medarbeiderne** – tillit, tilbakemeldinger, medarbeiderskap og inkludering',
            '**Se helheten** – samfunnsoppdraget, samarbeid på tvers, innbyggerne og sikkerhet',
            '**Vær innovativ** – ny teknologi, forsvarlig bruk av data og læring',
            '**Utvikle deg som leder** – hvordan du virker, kunnskap og erfaringsdeling',
          ],
        },
        {
          kind: 'text',
          body: `Ta handlingsplanen med inn i en samtale med din leder, medarbeiderne eller de tillitsvalgte.`,
        },
        {
          kind: 'reflection',
          id: 'refleksjon-handlingsplan',
          prompt: 'Hvilken forventning vil du jobbe mest med det neste halvåret, og hvorfor? Hvilke to eller tre steg tar du først?',
          hint: 'Se tilbake på refleksjonene dine. Velg få, konkrete steg.',
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
          intro: 'Svar på det samme som i starten, og se svarene fra før og nå side om side.',
          prompt: 'Hvor godt lever du opp til denne forventningen i dag?',
          scale: ['I liten grad', 'I noen grad', 'I ganske stor grad', 'I stor grad', 'I svært stor grad'],
          compareWith: 'egenvurdering-start',
        },
        {
          kind: 'action-plan',
          id: 'handlingsplan',
          title: 'Min handlingsplan',
          intro: `Velg én ting – gjerne der egenvurderingen viste mest å hente – og svar kort.

Planen lagres bare i nettleseren på denne enheten. Læringsplattformen får bare vite at du har laget en plan. Last ned eller skriv ut planen for å ta vare på den.`,
          fields: {
            goal: { label: 'Mål: Hva vil du oppnå?', hint: 'Ett mål, knyttet til en forventning.' },
            firstStep: { label: 'Første steg: Hva gjør du først?', hint: 'Noe du kan gjøre innen to uker.' },
            when: { label: 'Når: Når tar du det første steget?', hint: 'En dato eller et møte.' },
            withWhom: { label: 'Med hvem: Hvem tar du med deg?', hint: 'Din leder eller de tillitsvalgte?' },
            evidence: { label: 'Slik vet jeg at det virker: Hva ser du når du har lykkes?', hint: 'Noe du eller andre kan se.' },
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

- [Grunnlag for god ledelse i staten og Arbeidsgiverstrategien 2024–2027](https://www.regjeringen.no/id3033097) (regjeringen.no/id3033097)
- [Ressurssider og kompetansetilbud for ledere i staten](https://arbeidsgiver.dfo.no/ledelse) (arbeidsgiver.dfo.no/ledelse)

Så gjenstår sluttesten.`,
        },
      ],
    },
  ],
});
