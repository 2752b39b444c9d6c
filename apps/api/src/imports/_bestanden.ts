/** Temporary files for the import package, which reads from a path: written from bytes, always removed. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/** The uploaded file's name without any path, control characters or excess length. */
export function veiligeNaam(naam: string): string {
  const schoon = basename(naam.replace(/\\/g, '/'))
    .replace(/[\p{Cc}"]/gu, '')
    .trim();
  return (schoon || 'contactlijst').slice(-200);
}

export const isWerkmap = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Runs fn with a folder holding `bytes` as a file (keeping the name's extension), and removes the folder after. */
export async function withBestand<T>(
  bytes: Uint8Array,
  naam: string,
  fn: (pad: string, map: string) => Promise<T>,
): Promise<T> {
  const map = await mkdtemp(join(tmpdir(), 'netwerkregie-api-'));
  try {
    const extensie = extname(naam)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')
      .slice(0, 10);
    const pad = join(map, `invoer${extensie}`);
    await writeFile(pad, bytes);
    return await fn(pad, map);
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}

/** A Content-Disposition value with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function bijlage(naam: string): string {
  const ascii = naam.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(naam)}`;
}
