/**
 * The reading worker thread (see leesrijen.ts): reads, maps, normalises and validates a file's rows
 * and posts them in batches, while the planning thread matches the batches before. It runs ahead by
 * a few batches at most (the planning thread hands out credit), so memory stays flat however far the
 * matching lags.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Gemeente } from '@netwerkregie/domain';
import { BestandsFout } from '../fouten.js';
import { Bron } from '../lezen/_bron.js';
import type { Bestandssoort } from '../lezen/soort.js';
import { readBron } from '../mappen/bestand.js';
import { type Partij, PartijSchrijver } from './_rijcodering.js';
import { normalizeRij } from './rij.js';

/** What the worker is started with. */
export interface WerkerOpdracht {
  invoer: ({ pad: string } | { bytes: Uint8Array }) & { naam: string; soort?: Bestandssoort; maxBytes?: number };
  gemeente: Gemeente;
  blad?: string;
  /** Rows per batch. */
  partij: number;
  /** Batches posted before the first credit comes back. */
  vooruit: number;
}

/** What the worker posts. */
export type WerkerBericht =
  | { soort: 'partij'; partij: Partij }
  | { soort: 'klaar' }
  | { soort: 'fout'; naam: string; melding: string; code?: string; stack?: string };

/** What the planning thread posts: credit for one more batch. */
export type WerkerKrediet = { soort: 'meer' };

const poort = parentPort!;
const opdracht = workerData as WerkerOpdracht;
let krediet = opdracht.vooruit;
let wacht: (() => void) | null = null;
poort.on('message', (_: WerkerKrediet) => {
  krediet++;
  wacht?.();
  wacht = null;
});

async function verstuur(schrijver: PartijSchrijver): Promise<void> {
  if (krediet === 0) await new Promise<void>((klaar) => (wacht = klaar));
  krediet--;
  const partij = schrijver.neem();
  poort.postMessage({ soort: 'partij', partij } satisfies WerkerBericht, [partij.getallen.buffer as ArrayBuffer]);
}

async function lees(): Promise<void> {
  const { gemeente } = opdracht;
  const bron = Bron.van(opdracht.invoer);
  const schrijver = new PartijSchrijver(opdracht.partij);
  try {
    for await (const g of readBron(bron, {
      gemeente,
      ...(opdracht.blad !== undefined ? { blad: opdracht.blad } : {}),
    })) {
      if (g.soort === 'rij') {
        schrijver.rij(normalizeRij(g.rij, gemeente));
        if (schrijver.rijen >= opdracht.partij) await verstuur(schrijver);
      } else {
        schrijver.gebeurtenis(g);
        // A sheet's header is announced at once (the caller's `bijBlad`), not with the batch's end.
        if (g.soort === 'blad') await verstuur(schrijver);
      }
    }
    if (!schrijver.leeg) await verstuur(schrijver);
    poort.postMessage({ soort: 'klaar' } satisfies WerkerBericht);
  } finally {
    await bron.close();
  }
}

lees().catch((fout: unknown) => {
  const e = fout instanceof Error ? fout : new Error(String(fout));
  poort.postMessage({
    soort: 'fout',
    naam: e.name,
    melding: e.message,
    ...(fout instanceof BestandsFout ? { code: fout.code } : {}),
    ...(e.stack ? { stack: e.stack } : {}),
  } satisfies WerkerBericht);
});
