import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BestandsFout } from '../fouten.js';

/** Size of a file, with I/O failures as `BestandsFout`. */
export async function bestandsgrootte(pad: string): Promise<number> {
  try {
    const info = await stat(pad);
    if (!info.isFile()) throw new BestandsFout('bestand.niet-gevonden', `"${basename(pad)}" is geen bestand.`);
    return info.size;
  } catch (fout) {
    throw alsBestandsFout(fout, pad);
  }
}

/** The first `n` bytes of a file (fewer when it is shorter). */
export function leesKop(pad: string, n: number): Promise<Buffer> {
  return leesStuk(pad, 0, n);
}

/** `n` bytes of a file from `positie` (fewer at its end). */
export async function leesStuk(pad: string, positie: number, n: number): Promise<Buffer> {
  try {
    const handle = await open(pad, 'r');
    try {
      const buffer = Buffer.alloc(n);
      const { bytesRead } = await handle.read(buffer, 0, n, positie);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (fout) {
    throw alsBestandsFout(fout, pad);
  }
}

/** Which of the byte patterns occur anywhere in the file (indexes into `patronen`), read in chunks. */
export async function bevat(pad: string, patronen: readonly Buffer[]): Promise<Set<number>> {
  const gevonden = new Set<number>();
  const overlap = Math.max(...patronen.map((p) => p.length));
  let staart = Buffer.alloc(0);
  try {
    for await (const stuk of createReadStream(pad, { highWaterMark: 1 << 20 })) {
      const venster = Buffer.concat([staart, stuk as Buffer]);
      patronen.forEach((patroon, i) => {
        if (venster.includes(patroon)) gevonden.add(i);
      });
      if (gevonden.size === patronen.length) break;
      staart = venster.subarray(Math.max(0, venster.length - overlap));
    }
  } catch (fout) {
    throw alsBestandsFout(fout, pad);
  }
  return gevonden;
}

/** Turns an I/O error (one with an errno code) into a `BestandsFout`; anything else passes unchanged. */
export function alsBestandsFout(fout: unknown, pad: string): unknown {
  if (fout instanceof BestandsFout) return fout;
  const code = (fout as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return fout;
  const naam = basename(pad);
  if (code === 'ENOENT') return new BestandsFout('bestand.niet-gevonden', `Het bestand "${naam}" bestaat niet.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new BestandsFout('bestand.niet-gevonden', `Het bestand "${naam}" mag niet worden gelezen.`, { cause: fout });
  }
  if (code === 'EISDIR') return new BestandsFout('bestand.niet-gevonden', `"${naam}" is een map, geen bestand.`);
  return new BestandsFout('bestand.onleesbaar', `Het bestand "${naam}" kon niet worden gelezen (${code}).`, {
    cause: fout,
  });
}
