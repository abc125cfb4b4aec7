import { packageCmi5 } from './cmi5/package-cmi5.ts';
import type { Packager } from './package-context.ts';
import { packageScorm12, packageScorm2004 } from './scorm/package-scorm.ts';
import type { Target } from './targets.ts';
import { packageWeb } from './web/package-web.ts';
import { packageXapi } from './xapi/package-xapi.ts';

/** One packager per target. Each adds its files under dist/. */
export const packagers: Record<Target, Packager | null> = {
  web: packageWeb,
  scorm12: packageScorm12,
  scorm2004: packageScorm2004,
  xapi: packageXapi,
  cmi5: packageCmi5,
};
