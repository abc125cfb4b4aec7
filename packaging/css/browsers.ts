/**
 * The oldest browsers the course's CSS is built for: those with :has() and :is(), which
 * Designsystemet's CSS needs, so no lowered copies of its rules are made. One list for Vite's
 * cssTarget and for lightningcss (critical CSS, custom-property shake).
 */
const BROWSERS = { chrome: '105', edge: '105', firefox: '121', safari: '15.4' } as const;

/** As Vite's build.cssTarget wants them: 'chrome105', 'safari15.4', … */
export const cssTarget = Object.entries(BROWSERS).map(([name, version]) => `${name}${version}`);

/** As lightningcss wants them: major << 16 | minor << 8. */
export const lightningTargets = Object.fromEntries(
  Object.entries(BROWSERS).map(([name, version]) => {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    return [name, (major << 16) | (minor << 8)];
  }),
);
