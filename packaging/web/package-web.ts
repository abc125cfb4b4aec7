import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Packager } from '../package-context.ts';

/** The standalone web version: the staged player as is, runnable from any static host or file://. */
export const packageWeb: Packager = async (ctx) => {
  const out = join(ctx.distDir, 'web');
  await rm(out, { recursive: true, force: true });
  await cp(ctx.stageDir, out, { recursive: true });
  return ctx.files.map((f) => join(out, f));
};
