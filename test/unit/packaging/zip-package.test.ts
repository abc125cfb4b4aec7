import { describe, expect, it } from 'vitest';
import { remoteReferences } from '../../../packaging/zip-package.ts';

describe('remoteReferences (no request to another origin at run time)', () => {
  it.each([
    ['index.html', '<script src="https://cdn.example/x.js"></script>', 1],
    ['a.html', '<img src="https://x.example/a.png">', 1],
    ['a.html', '<a href="//x.example">', 1],
    ['index.html', '<script defer src="assets/app.js"></script><link href="//fonts.example/f.css">', 1],
    ['a.css', 'b{background:url("http://x.example/i.png")}', 1],
    ['assets/app.css', 'a{background:url(https://x.example/i.png)}', 1],
    ['a.css', '@import "https://x.example/f.css";', 1],
    ['assets/app.css', 'a{background:url(img/i.png)}', 0],
    ['a.html', '<script src="./assets/app.js"></script><a href="#top">', 0],
    // Scripts and inline data may hold IRIs (course and activity ids) that are never fetched.
    ['a.js', 'const u = "https://example.org";', 0],
    ['index.html', '<script>window.__COURSE_META__={"id":"https://kurs.example/x"};</script>', 0],
  ])('%s %s → %d', (name, text, n) => {
    expect(remoteReferences(name, text)).toHaveLength(n);
  });
});
