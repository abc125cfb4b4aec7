/** packaging/vite/theme-plugin.ts: the theme the build chose (course/themes/<name>/). */
declare module 'virtual:course-theme' {
  export const theme: {
    agency: { nb: string; nn?: string; en?: string };
    /** Optimised inline SVG markup, checked at build time (no style, script or external reference). */
    logo: string;
  };
}
declare module 'virtual:course-theme.css';
