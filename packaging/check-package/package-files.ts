import { unzipSync } from 'fflate';
import { centralDirectoryCrcs, crc32 } from './zip-crc.ts';

/** The files of a package zip: name (forward slashes, no folders) → bytes. */
export interface PackageFiles {
  files: Map<string, Uint8Array>;
  /** Bytes of the zip itself and of everything in it unpacked. */
  zipBytes: number;
  unpackedBytes: number;
  /** Entry names that would land outside the folder the LMS unpacks into. */
  unsafe: string[];
}

/** Absolute paths, drive letters, ".." segments and backslashes ("zip slip"). */
export function unsafePath(name: string): boolean {
  return name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.split('/').includes('..');
}

/** Reads a zip; throws on anything that is not a readable zip, a damaged entry included (CRC-32). */
export function readPackage(zip: Uint8Array): PackageFiles {
  const entries = unzipSync(zip);
  const crcs = centralDirectoryCrcs(zip);
  const files = new Map<string, Uint8Array>();
  const unsafe: string[] = [];
  let unpackedBytes = 0;
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    if (crcs.get(name) !== crc32(data)) throw new Error(`${name} is damaged (CRC-32 does not match)`);
    if (unsafePath(name)) unsafe.push(name);
    files.set(name, data);
    unpackedBytes += data.length;
  }
  return { files, zipBytes: zip.length, unpackedBytes, unsafe };
}

export const text = (data: Uint8Array | undefined): string | null => (data ? new TextDecoder().decode(data) : null);
