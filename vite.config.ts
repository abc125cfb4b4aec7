import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import authored from './course/course.ts';
import type { Course } from './course/schema/index.ts';
import { cssTarget } from './packaging/css/browsers.ts';
import { bootMessage } from './packaging/vite/boot-message.ts';
import { browserCatalogue } from './packaging/vite/browser-catalogue.ts';
import { classicScripts } from './packaging/vite/classic-scripts.ts';
import { coursePlugin } from './packaging/vite/course-plugin.ts';
import { languagePacks } from './packaging/vite/language-packs.ts';
import { themePlugin } from './packaging/vite/theme-plugin.ts';
import { loadTheme, themeName } from './packaging/theme/load-theme.ts';
import { TARGETS, type Target } from './packaging/targets.ts';

export interface ViteOptions {
  target: Target;
  /** The validated course; required for builds, loaded live in the dev server. */
  course: Course | null;
  outDir?: string;
  /** The theme folder under course/themes/ (default: `--theme=`, COURSE_THEME, the course's `theme`, else 'standard'). */
  theme?: string;
}

/** One config for every target: `#tracker` picks the adapter, so the others are never bundled. */
export function viteConfig({ target, course, outDir, theme }: ViteOptions): UserConfig {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    root,
    base: './',
    logLevel: 'warn',
    plugins: [preact(), browserCatalogue(), coursePlugin(course), themePlugin(loadTheme(root, theme ?? themeName(process.env, process.argv, (course?.meta ?? authored).theme))), bootMessage(), classicScripts(), languagePacks(course)],
    define: { __COURSE_TARGET__: JSON.stringify(target) },
    resolve: { alias: { '#tracker': fileURLToPath(new URL(`./src/tracking/targets/${target}.ts`, import.meta.url)) } },
    build: {
      outDir: outDir ?? `dist/.stage/${target}`,
      emptyOutDir: true,
      target: 'es2020',
      cssTarget,
      modulePreload: false,
      cssCodeSplit: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'iife', entryFileNames: 'assets/app-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' } },
    },
  };
}

const envTarget = process.env.COURSE_TARGET ?? 'web';
export default defineConfig(viteConfig({ target: (TARGETS as readonly string[]).includes(envTarget) ? (envTarget as Target) : 'web', course: null }));
