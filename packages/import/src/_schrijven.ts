import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { neutraliseer } from './neutraliseren.js';

/** UTF-8 byte order mark: Excel then opens a CSV as UTF-8. */
export const BOM = '\uFEFF';
const MOET_AANHALINGSTEKENS = /[";\r\n]|^\s|\s$/;

/** One CSV line (`;`-separated, CRLF), every value neutralised against formula injection. */
export function csvRegel(waarden: readonly string[]): string {
  return `${waarden
    .map((waarde) => {
      const veilig = neutraliseer(waarde);
      return MOET_AANHALINGSTEKENS.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
    })
    .join(';')}\r\n`;
}

/**
 * Writes `uit` through a temporary file beside it and renames it at the end, so that a failure
 * never leaves half a file under the name the user asked for.
 */
export async function schrijfVeilig(uit: string, schrijf: (tijdelijk: string) => Promise<void>): Promise<void> {
  const tijdelijk = join(dirname(uit), `.${basename(uit)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await schrijf(tijdelijk);
    await rename(tijdelijk, uit);
  } catch (fout) {
    await rm(tijdelijk, { force: true });
    throw fout;
  }
}

/** Writes text lines to a file stream, waiting when its buffer is full. */
export class Regelschrijver {
  private readonly stroom: WriteStream;
  private fout: unknown;

  constructor(pad: string) {
    this.stroom = createWriteStream(pad, { encoding: 'utf8' });
    this.stroom.on('error', (fout) => {
      this.fout = fout;
    });
  }

  async schrijf(tekst: string): Promise<void> {
    if (this.fout) throw this.fout;
    if (!this.stroom.write(tekst)) await Promise.race([once(this.stroom, 'drain'), once(this.stroom, 'close')]);
    if (this.fout) throw this.fout;
  }

  async sluit(): Promise<void> {
    if (this.fout) throw this.fout;
    this.stroom.end();
    await once(this.stroom, 'close').catch(() => undefined);
    if (this.fout) throw this.fout;
  }
}
