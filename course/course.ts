import { EXPECTATION_TITLES } from './expectations.ts';
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
  title: { nb: 'God ledelse i staten', nn: 'God leiing i staten', en: 'Good Leadership in the Norwegian State' },
  shortTitle: { nb: 'God ledelse', nn: 'God leiing', en: 'Leadership' },
  // The look: a folder under course/themes/ (course/themes/README.md); an agency puts its own there and names it here.
  theme: 'standard',
  description: {
    nb: 'Et kurs for nye ledere i staten om Grunnlag for god ledelse i staten: de fem forventningene til ledere og hva de betyr i hverdagen.',
    nn: 'Eit kurs for nye leiarar i staten om Grunnlag for god ledelse i staten: dei fem forventningane til leiarar og kva dei betyr i kvardagen.',
    en: 'A course for new leaders in the Norwegian state on Grunnlag for god ledelse i staten (the Government’s foundation for good leadership in the state): the five expectations of leaders and what they mean in everyday work.',
  },
  cover: covers.course,
  outcomes: [
    {
      nb: 'Hva som kjennetegner god ledelse i staten, og hvorfor ledelse har betydning',
      nn: 'Kva som kjenneteiknar god leiing i staten, og kvifor leiing har mykje å seie',
      en: 'What characterises good leadership in the state, and why leadership matters',
    },
    {
      nb: 'De fem forventningene til ledere i staten og de 18 punktene under dem',
      nn: 'Dei fem forventningane til leiarar i staten og dei 18 punkta under dei',
      en: 'The five expectations of leaders in the state and the 18 points under them',
    },
    {
      nb: 'Hvordan du kan bruke forventningene i krevende situasjoner i din egen virksomhet',
      nn: 'Korleis du kan bruke forventningane i krevjande situasjonar i di eiga verksemd',
      en: 'How you can use the expectations in demanding situations in your own agency',
    },
    {
      nb: 'Hva du selv vil gjøre videre som leder',
      nn: 'Kva du sjølv vil gjere vidare som leiar',
      en: 'What you will do next as a leader',
    },
  ],
  languages: ['nb', 'nn', 'en'],
  masteryScore: 80,
  publisher: {
    nb: 'Bygger på Grunnlag for god ledelse i staten',
    nn: 'Byggjer på Grunnlag for god ledelse i staten',
    en: 'Based on Grunnlag for god ledelse i staten (the Government’s foundation for good leadership in the state)',
  },
  // The agency publishing the course puts its own contact here (shown in the accessibility statement).
  accessibilityContact: {
    name: { nb: 'Virksomheten som publiserer kurset', nn: 'Verksemda som publiserer kurset', en: 'The agency publishing the course' },
    email: 'tilgjengelighet@ledelse.example',
  },
  finalTestAccess: 'open-with-warning',
  objectives: [
    {
      id: 'kjenn-rammene',
      title: EXPECTATION_TITLES.kjennRammene,
      description: {
        nb: 'Forvaltningsverdiene, de politiske og administrative rammene, handlingsrommet og partssamarbeidet.',
        nn: 'Forvaltningsverdiane, dei politiske og administrative rammene, handlingsrommet og partssamarbeidet.',
        en: 'The core values of the civil service, the political and administrative framework, your room for manoeuvre and cooperation between employer and unions.',
      },
    },
    {
      id: 'styrk-medarbeiderne',
      title: EXPECTATION_TITLES.styrkMedarbeiderne,
      description: {
        nb: 'Tillit, anerkjennelse, medarbeiderskap og et mangfoldig og inkluderende arbeidsfellesskap.',
        nn: 'Tillit, anerkjenning, medarbeidarskap og eit mangfaldig og inkluderande arbeidsfellesskap.',
        en: 'Trust, recognition, employeeship and a diverse and inclusive working community.',
      },
    },
    {
      id: 'se-helheten',
      title: EXPECTATION_TITLES.seHelheten,
      description: {
        nb: 'Samfunnsoppdraget, samarbeid på tvers, innbyggerne i sentrum, sikkerhet og beredskap.',
        nn: 'Samfunnsoppdraget, samarbeid på tvers, innbyggjarane i sentrum, tryggleik og beredskap.',
        en: 'The agency’s mission in society, cooperation across boundaries, citizens at the centre, security and preparedness.',
      },
    },
    {
      id: 'vaer-innovativ',
      title: EXPECTATION_TITLES.vaerInnovativ,
      description: {
        nb: 'Ny teknologi og nye arbeidsformer, forsvarlig bruk og deling av data, kultur for innovasjon og læring.',
        nn: 'Ny teknologi og nye arbeidsformer, forsvarleg bruk og deling av data, kultur for innovasjon og læring.',
        en: 'New technology and new ways of working, responsible use and sharing of data, a culture of innovation and learning.',
      },
    },
    {
      id: 'utvikle-deg-som-leder',
      title: EXPECTATION_TITLES.utvikleDegSomLeder,
      description: {
        nb: 'Eget lederskap, kunnskap om ledelse og fellesskap med andre ledere.',
        nn: 'Eige leiarskap, kunnskap om leiing og fellesskap med andre leiarar.',
        en: 'Your own leadership, knowledge of leadership and community with other leaders.',
      },
    },
  ],
});
