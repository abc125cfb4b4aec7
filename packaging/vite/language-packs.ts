import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import type { Course, Locale } from '../../course/schema/index.ts';
import { namedIn } from './browser-catalogue.ts';

const I18N = fileURLToPath(new URL('../../src/app/i18n/', import.meta.url));

/** The file a pack is emitted as: assets/lang-<locale>-<hash>.js (page-assets.ts finds them by this name). */
export const PACK_FILE = /^assets\/lang-([a-z]{2,3})-[0-9a-f]{10}\.js$/;

/**
 * A language pack as one classic script: the pack-<locale>.ts object, set on
 * window.__COURSE_LANGUAGE_PACKS__ for load-language-pack.ts to take. No module, no eval, no
 * inline code: it runs from file:// and under `default-src 'self'` like the app script.
 */
export async function packScript(locale: Locale, minify = true, errorNames?: ReadonlySet<string>): Promise<string> {
  const result = await build({
    plugins: errorNames ? [onlyErrors(errorNames)] : [],
    stdin: {
      contents: `import { ${locale}Pack as pack } from './pack-${locale}.ts';\nconst w = window;\n(w.__COURSE_LANGUAGE_PACKS__ = w.__COURSE_LANGUAGE_PACKS__ || {}).${locale} = pack;\n`,
      resolveDir: I18N,
      sourcefile: `lang-${locale}.ts`,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify,
    legalComments: 'none',
    // Like the app script: UTF-8 as written (the page is UTF-8), not \xE5 escapes for every å.
    charset: 'utf8',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`language pack ${locale}: esbuild wrote nothing`);
  return out.text;
}

/**
 * The pack's learner messages cut to those its target's app script can show
 * (browser-catalogue.ts namedIn): the web version, for one, never says NO_LMS.
 */
function onlyErrors(names: ReadonlySet<string>): EsbuildPlugin {
  return {
    name: 'pack-errors',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]errors[\\/]learner-messages-(nn|en)\.ts$/ }, async (args) => {
        const locale = /learner-messages-(nn|en)\.ts$/.exec(args.path)?.[1] ?? '';
        const all = (await import(args.path)) as Record<string, Record<string, unknown> | undefined>;
        const messages = all[`${locale}Errors`];
        if (!messages) throw new Error(`${args.path} has no ${locale}Errors`);
        const kept = Object.fromEntries(Object.entries(messages).filter(([name]) => names.has(name)));
        return { contents: `export const ${locale}Errors = ${JSON.stringify(kept)};\n`, loader: 'js' };
      });
    },
  };
}

export const packFileName = (locale: Locale, code: string) => `assets/lang-${locale}-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;

/** Every language of the course comes as a pack, bokmål too: the app script holds only the start page's words. */
const packLocales = (course: Course | null): readonly Locale[] => course?.meta.languages ?? ['nb', 'nn', 'en'];

/**
 * Emits each course language as a pack beside the app script (build), or serves it unhashed
 * at assets/lang-<locale>.js (dev server, load-language-pack.ts's default name).
 */
export function languagePacks(course: Course | null): Plugin {
  return {
    name: 'language-packs',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const locale = /^\/assets\/lang-(nb|nn|en)\.js$/.exec(req.url?.split('?')[0] ?? '')?.[1] as Locale | undefined;
        if (!locale) return next();
        packScript(locale, false)
          .then((code) => {
            res.setHeader('content-type', 'text/javascript; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(code);
          })
          .catch(next);
      });
    },
    async generateBundle(_options, bundle) {
      const app = Object.values(bundle).map((f) => (f.type === 'chunk' ? f.code : '')).join('\n');
      const names = new Set(Object.keys(namedIn(app)));
      for (const locale of packLocales(course)) {
        const code = await packScript(locale, true, names);
        this.emitFile({ type: 'asset', fileName: packFileName(locale, code), source: code });
      }
    },
  };
}
