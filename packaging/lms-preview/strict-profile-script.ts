import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * strict-profile.ts as a classic browser script that sets `window.StrictProfile` (with
 * applyStrictProfile and profileFromQuery), for the LMS pages of the e2e harness and of
 * `npm run preview:lms`. Compiled on request; never part of a package.
 */
export async function strictProfileScript(root: string): Promise<string> {
  const source = await readFile(join(root, 'packaging', 'lms-preview', 'strict-profile.ts'), 'utf8');
  const out = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } });
  return `(function () {\nvar exports = {};\n${out.outputText}\nwindow.StrictProfile = exports;\n})();\n`;
}
