import { transform } from 'lightningcss';
import { lightningTargets } from './browsers.ts';

type Visitor = Parameters<typeof transform>[0]['visitor'];

// Visitors given to this only ever drop things (return []) or leave them (return nothing):
// lightningcss 1.33 cannot read back every node it hands out (var() names come out with
// `from: null` and fail to deserialize), so no node is handed back changed.

/** The stylesheet through lightningcss with a visitor, minified for the build's browsers. Build time only. */
export const transformCss = (css: string, visitor: Visitor): string =>
  transform({ filename: 'course.css', code: Buffer.from(css), minify: true, targets: lightningTargets, visitor }).code.toString();
