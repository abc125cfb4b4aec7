import type { Plugin } from 'vite';
import type { CourseTheme } from '../theme/load-theme.ts';
import { shakeCustomProperties } from '../css/custom-properties.ts';
import { transformCss } from '../css/lightning.ts';
import { atDefaultSize } from '../theme/default-size.ts';
import { purgeComponents } from '../theme/purge-components.ts';
import { dropDeadFallbacks, inlineRootProperties, inlineTokens, shakeTokens, usedColors, usedTokens } from '../theme/shake-tokens.ts';

const JS_ID = 'virtual:course-theme';
const CSS_ID = 'virtual:course-theme.css';
const TOKENS_MARK = '/*course-theme-tokens*/';

/**
 * The chosen theme (packaging/theme/load-theme.ts) in the app: `virtual:course-theme` gives the
 * agency's name and logo; `virtual:course-theme.css` the Designsystemet tokens. In a build the
 * Designsystemet selectors the code never uses are dropped (purge-components.ts), and the custom
 * properties nothing reads any more; the tokens the stylesheet reads are shaken out of the theme
 * (shake-tokens.ts), fallbacks they make dead dropped, and tokens with one plain :root value
 * written into the rules that read them, then our own aliases of them likewise; what is still
 * read through var() goes first in the stylesheet.
 */
export function themePlugin(theme: CourseTheme): Plugin {
  let building = false;
  return {
    name: 'course-theme',
    // After Vite's own CSS plugin has written the stylesheet, so the tokens can be shaken against it.
    enforce: 'post',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      if (id === JS_ID) return `\0${JS_ID}`;
      if (id === CSS_ID) return `\0${CSS_ID}`.replace(/\.css$/, '') + '.css';
      return null;
    },
    load(id) {
      if (id === `\0${JS_ID}`) return `export const theme = ${JSON.stringify({ agency: theme.agency, logo: theme.logo })};`;
      if (id === `\0${CSS_ID}`) {
        // Dev server: every token of the light scheme (no bundle to shake against yet).
        if (!building) return shakeTokens(theme.tokens, new Set([...(theme.tokens.get(':root')?.keys() ?? [])]), new Set(theme.tokens.keys()));
        return TOKENS_MARK;
      }
      return null;
    },
    generateBundle(_options, bundle) {
      const code = Object.values(bundle).map((f) => (f.type === 'chunk' ? f.code : '')).join('\n');
      // No element sets data-size: every size token is at Designsystemet's default (md).
      const themeTokens = code.includes('data-size') ? theme.tokens : atDefaultSize(theme.tokens);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        // An unread custom property changes nothing; dropping it before the tokens are shaken also lets the tokens only it read go.
        const css = shakeCustomProperties(purgeComponents(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source), code), (name) => code.includes(name));
        const colors = new Set([...usedColors(css), ...usedColors(code)]);
        const shaken = shakeTokens(themeTokens, usedTokens(css), colors);
        const own = inlineRootProperties(inlineTokens(dropDeadFallbacks(css, shaken), shaken, code), code);
        const tokens = shakeTokens(themeTokens, usedTokens(own), colors);
        // The minifier may have dropped the comment: then the tokens go first.
        // Minified once more: values written in from tokens reduce (calc(1rem*4/18*1.125*2) is .5rem).
        file.source = transformCss(own.includes(TOKENS_MARK) ? own.replace(TOKENS_MARK, tokens) : tokens + own, {});
      }
    },
  };
}
