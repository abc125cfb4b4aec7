import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Packager } from '../package-context.ts';
import { xapiTrackingSheet } from '../xapi/tracking-sheet.ts';
import { zipPackage } from '../zip-package.ts';
import { renderCmi5Xml } from './cmi5-xml.ts';
import { validateCmi5Xml } from './validate-cmi5-xml.ts';

export const LAUNCH_FILE = 'index.html';

/** dist/<slug>-cmi5.zip: cmi5.xml at the root (cmi5 §14.1 package), validated against the XSD; and its tracking sheet. */
export const packageCmi5: Packager = async (ctx) => {
  if (!ctx.files.includes(LAUNCH_FILE)) throw new Error(`cmi5: the staged build has no ${LAUNCH_FILE}`);
  const text = renderCmi5Xml(ctx.course, LAUNCH_FILE);
  const check = await validateCmi5Xml(text);
  if (!check.valid) throw new Error(`cmi5: cmi5.xml does not validate against CourseStructure.xsd:\n  ${check.errors.join('\n  ')}`);
  const zip = await zipPackage(ctx, [{ name: 'cmi5.xml', data: text }]);
  ctx.log(`  ✓ ${zip.slice(ctx.distDir.length + 1)}: cmi5.xml valid (CourseStructure.xsd) + ${ctx.files.length} files`);
  const sheet = join(ctx.distDir, `${ctx.course.meta.slug}-cmi5-tracking.md`);
  await writeFile(sheet, xapiTrackingSheet(ctx.course, 'cmi5'));
  return [zip, sheet];
};
