import { covers } from './illustrations/pictures.ts';
import { defineCourse } from './schema/index.ts';

/**
 * Course metadata. Objective ids are stable: they are the SCORM objective ids and part of the
 * xAPI activity ids, so never rename one after publishing.
 * `id` uses the reserved .example domain: an agency publishing the course sets an IRI it controls.
 */
export default defineCourse({
  id: 'https://kurs.ledelse.example/god-ledelse-i-staten',
  slug: 'god-ledelse-i-staten',
  version: '1.0.0',
  title: 'God ledelse i staten',
  description:
    'Et kurs for nye ledere i staten om Grunnlag for god ledelse i staten: de fem forventningene til ledere og hva de betyr i hverdagen.',
  cover: covers.course,
  outcomes: [
    'Hva som kjennetegner god ledelse i staten, og hvorfor ledelse har betydning',
    'De fem forventningene til ledere i staten og de 18 punktene under dem',
    'Hvordan du kan bruke forventningene i krevende situasjoner i din egen virksomhet',
    'Hva du selv vil gjøre videre som leder',
  ],
  languages: ['nb'],
  masteryScore: 80,
  publisher: 'Bygger på Grunnlag for god ledelse i staten',
  // The agency publishing the course puts its own contact here (shown in the accessibility statement).
  accessibilityContact: { name: 'Virksomheten som publiserer kurset', email: 'tilgjengelighet@ledelse.example' },
  finalTestAccess: 'open-with-warning',
  objectives: [
    { id: 'kjenn-rammene', title: 'Kjenn rammene', description: 'Forvaltningsverdiene, de politiske og administrative rammene, handlingsrommet og partssamarbeidet.' },
    { id: 'styrk-medarbeiderne', title: 'Styrk medarbeiderne', description: 'Tillit, anerkjennelse, medarbeiderskap og et mangfoldig og inkluderende arbeidsfellesskap.' },
    { id: 'se-helheten', title: 'Se helheten', description: 'Samfunnsoppdraget, samarbeid på tvers, innbyggerne i sentrum, sikkerhet og beredskap.' },
    { id: 'vaer-innovativ', title: 'Vær innovativ', description: 'Ny teknologi og nye arbeidsformer, forsvarlig bruk og deling av data, kultur for innovasjon og læring.' },
    { id: 'utvikle-deg-som-leder', title: 'Utvikle deg som leder', description: 'Eget lederskap, kunnskap om ledelse og fellesskap med andre ledere.' },
  ],
});
