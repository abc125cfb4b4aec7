import type { Packager } from './package-context.ts';
import type { Target } from './targets.ts';
import { packageWeb } from './web/package-web.ts';

/** One packager per target. Each adds its files under dist/. */
export const packagers: Record<Target, Packager | null> = {
  web: packageWeb,
  scorm12: null,
  scorm2004: null,
  xapi: null,
  cmi5: null,
};
