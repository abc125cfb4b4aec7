import { describe, expect, it } from 'vitest';
import { criticalCss, pageFacts, styleHash } from '../../../packaging/critical-css.ts';

const PAGE = '<html lang="nb"><body><div id="app" hidden><header class="topbar brand"><a href="#/start" class="ds-button" data-variant="primary">Start</a></header><ul class="facts"><li>x</li></ul></div></body></html>';

describe('critical CSS: the rules the prerendered start page can use', () => {
  it('reads tags, classes, ids and attribute values from the markup (comments aside)', () => {
    const facts = pageFacts(`${PAGE}<!-- <p class="ghost"> -->`);
    expect([...facts.classes].sort()).toEqual(['brand', 'ds-button', 'facts', 'topbar']);
    expect([...facts.ids]).toEqual(['app']);
    expect(facts.tags.has('header') && facts.tags.has('li') && !facts.tags.has('p')).toBe(true);
    expect([...(facts.attributes.get('data-variant') ?? [])]).toEqual(['primary']);
    expect(facts.attributes.has('hidden')).toBe(true);
  });

  it('keeps a rule when every simple selector of one of its selectors is in the page, and drops the rest', () => {
    const css = [
      '.topbar .ds-button:hover{color:red}', // kept: both classes are there, :hover may come
      '.topbar,.nowhere{margin:0}', // kept: one selector of the list is enough
      '.results td{color:blue}', // dropped: no .results, no td
      '.ds-button[data-variant=secondary]{color:green}', // dropped: no such value
      '.ds-button[data-variant=primary]{color:#000}', // kept
      '.ds-button:is(.nowhere,[data-variant]){font-weight:700}', // kept: :is() needs one of its arguments
      '.ds-button:is(.nowhere,.gone){font-style:italic}', // dropped
      '#app[hidden]{display:block}', // kept
      'li:before{content:"x"}', // kept: pseudo-elements do not decide
      'dialog.confirm{border:0}', // dropped
    ].join('');
    expect(criticalCss(css, PAGE)).toBe(
      '.topbar .ds-button:hover{color:red}.topbar,.nowhere{margin:0}.ds-button[data-variant=primary]{color:#000}.ds-button:is(.nowhere,[data-variant]){font-weight:700}#app[hidden]{display:block}li:before{content:"x"}',
    );
  });

  it('keeps media blocks with what is left in them, drops emptied ones and @page, keeps layers and keyframes', () => {
    const css = '@layer ds.theme{:root{--a:1px}}@media (max-width:40rem){.facts{gap:var(--a)}.results{gap:0}}@media print{.results{display:none}}@page{margin:1cm}@keyframes spin{to{opacity:1}}';
    expect(criticalCss(css, PAGE)).toBe('@layer ds.theme{:root{--a:1px}}@media (max-width:40rem){.facts{gap:var(--a)}}@keyframes spin{to{opacity:1}}');
  });

  it('drops custom properties nothing kept reads, following var() chains', () => {
    const css = ':root{--used:var(--base);--base:4px;--lonely:1px;--only-elsewhere:2px}.facts{margin:var(--used)}.results{margin:var(--only-elsewhere)}';
    expect(criticalCss(css, PAGE)).toBe(':root{--used:var(--base);--base:4px}.facts{margin:var(--used)}');
  });

  it('keeps the selector forms browsers of the build target read (no range media queries for Safari 15.4)', () => {
    expect(criticalCss('@media (max-width:30rem){.facts{gap:0}}', PAGE)).toBe('@media (max-width:30rem){.facts{gap:0}}');
  });

  it('hashes a style element\'s text as CSP wants it (sha256, base64, quoted)', () => {
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
