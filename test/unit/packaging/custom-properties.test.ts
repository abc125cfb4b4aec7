import { describe, expect, it } from 'vitest';
import { customPropertiesRead, shakeCustomProperties } from '../../../packaging/css/custom-properties.ts';

describe('custom properties nothing reads (theme stylesheet and critical CSS)', () => {
  it('keeps what a real property reads, through var() chains, fallbacks included', () => {
    const css = ':root{--a:var(--b);--b:var(--c,var(--d));--c:1px;--d:2px;--lonely:var(--c2);--c2:3px}.x{margin:var(--a)}';
    expect([...customPropertiesRead(css)].sort()).toEqual(['--a', '--b', '--c', '--d']);
  });

  it('keeps what the code reads or sets, and what that reads in turn', () => {
    const css = '.a{--x:1;--y:var(--x);--z:2;--w:3;--v:var(--w);color:var(--y)}.b{--u:5}.c{top:var(--q,0)}';
    expect(shakeCustomProperties(css, (name) => 'el.style.getPropertyValue("--v")'.includes(name))).toBe('.a{--x:1;--y:var(--x);--w:3;--v:var(--w);color:var(--y)}.b{}.c{top:var(--q,0)}');
  });

  it('drops a chain no real property reads, however long (one pass, not one level)', () => {
    expect(shakeCustomProperties('.a{--x:1;--y:var(--x);--z:var(--y);color:red}')).toBe('.a{color:red}');
  });

  it('cuts only those declarations: comments, !important and the rest stay byte for byte', () => {
    const css = '/*course-theme-tokens*/.a{--gone:1!important;color:var(--kept)!important}.b{--kept:red}@media print{.c{--gone2:0;content:"--gone:1"}}';
    expect(shakeCustomProperties(css)).toBe('/*course-theme-tokens*/.a{color:var(--kept)!important}.b{--kept:red}@media print{.c{content:"--gone:1"}}');
  });
});
