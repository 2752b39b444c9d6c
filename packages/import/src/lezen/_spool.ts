import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Cel } from '../types.js';
import type { RuweRij } from './types.js';

type Opgeslagen = Omit<RuweRij, 'cellen'> & { cellen: (Exclude<Cel, Date> | { d: string })[] };

/**
 * Raw rows of a sheet kept in a temporary file (one JSON line per row) until their turn comes:
 * for a workbook whose zip holds its sheets in another order than the workbook shows them.
 */
export class Rijenopslag {
  private map: string | undefined;
  private readonly bestanden = new Map<string, string>();

  async schrijf(blad: string, rijen: AsyncIterable<RuweRij>): Promise<void> {
    this.map ??= await mkdtemp(join(tmpdir(), 'netwerkregie-blad-'));
    const pad = join(this.map, `${this.bestanden.size}.jsonl`);
    this.bestanden.set(blad, pad);
    const uit = createWriteStream(pad, { encoding: 'utf8' });
    const klaar = once(uit, 'close');
    try {
      for await (const rij of rijen) {
        const opgeslagen: Opgeslagen = {
          ...rij,
          cellen: rij.cellen.map((c) => (c instanceof Date ? { d: c.toISOString() } : c)),
        };
        if (!uit.write(`${JSON.stringify(opgeslagen)}\n`)) await once(uit, 'drain');
      }
    } finally {
      uit.end();
      await klaar;
    }
  }

  heeft(blad: string): boolean {
    return this.bestanden.has(blad);
  }

  async *lees(blad: string): AsyncGenerator<RuweRij> {
    const pad = this.bestanden.get(blad);
    if (!pad) return;
    const invoer = createReadStream(pad, { encoding: 'utf8' });
    try {
      for await (const regel of createInterface({ input: invoer, crlfDelay: Number.POSITIVE_INFINITY })) {
        const opgeslagen = JSON.parse(regel) as Opgeslagen;
        yield {
          ...opgeslagen,
          cellen: opgeslagen.cellen.map((c) => (c !== null && typeof c === 'object' ? new Date(c.d) : c)),
        };
      }
    } finally {
      invoer.destroy();
    }
  }

  async ruimOp(): Promise<void> {
    if (this.map) await rm(this.map, { recursive: true, force: true });
  }
}
