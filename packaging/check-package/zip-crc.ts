/**
 * fflate inflates without checking each entry's CRC-32, so a flipped byte in a stored file
 * would pass unnoticed. This reads the CRC-32 of every entry from the zip's central directory
 * (APPNOTE.TXT 4.3.12, 4.3.16) so the checker can compare it with what was unpacked.
 */
export function centralDirectoryCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, number>();
  // End of central directory: signature 0x06054b50, at most 22 + 65535 (comment) bytes from the end.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) throw new Error('broken central directory');
    const crc = view.getUint32(at + 16, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    out.set(decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)), crc);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, polynomial 0xEDB88320), as zip uses it. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[i] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
