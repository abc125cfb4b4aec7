import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { checkPackage, DEFAULT_MAX_SIZE, formatResult } from './check-package.ts';
import { loadSchemas } from './schema-source.ts';

const USAGE = `Bruk: npm run check-package -- <pakke.zip> [--max-size <MB>] [--json]
   eller: node check-package.mjs <pakke.zip> [--max-size <MB>] [--json]

Sjekker en kurspakke (SCORM 1.2, SCORM 2004, xAPI eller cmi5) før import i LMS-et.
Avslutter med kode 0 når alt er i orden, 1 ved problemer, 2 ved feil bruk.`;

/** The sheet the build writes beside a SCORM zip: <slug>-<version>.zip → <slug>-<version>-tracking.md. */
async function sheetBeside(zipPath: string): Promise<{ name: string; text: string } | null> {
  const path = zipPath.replace(/\.zip$/i, '-tracking.md');
  return path !== zipPath && existsSync(path) ? { name: basename(path), text: await readFile(path, 'utf8') } : null;
}

export async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let maxSize = DEFAULT_MAX_SIZE;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--max-size') {
      const mb = Number(argv[++i]);
      if (!(mb > 0)) {
        console.error(`--max-size trenger et tall i MB.\n\n${USAGE}`);
        return 2;
      }
      maxSize = mb * 1024 * 1024;
    } else if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else files.push(a);
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const schemas = await loadSchemas();
  let worst = 0;
  for (const file of files) {
    const path = resolve(file);
    let zip: Uint8Array;
    try {
      zip = new Uint8Array(await readFile(path));
    } catch (error) {
      console.error(`Kan ikke lese ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      worst = 2;
      continue;
    }
    const result = await checkPackage(zip, { fileName: basename(path), schemas, maxSize, trackingSheet: await sheetBeside(path) });
    console.log(json ? JSON.stringify(result, null, 2) : formatResult(result, basename(path)));
    if (files.length > 1) console.log('');
    if (result.problems.length) worst = Math.max(worst, 1);
  }
  return worst;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
