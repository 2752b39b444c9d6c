/**
 * Read -> map -> normalise -> validate for the plan, on the second core: a worker thread
 * (`_leeswerker.ts`) does the four stages and posts the rows in batches, while the calling thread
 * matches them against the file so far and the store. The events and rows are the same as reading in
 * the calling thread gives, in the same order; a `BestandsFout` from the worker is thrown here with its
 * code and Dutch message. The worker is stopped when the reading ends, fails, or the caller stops
 * early (the generator's `return`), so it never keeps the process alive.
 *
 * Read in the calling thread instead: a stream (its bytes arrive here; the worker would only copy
 * them on), a small file (starting a worker and loading the package in it costs more than it saves,
 * see docs/BENCHMARKS.md), and when the worker's built file is missing (tests of the sources before a
 * build).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Gemeente } from '@netwerkregie/domain';
import { BestandsFout, type Foutcode } from '../fouten.js';
import type { Bron } from '../lezen/_bron.js';
import type { Invoer } from '../lezen/invoer.js';
import { readBron } from '../mappen/bestand.js';
import type { WerkerBericht, WerkerKrediet, WerkerOpdracht } from './_leeswerker.js';
import { type GenormaliseerdeGebeurtenis, PartijLezer } from './_rijcodering.js';
import { normalizeRij } from './rij.js';

export type { GenormaliseerdeGebeurtenis } from './_rijcodering.js';

export interface LeesrijenOpties {
  gemeente: Gemeente;
  blad?: string | undefined;
  /** Inputs smaller than this many bytes are read in the calling thread (default `DREMPEL` by kind). */
  drempel?: number;
}

/**
 * Below these sizes a file is read in the calling thread. Starting the worker costs about 0.4 CPU
 * seconds (loading the package's modules and the phone metadata in it) before its first batch, during
 * which the calling thread waits; reading in place costs about 15 µs a CSV row (some 220 bytes) and
 * 40 µs a workbook row (some 90 bytes). So the worker pays from about 30,000 CSV rows and 10,000
 * workbook rows (docs/BENCHMARKS.md, "Issue 18: reading in a worker thread").
 */
export const DREMPEL = { csv: 8 << 20, xlsx: 2 << 20 } as const;
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Rows per batch: large enough that a message's fixed cost vanishes, small enough to keep memory flat. */
const PARTIJ = 2000;
/** Batches the worker may run ahead of the matching. */
const VOORUIT = 4;

/**
 * The input's events with every row normalised. `bron` is the opened input (its size is checked
 * here); `invoer` the same input as given, which the worker opens itself.
 */
export async function* leesRijen(
  bron: Bron,
  invoer: Exclude<Invoer, string>,
  opties: LeesrijenOpties,
): AsyncGenerator<GenormaliseerdeGebeurtenis> {
  const { gemeente } = opties;
  const blad = opties.blad ? { blad: opties.blad } : {};
  const grootte = bron.isStroom ? undefined : await bron.grootte();
  const bestand = werkerBestand();
  if (grootte === undefined || grootte < (await drempel(bron, opties.drempel)) || !bestand || 'stroom' in invoer) {
    for await (const g of readBron(bron, { gemeente, ...blad })) {
      yield g.soort === 'rij' ? { soort: 'rij', rij: normalizeRij(g.rij, gemeente) } : g;
    }
    return;
  }
  const bronInvoer = 'pad' in invoer ? { pad: invoer.pad } : { bytes: invoer.bytes };
  const opdracht: WerkerOpdracht = {
    invoer: {
      ...bronInvoer,
      naam: bron.naam,
      ...(invoer.soort !== undefined ? { soort: invoer.soort } : {}),
      ...(invoer.maxBytes !== undefined ? { maxBytes: invoer.maxBytes } : {}),
    },
    gemeente,
    ...blad,
    partij: PARTIJ,
    vooruit: VOORUIT,
  };
  yield* viaWerker(bestand, opdracht);
}

async function* viaWerker(bestand: URL, opdracht: WerkerOpdracht): AsyncGenerator<GenormaliseerdeGebeurtenis> {
  const worker = startWerker(bestand, opdracht);
  const berichten: WerkerBericht[] = [];
  let gestopt: Error | null = null;
  let wekker: (() => void) | null = null;
  const wek = () => {
    wekker?.();
    wekker = null;
  };
  worker.on('message', (b: WerkerBericht) => {
    berichten.push(b);
    wek();
  });
  worker.on('error', (fout) => {
    gestopt ??= fout;
    wek();
  });
  worker.on('exit', (code) => {
    gestopt ??= new Error(`De leeswerker is gestopt (code ${code}).`);
    wek();
  });
  const lezer = new PartijLezer();
  try {
    for (;;) {
      const b = berichten.shift();
      if (!b) {
        if (gestopt) throw gestopt;
        await new Promise<void>((klaar) => (wekker = klaar));
        continue;
      }
      if (b.soort === 'klaar') return;
      if (b.soort === 'fout') throw alsFout(b);
      yield* lezer.lees(b.partij);
      worker.postMessage({ soort: 'meer' } satisfies WerkerKrediet);
    }
  } finally {
    await worker.terminate();
  }
}

/** The size from which the worker pays, by the input's kind (a zip is a workbook, as `soortVan` decides). */
async function drempel(bron: Bron, gegeven: number | undefined): Promise<number> {
  if (gegeven !== undefined) return gegeven;
  return (await bron.kop(4)).equals(ZIP) ? DREMPEL.xlsx : DREMPEL.csv;
}

/**
 * The worker with the process's flags where it accepts them: a V8 flag such as `--max-old-space-size`
 * (which applies to the worker anyway) makes the constructor throw, and then it starts without flags.
 */
function startWerker(bestand: URL, opdracht: WerkerOpdracht): Worker {
  try {
    return new Worker(bestand, { workerData: opdracht, execArgv: zonderCondities(process.execArgv) });
  } catch (fout) {
    if ((fout as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw fout;
    return new Worker(bestand, { workerData: opdracht, execArgv: [] });
  }
}

/** The worker's error as the calling thread would have thrown it. */
function alsFout(b: Extract<WerkerBericht, { soort: 'fout' }>): Error {
  let fout: Error;
  if (b.code !== undefined) fout = new BestandsFout(b.code as Foutcode, b.melding);
  else {
    fout = new Error(b.melding);
    if (b.naam !== 'Error') fout.name = b.naam;
  }
  if (b.stack) fout.stack = b.stack;
  return fout;
}

/**
 * The worker's file: beside the bundle once built (tsup puts both in dist/); under vitest, which runs
 * the TypeScript sources, the built one when there is one.
 */
export function werkerBestand(): URL | null {
  const hier = import.meta.url;
  const bestand = hier.endsWith('.ts') ? new URL('../../dist/_leeswerker.js', hier) : new URL('./_leeswerker.js', hier);
  return existsSync(fileURLToPath(bestand)) ? bestand : null;
}

/**
 * The process's flags without those a worker must not inherit: a test runner's resolve conditions (the
 * worker runs built code, and a condition for TypeScript sources would send its imports to `.ts` files
 * it cannot load) and the flags of a script given on the command line (`-e`, `--input-type`), which a
 * worker refuses to start with.
 */
function zonderCondities(argv: readonly string[]): string[] {
  const uit: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (['--conditions', '-C', '--input-type', '-e', '--eval', '-p', '--print'].includes(a)) i++;
    else if (!/^--(conditions|input-type|eval|print)=/.test(a)) uit.push(a);
  }
  return uit;
}
