import { defineSourceDocument } from './schema/source-document.ts';

/**
 * The source document, Grunnlag for god ledelse i staten, in its own words (bokmål; the
 * extraction's split words joined). Every text the lessons mark `fromDocument` must be one of
 * these points word for word; the build checks it. Read by validation only, never shipped.
 */
export default defineSourceDocument({
  title: 'Grunnlag for god ledelse i staten',
  points: {
    'kjenn-rammene': [
      'Etterlev forvaltningsverdiene demokrati, rettssikkerhet, faglig integritet og effektivitet',
      'Kjenn de politiske og administrative rammene, og ansvaret som ligger i din lederrolle',
      'Prioriter og bruk handlingsrommet',
      'Bruk partssamarbeidet og medbestemmelse aktivt',
    ],
    'styrk-medarbeiderne': [
      'Vis medarbeiderne tillit gjennom tydelig ansvar og handlingsrom',
      'Gi anerkjennelse og konstruktive tilbakemeldinger',
      'Motivér til medarbeiderskap, kompetanseutvikling og nysgjerrighet',
      'Bidra til et mangfoldig og inkluderende arbeidsfellesskap',
    ],
    'se-helheten': [
      'Gi samfunnsoppdraget mening i din virksomhet – hvem og hva er vi til for',
      'Se utover egen virksomhet og bidra til samarbeid på tvers av fagfelt og sektorer',
      'Sett innbyggerne i sentrum og legg til rette for systematisk brukermedvirkning',
      'Ha bevissthet om sikkerhet og beredskap',
    ],
    'vaer-innovativ': [
      'Utforsk og ta i bruk ny teknologi og nye arbeidsformer',
      'Frem forsvarlig bruk og deling av data',
      'Bygg kultur for innovasjon og kontinuerlig læring',
    ],
    'utvikle-deg-som-leder': [
      'Utforsk eget lederskap og hvordan du virker på andre',
      'Fyll på med kunnskap om ledelse',
      'Bygg fellesskap og del erfaringer med andre ledere',
    ],
  },
});
