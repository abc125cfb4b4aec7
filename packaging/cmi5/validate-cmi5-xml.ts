import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The public cmi5 CourseStructure.xsd (cmi5 §13.2), kept in the repo so builds need no network. */
export const XSD_PATH = join(import.meta.dirname, 'CourseStructure.xsd');

/** `xsd` lets a caller that carries the schema itself (the one-file package checker) pass it. */
export async function validateCmi5Xml(text: string, xsd?: string): Promise<{ valid: boolean; errors: string[] }> {
  const schema = xsd ?? (await readFile(XSD_PATH, 'utf8'));
  const result = await validateXML({ xml: [{ fileName: 'cmi5.xml', contents: text }], schema: [{ fileName: 'CourseStructure.xsd', contents: schema }] });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
