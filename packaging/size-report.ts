import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  file: string;
  bytes: number;
  gzip: number;
}

export async function measure(root: string, files: string[]): Promise<SizeRow[]> {
  return Promise.all(
    files.map(async (f) => {
      const data = await readFile(f);
      const gzip = /\.zip$/.test(f) ? (await stat(f)).size : gzipSync(data, { level: 9 }).length;
      return { file: relative(root, f), bytes: data.length, gzip };
    }),
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatSizes(rows: SizeRow[]): string {
  const width = Math.max(...rows.map((r) => r.file.length), 4);
  return rows.map((r) => `  ${r.file.padEnd(width)}  ${kb(r.bytes).padStart(9)}  ${/\.zip$/.test(r.file) ? '' : `${kb(r.gzip).padStart(9)} gzip`}`).join('\n');
}
