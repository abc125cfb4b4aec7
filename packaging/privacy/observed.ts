/**
 * How data the package sends is named in the privacy inventory, so a test can match what the
 * real trackers did against it:
 *   SCORM   data-model elements with indices as n:  cmi.interactions.n.learner_response
 *   xAPI    statement paths, arrays as [], the course IRI as {course}:  result.extensions.{course}/extensions/rating
 *   State   resource#stateId:fields                 activities/state#bookmark:completed,passed,saved,v
 *   device  storage keys with ids generalized:      god-ledelse:{course}:reflections
 */
export interface Observed {
  sent: Set<string>;
  read: Set<string>;
  device: Set<string>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function generalizeKey(key: string, courseId: string): string {
  // Device data is kept per learner (src/tracking/learner-key.ts): the key ends in a learner key.
  return key.split(courseId).join('{course}').replace(/:(local|(scorm|xapi)-(anonymous|[0-9a-f]{16}))$/, ':{learner}').replace(UUID, '{registration}').replace(/https?:\/\/[^\s|:]+(:\d+)?[^\s|:]*/g, '{url}');
}

/** Every leaf path of a statement, generalized. */
export function statementPaths(statement: unknown, courseId: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, `${path}[]`);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k.split(courseId).join('{course}')}` : k);
    } else out.push(path);
  };
  walk(statement, '');
  return [...new Set(out)];
}
