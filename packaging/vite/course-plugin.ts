import type { Plugin, ViteDevServer } from 'vite';
import type { Course } from '../../course/schema/index.ts';
import { CourseInvalidError, loadValidCourse } from '../validate-course.ts';

export const COURSE_DATA_FILE = 'course-data.js';

/** The validated course as a classic script. Content ships apart from the app code. */
export function courseDataScript(course: Course): string {
  return `window.__COURSE__=${JSON.stringify(course).replace(/</g, '\\u003c')};\n`;
}

/** In the dev server: show content errors in the page itself, as text, so authors see them at once. */
function errorScript(lines: string[]): string {
  const text = JSON.stringify(`Kurset har feil i innholdet (npm run validate viser det samme):\n\n${lines.join('\n')}`);
  return `console.error(${text});document.addEventListener('DOMContentLoaded',function(){var a=document.getElementById('app');if(a){a.style.whiteSpace='pre-wrap';a.style.padding='1rem';a.style.fontFamily='monospace';a.textContent=${text};}});\n`;
}

async function devCourseData(server: ViteDevServer): Promise<string> {
  try {
    const course = await loadValidCourse(server.config.root, (path) => server.ssrLoadModule(path) as Promise<{ default?: unknown }>);
    return courseDataScript(course);
  } catch (error) {
    if (error instanceof CourseInvalidError) {
      server.config.logger.error(error.message);
      return errorScript(error.lines);
    }
    throw error;
  }
}

/**
 * Serves (dev) or emits (build) course-data.js and loads it before the app. In dev, any change
 * under course/ re-validates and reloads the page.
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
        devCourseData(server)
          .then((body) => {
            res.setHeader('content-type', 'text/javascript; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(body);
          })
          .catch(next);
      });
    },
    transformIndexHtml: {
      // 'post': after Vite has bundled the app script, so this classic script is left alone.
      order: 'post',
      handler: (html) => html.replace('<script type="module"', `<script src="./${COURSE_DATA_FILE}" defer></script>\n    <script type="module"`),
    },
    generateBundle() {
      if (!course) throw new Error('coursePlugin needs the validated course to build');
      this.emitFile({ type: 'asset', fileName: COURSE_DATA_FILE, source: courseDataScript(course) });
    },
  };
}
