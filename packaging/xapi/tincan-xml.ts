import type { Course } from '../../course/schema/index.ts';
import { xml } from './xml-escape.ts';

export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';

/**
 * tincan.xml (Rustici "Tin Can Package" format, namespace http://projecttincan.com/tincan.xsd):
 * one course activity with its relative launch file. No endpoint or credentials: the LMS adds
 * them to the launch URL at run time.
 */
export function renderTincanXml(course: Course, launch: string): string {
  const { meta } = course;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<tincan xmlns="http://projecttincan.com/tincan.xsd">',
    '  <activities>',
    `    <activity id="${xml(meta.id)}" type="${COURSE_ACTIVITY_TYPE}">`,
    // One name and description per language the course is complete in (issue 13).
    ...meta.languages.map((l) => `      <name lang="${l}">${xml(meta.title[l] ?? meta.title.nb)}</name>`),
    ...meta.languages.map((l) => `      <description lang="${l}">${xml(meta.description[l] ?? meta.description.nb)}</description>`),
    `      <launch lang="nb">${xml(launch)}</launch>`,
    '    </activity>',
    '  </activities>',
    '</tincan>',
    '',
  ].join('\n');
}
