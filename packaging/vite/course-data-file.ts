/**
 * The file the lessons ship in, beside index.html. Its own module so the package checker
 * (bundled to run with Node alone) can name it without pulling in the build's course loader
 * and svgo.
 */
export const COURSE_DATA_FILE = 'course-data.js';
