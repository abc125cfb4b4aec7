/** The package this bundle was built for (vite `define`); the web version may offer things an LMS owns elsewhere. */
declare const __COURSE_TARGET__: string | undefined;

export const courseTarget: string = typeof __COURSE_TARGET__ === 'string' ? __COURSE_TARGET__ : 'web';

/** Only the standalone web version keeps progress itself; in an LMS, a new attempt is the LMS's business. */
export const isWebVersion = courseTarget === 'web';
