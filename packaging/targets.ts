/** Build targets. Each gets its own Vite build, with `#tracker` resolved to src/tracking/targets/<target>.ts. */
export const TARGETS = ['web', 'scorm12', 'scorm2004', 'xapi', 'cmi5'] as const;
export type Target = (typeof TARGETS)[number];
