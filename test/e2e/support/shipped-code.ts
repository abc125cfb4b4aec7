/**
 * What must never ship in a package: development builds of Preact (what a build under
 * NODE_ENV=test or development bundles), source maps, and absolute paths of the machine that
 * built it (jsx __source file names, bundler paths). One function, so the unit test can hold it
 * to samples and the e2e test can run it over every built package.
 */
const DEBUG_MARKERS = [
  'Undefined component passed to createElement', // preact/debug's checks
  'preact/debug',
  'preact/devtools',
  '__PREACT_DEVTOOLS__', // devtools hook
  'columnNumber:', // jsx-dev source locations ({fileName, lineNumber, columnNumber})
  'jsxDEV',
];

/** Typical roots of build machines; a path starts after a quote, space, "(" or "=" (so URLs like https://x.no/home/ don't count). */
const MACHINE_PATH = /(?<![\w.~:/-])(?:\/home\/|\/root\/|\/work\/|\/Users\/|\/tmp\/|[A-Z]:\\{1,2}Users\\{1,2})[\w.@-]+/g;

/** `extraPaths`: paths of this machine that must not appear verbatim (the repository root, the home folder). */
export function shippedCodeProblems(name: string, text: string, extraPaths: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (name.endsWith('.map')) problems.push(`${name}: a source map`);
  if (text.includes('sourceMappingURL=')) problems.push(`${name}: points to a source map (sourceMappingURL)`);
  for (const marker of DEBUG_MARKERS) if (text.includes(marker)) problems.push(`${name}: debug code ("${marker}")`);
  for (const path of extraPaths) if (path.length > 1 && text.includes(path)) problems.push(`${name}: a path of the build machine (${path})`);
  for (const m of text.matchAll(MACHINE_PATH)) problems.push(`${name}: an absolute path (${m[0]})`);
  return problems;
}
