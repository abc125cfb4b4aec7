import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Unzips a built package into a fresh temp folder, as an LMS would on import. */
export async function unzipToTemp(zipPath: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pkg-'));
  const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const out = join(dir, name);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, data);
  }
  return dir;
}
