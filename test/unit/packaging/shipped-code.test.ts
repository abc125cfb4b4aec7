import { describe, expect, it } from 'vitest';
import { shippedCodeProblems } from '../../e2e/support/shipped-code.ts';

describe('shippedCodeProblems (what a package must never hold)', () => {
  it.each([
    ['index.html', 'throw new Error("Undefined component passed to createElement()\\n\\n"+e)', 1],
    ['index.html', 'window.__PREACT_DEVTOOLS__&&window.__PREACT_DEVTOOLS__.attachPreact("11",n,{})', 1],
    ['index.html', 'u(q,void 0,!1,{fileName:V,lineNumber:33,columnNumber:5},this)', 1],
    ['index.html', 'var e="/work/wt/x/src/app/app.tsx";', 1],
    ['index.html', 'var e=`/home/ola/kurs/src/app.tsx`;', 1],
    ['index.html', 'var e="/root/kurs/src/app.tsx";', 1],
    ['index.html', 'var e="C:\\\\Users\\\\ola\\\\kurs";', 1],
    ['assets/app.js.map', '{}', 1],
    ['app.js', 'x();\n//# sourceMappingURL=app.js.map', 1],
    ['index.html', 'var e="/srv/build-42/";', 1],
    // Not problems: URLs whose path happens to start like a home folder, and ordinary code.
    ['course-data.js', '{"href":"https://www.regjeringen.no/home/id1/"}', 0],
    ['index.html', 'function n(e){return e.children}', 0],
  ])('%s %s → %d', (name, text, n) => {
    expect(shippedCodeProblems(name, text, ['/srv/build-42'])).toHaveLength(n);
  });
});
