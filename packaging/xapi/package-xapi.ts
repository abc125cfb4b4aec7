import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Packager } from '../package-context.ts';
import { renderTincanXml } from './tincan-xml.ts';
import { xapiTrackingSheet } from './tracking-sheet.ts';
import { zipPackage } from '../zip-package.ts';

export const LAUNCH_FILE = 'index.html';

/** dist/<slug>-xapi.zip: tincan.xml at the root, the player beside it; and its tracking sheet. */
export const packageXapi: Packager = async (ctx) => {
  if (!ctx.files.includes(LAUNCH_FILE)) throw new Error(`xapi: the staged build has no ${LAUNCH_FILE}`);
  const zip = await zipPackage(ctx, [{ name: 'tincan.xml', data: renderTincanXml(ctx.course, LAUNCH_FILE) }]);
  ctx.log(`  ✓ ${zip.slice(ctx.distDir.length + 1)}: tincan.xml + ${ctx.files.length} files`);
  const sheet = join(ctx.distDir, `${ctx.course.meta.slug}-xapi-tracking.md`);
  await writeFile(sheet, xapiTrackingSheet(ctx.course, 'xapi'));
  return [zip, sheet];
};
