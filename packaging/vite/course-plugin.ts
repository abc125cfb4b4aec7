import type { Plugin, ViteDevServer } from 'vite';
import type { Course } from '../../course/schema/index.ts';
import { buildStatement } from '../../src/accessibility/statement.ts';
import { CourseInvalidError, loadValidCourse } from '../validate-course.ts';

import { COURSE_DATA_FILE } from './course-data-file.ts';

export { COURSE_DATA_FILE };

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The validated course as a classic script. Content ships apart from the app code. The
 * accessibility statement is a document about the course, like its lessons, so it comes here
 * too, on its own line, rendered at build time (it was ~1.5 KB gzip of the app, issue 12).
 */
export function courseDataScript(course: Course): string {
  return `window.__COURSE__=${json(course)};\nwindow.__COURSE_STATEMENT__=${json(Object.fromEntries(course.meta.languages.map((l) => [l, buildStatement(course.meta, l)])))};\n`;
}

/** What the start page needs, inline in index.html, so it shows before the lessons arrive. */
export function courseMetaScript(course: Course): string {
  return `<script>window.__COURSE_META__=${json(course.meta)};</script>`;
}

/** In the dev server: show content errors in the page itself, as text, so authors see them at once. */
function errorScript(lines: string[]): string {
  const text = JSON.stringify(`Kurset har feil i innholdet (npm run validate viser det samme):\n\n${lines.join('\n')}`);
  return `console.error(${text});document.addEventListener('DOMContentLoaded',function(){var a=document.getElementById('app');if(a){a.style.whiteSpace='pre-wrap';a.style.padding='1rem';a.style.fontFamily='monospace';a.textContent=${text};}});\n`;
}

/** Dev server: the course as it is now, or the content errors as a script that shows them. */
async function devCourse(server: ViteDevServer): Promise<{ course: Course } | { error: string }> {
  try {
    return { course: await loadValidCourse(server.config.root, (path) => server.ssrLoadModule(path) as Promise<{ default?: unknown }>) };
  } catch (error) {
    if (error instanceof CourseInvalidError) {
      server.config.logger.error(error.message);
      return { error: errorScript(error.lines) };
    }
    throw error;
  }
}

/**
 * Inlines the course metadata into index.html and serves (dev) or emits (build) course-data.js,
 * which the app loads itself. In dev, any change under course/ re-validates and reloads the page.
 */
export function coursePlugin(course: Course | null): Plugin {
  return {
    name: 'course-data',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (!file.includes('/course/')) return;
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${COURSE_DATA_FILE}`) return next();
        devCourse(server)
          .then((result) => {
            const body = 'course' in result ? courseDataScript(result.course) : result.error;
            res.setHeader('content-type', 'text/javascript; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(body);
          })
          .catch(next);
      });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        let head: string;
        if (course) head = courseMetaScript(course);
        else if (ctx.server) {
          const result = await devCourse(ctx.server);
          head = 'course' in result ? courseMetaScript(result.course) : `<script>${result.error}</script>`;
        } else throw new Error('coursePlugin needs the validated course to build');
        return html.replace('</head>', `    ${head}\n  </head>`);
      },
    },
    generateBundle() {
      if (!course) throw new Error('coursePlugin needs the validated course to build');
      this.emitFile({ type: 'asset', fileName: COURSE_DATA_FILE, source: courseDataScript(course) });
    },
  };
}
