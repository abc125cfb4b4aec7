import type { Course, Locale, LocalizedText } from '../../course/schema/index.ts';
import { xml } from '../xapi/xml-escape.ts';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** Objective IRIs match the xAPI objective activities the course sends (src/tracking/xapi/activities.ts). */
export const objectiveIri = (course: Course, id: string) => `${course.meta.id}/objective/${id}`;
export const auIri = (course: Course) => `${course.meta.id}/au`;

/** cmi5 §13.1.1 textType: one langstring per language the course is complete in (issue 13), bokmål first. */
const text = (tag: string, value: LocalizedText, languages: readonly Locale[], indent: string) =>
  [`${indent}<${tag}>`, ...languages.map((l) => `${indent}  <langstring lang="${l}">${xml(value[l] ?? value.nb)}</langstring>`), `${indent}</${tag}>`].join('\n');

/**
 * cmi5.xml (cmi5 §13 Course Structure): the course, the five expectations as objectives and
 * one AU. moveOn CompletedAndPassed: the course counts when every required lesson is done
 * AND the final assessment is passed (§13.1.4). masteryScore is the course's, scaled 0–1.
 * launchMethod OwnWindow: the course is a full-page app whose "Avslutt" redirects the window
 * to returnURL (§10), and in its own window its outbox in localStorage is first-party —
 * inside an LMS iframe, browsers that partition or block third-party storage would lose it.
 */
export function renderCmi5Xml(course: Course, launch: string): string {
  const { meta } = course;
  const i = (n: number) => '  '.repeat(n);
  const langs = meta.languages;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `${i(1)}<course id="${xml(meta.id)}">`,
    text('title', meta.title, langs, i(2)),
    text('description', meta.description, langs, i(2)),
    `${i(1)}</course>`,
    `${i(1)}<objectives>`,
    ...meta.objectives.flatMap((o) => [
      `${i(2)}<objective id="${xml(objectiveIri(course, o.id))}">`,
      text('title', o.title, langs, i(3)),
      text('description', o.description, langs, i(3)),
      `${i(2)}</objective>`,
    ]),
    `${i(1)}</objectives>`,
    `${i(1)}<au id="${xml(auIri(course))}" moveOn="CompletedAndPassed" masteryScore="${(meta.masteryScore / 100).toString()}" launchMethod="OwnWindow">`,
    text('title', meta.title, langs, i(2)),
    text('description', meta.description, langs, i(2)),
    `${i(2)}<objectives>`,
    ...meta.objectives.map((o) => `${i(3)}<objective idref="${xml(objectiveIri(course, o.id))}"/>`),
    `${i(2)}</objectives>`,
    `${i(2)}<url>${xml(launch)}</url>`,
    `${i(1)}</au>`,
    '</courseStructure>',
    '',
  ].join('\n');
}
