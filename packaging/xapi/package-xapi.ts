import type { Packager } from '../package-context.ts';
import { renderTincanXml } from './tincan-xml.ts';
import { zipPackage } from '../zip-package.ts';

export const LAUNCH_FILE = 'index.html';

/** dist/<slug>-xapi.zip: tincan.xml at the root, the player beside it. */
export const packageXapi: Packager = async (ctx) => {
  if (!ctx.files.includes(LAUNCH_FILE)) throw new Error(`xapi: the staged build has no ${LAUNCH_FILE}`);
  const zip = await zipPackage(ctx, [{ name: 'tincan.xml', data: renderTincanXml(ctx.course, LAUNCH_FILE) }]);
  ctx.log(`  ✓ ${zip.slice(ctx.distDir.length + 1)}: tincan.xml + ${ctx.files.length} files`);
  return [zip];
};
