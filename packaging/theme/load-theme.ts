import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { optimize } from 'svgo';
import { readTokens, type TokenScopes } from './shake-tokens.ts';
import { contrastProblems } from './theme-contrast.ts';

/**
 * A course theme: `course/themes/<name>/` with `theme.json` (the agency's name and the
 * Designsystemet token files to read, in order), the token CSS itself and `logo.svg`.
 * An agency names its theme in course/course.ts (`theme`), or a build picks one with
 * `COURSE_THEME=<name>` (or `npm run build -- --theme=<name>`): no code changes. A theme whose colours fall short of WCAG 2.1 AA is refused (theme-contrast.ts).
 */
export interface CourseTheme {
  name: string;
  /** The agency's name as people read it, per language (a string means every language). */
  agency: { nb: string; nn?: string; en?: string };
  /** The logo as inline SVG markup, optimised; no style attributes (strict CSP). */
  logo: string;
  tokens: TokenScopes;
}

export const DEFAULT_THEME = 'standard';

/** The theme a build uses: `--theme=`, else COURSE_THEME, else the course's own (`theme` in course/course.ts), else the standard one. */
export function themeName(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv, course?: string): string {
  const arg = argv.find((a) => a.startsWith('--theme='));
  return arg?.slice('--theme='.length) || env.COURSE_THEME || course || DEFAULT_THEME;
}

interface ThemeFile {
  agency: string | { nb: string; nn?: string; en?: string };
  /** Paths relative to the theme folder, or package paths (`@digdir/designsystemet-theme/…`). */
  tokens: string[];
}

function isThemeFile(v: unknown): v is ThemeFile {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  const agency = o.agency;
  const agencyOk = typeof agency === 'string' || (!!agency && typeof agency === 'object' && typeof (agency as Record<string, unknown>).nb === 'string');
  return agencyOk && Array.isArray(o.tokens) && o.tokens.every((t) => typeof t === 'string');
}

export function loadTheme(root: string, name: string): CourseTheme {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`theme name "${name}": use lower-case letters, digits and hyphens (a folder under course/themes/)`);
  const dir = resolve(root, 'course', 'themes', name);
  const file = join(dir, 'theme.json');
  if (!existsSync(file)) throw new Error(`theme "${name}" (theme in course/course.ts, COURSE_THEME or --theme=): ${file} is missing (course/themes/<name>/theme.json)`);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isThemeFile(parsed)) throw new Error(`theme "${name}": theme.json needs "agency" (text or { nb, nn, en }) and "tokens" (a list of CSS files)`);
  const require = createRequire(resolve(root, 'package.json'));
  const tokens: TokenScopes = new Map();
  for (const t of parsed.tokens) {
    const path = t.startsWith('@') ? require.resolve(t) : resolve(dir, t);
    readTokens(readFileSync(path, 'utf8'), tokens);
  }
  const problems = contrastProblems(tokens);
  if (problems.length) throw new Error(`theme "${name}": colours below WCAG 2.1 AA contrast [THEME_CONTRAST] (course/themes/${name}/):\n  ${problems.join('\n  ')}`);
  const svg = readFileSync(join(dir, 'logo.svg'), 'utf8');
  const logo = optimize(svg, { multipass: true, plugins: ['preset-default', 'convertStyleToAttrs', 'removeDimensions'] }).data;
  if (/\sstyle\s*=|<style|<script|\son[a-z]+\s*=|href\s*=\s*["'](?!#)/i.test(logo)) throw new Error(`theme "${name}": logo.svg must not have style, script, event handlers or external references (strict CSP)`);
  const agency = typeof parsed.agency === 'string' ? { nb: parsed.agency } : parsed.agency;
  return { name, agency, logo, tokens };
}
