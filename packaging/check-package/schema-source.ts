import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XSD_PATH } from '../cmi5/validate-cmi5-xml.ts';
import { manifestSchemaSet, type SchemaFile } from '../scorm/validate-manifest.ts';

/**
 * Where the checker's schemas come from. Run with tsx, they are read from the repo and
 * node_modules; in dist/check-package.mjs this module is replaced by one that carries them
 * inline (bundle-check-package.ts), so the admin needs nothing but Node.
 */
export interface SchemaSource {
  scorm12: SchemaFile[];
  scorm2004: SchemaFile[];
  cmi5: string;
  tincan: string;
}

export const TINCAN_XSD_PATH = join(import.meta.dirname, 'tincan.xsd');

export async function loadSchemas(): Promise<SchemaSource> {
  return {
    scorm12: await manifestSchemaSet('scorm12'),
    scorm2004: await manifestSchemaSet('scorm2004'),
    cmi5: await readFile(XSD_PATH, 'utf8'),
    tincan: await readFile(TINCAN_XSD_PATH, 'utf8'),
  };
}
