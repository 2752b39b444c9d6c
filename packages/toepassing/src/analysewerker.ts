/**
 * The network analysis off the event loop: a worker thread (`_analysewerker.ts`) reads the snapshot
 * through its own connection and runs graphology there, so a server keeps answering while it computes.
 * Answers are kept per store, view, peildatum, question and store version (`store.versie()`): asked again
 * before the store changed, the same answer comes back without work; asked while it is being computed,
 * the caller waits for that same computation; after a change (in this process or another) it is computed
 * anew.
 *
 * Why the worker opens the store itself instead of receiving the snapshot: a snapshot of 50,000 persons
 * takes the main thread about 2 s to read and as long again to copy to the worker, and both copies would
 * be alive at once. A store the worker cannot open (an in-memory database) is analysed in the calling
 * thread, with the same code and the same cache.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Gemeente } from '@netwerkregie/domain';
import type { OpenOpties, Store } from '@netwerkregie/store';
import { type AnalyseAntwoord, type AnalyseVraag, Berekening, beantwoordVraag } from './_analysevragen.js';
import type { WerkerAntwoord, WerkerVraag } from './_analysewerker.js';
import { analysePakket } from './trend.js';

export type { AnalyseVraag } from './_analysevragen.js';

export interface AnalyseUitkomst extends AnalyseAntwoord {
  /** The ids of the persons in the snapshot the answer came from (the call's data subjects, for audit). */
  betrokkenen: string[];
  /** The store version the answer holds for: its snapshot was read at this version or later. */
  versie: number;
  /** How long computing it took (ms): reading the snapshot and the analysis, not loading the package. */
  ms: number;
}

export interface AnalyseOpties {
  /** ISO date; default today (UTC, as the store's snapshot). */
  peildatum?: string | undefined;
  /**
   * How the worker opens the same store (PostgreSQL: with its password). Default: a SQLite store's own
   * file; an in-memory store, or PostgreSQL without this, is analysed in the calling thread.
   */
  bron?: OpenOpties | undefined;
}

/** Answers kept at once (the oldest goes first); a map with positions of 50,000 persons is tens of MB. */
const ANTWOORDEN = 16;

/** Equal lists of data subjects are kept once: at 50,000 persons each is a few MB, and most answers share one. */
function deel(bekend: string[] | undefined, nieuw: string[]): string[] {
  if (!bekend || bekend.length !== nieuw.length) return nieuw;
  for (let i = 0; i < nieuw.length; i++) if (bekend[i] !== nieuw[i]) return nieuw;
  return bekend;
}

/**
 * The worker's file: beside this module once built (tsup puts both in dist/); under vitest, which runs
 * the TypeScript sources, the built one (the test task depends on the build).
 */
function werkerBestand(): URL {
  const hier = import.meta.url;
  return hier.endsWith('.ts') ? new URL('../dist/_analysewerker.js', hier) : new URL('./_analysewerker.js', hier);
}

/**
 * The worker with the process's flags where it accepts them: a process-wide V8 flag such as the
 * server's `--max-semi-space-size` (`npm start`) makes the constructor throw, and then it starts
 * without flags (its heap is sized by `resourceLimits` anyway).
 */
function startWerker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  try {
    return new Worker(werkerBestand(), { execArgv: zonderCondities(process.execArgv), resourceLimits });
  } catch (fout) {
    if ((fout as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw fout;
    return new Worker(werkerBestand(), { execArgv: [], resourceLimits });
  }
}

const bronnen = new Map<string, OpenOpties>();
const bronSleutel = (store: Store) => `${store.gemeente}\0${store.pad}`;

/**
 * Remembers how this store was opened (PostgreSQL: with its password), for the worker to open it too;
 * holds for every view of it (`withZicht`) and every call that does not pass `bron` itself.
 */
export function rememberBron(store: Store, bron: OpenOpties): void {
  bronnen.set(bronSleutel(store), bron);
}

/**
 * How the worker opens this store: as remembered (`rememberBron`), else a SQLite file by its path; null
 * when it cannot (an in-memory database; PostgreSQL not remembered).
 */
export function bronVan(store: Store): OpenOpties | null {
  const bekend = bronnen.get(bronSleutel(store));
  if (bekend) return bekend;
  return isAbsolute(store.pad) && existsSync(store.pad) ? { gemeente: store.gemeente, pad: store.pad } : null;
}

/**
 * The process's flags without its resolve conditions: the worker runs built code, and a test runner's
 * condition for TypeScript sources would send its imports to `.ts` files it cannot load.
 */
function zonderCondities(argv: readonly string[]): string[] {
  const uit: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--conditions' || a === '-C') i++;
    else if (!a.startsWith('--conditions=')) uit.push(a);
  }
  return uit;
}

const vandaag = (): string => new Date().toISOString().slice(0, 10);

/**
 * The worker's old-generation heap limit (MB). Measured with bench/analyse-heap.mjs (docs/BENCHMARKS.md,
 * "The analysis call's audit cost and the worker's memory"): the 50,050-person benchmark network, read
 * twice (a new snapshot while the previous one still answers), did not fit in 320 MB and fitted in 384;
 * twice that leaves room for a larger gemeente and keeps V8 from collecting all the time near the limit.
 * Under it V8 collects replaced snapshots sooner instead of growing; at it the worker stops with a clear
 * answer. `NETWERKREGIE_ANALYSE_HEAP_MB` overrides it.
 */
export const STANDAARD_HEAP_MB = 768;

function heapUitOmgeving(): number {
  const waarde = Number(process.env.NETWERKREGIE_ANALYSE_HEAP_MB);
  return Number.isFinite(waarde) && waarde > 0 ? waarde : STANDAARD_HEAP_MB;
}

/**
 * The analysis did not fit in the worker's heap limit: the worker stopped and the next question starts a
 * new one. Recognised by name (`AnalyseGeheugenFout`) and `code` (`analyse.geheugen`).
 */
export class AnalyseGeheugenFout extends Error {
  readonly code = 'analyse.geheugen';
  constructor(readonly heapMb: number) {
    super(
      `De analyse past niet in het geheugen van de analysewerker (${heapMb} MB); de werker is opnieuw gestart. ` +
        'Probeer het later opnieuw, of laat de beheerder NETWERKREGIE_ANALYSE_HEAP_MB verhogen.',
    );
    this.name = 'AnalyseGeheugenFout';
  }
}

export interface AnalysewerkerOpties {
  /** The worker's heap limit in MB (resourceLimits.maxOldGenerationSizeMb); default as above. */
  heapMb?: number;
}

export class Analysewerker {
  readonly #heapMb: number;
  #worker: Worker | null = null;
  #volgende = 0;
  readonly #wachtend = new Map<number, { klaar: (a: WerkerAntwoord) => void; fout: (e: Error) => void }>();
  readonly #antwoorden = new Map<string, { versie: number; uitkomst: Promise<AnalyseUitkomst> }>();
  readonly #betrokkenen = new Map<string, string[]>();
  #berekeningen = 0;

  constructor(opties: AnalysewerkerOpties = {}) {
    this.#heapMb = opties.heapMb ?? heapUitOmgeving();
  }

  /** How many answers were computed (not taken from the cache) since this worker was made. */
  get berekeningen(): number {
    return this.#berekeningen;
  }

  /**
   * The answer to `vraag` for the store's current version, through the store's own view (a `lezer`'s
   * store sees the formal network only, and so does its analysis).
   */
  async beantwoord(
    store: Store,
    gemeente: Gemeente,
    vraag: AnalyseVraag,
    opties: AnalyseOpties = {},
  ): Promise<AnalyseUitkomst> {
    const peildatum = opties.peildatum ?? vandaag();
    // Read before the snapshot: the snapshot is at least this new, so the answer holds for this version.
    const versie = await store.versie();
    const sleutel = JSON.stringify([store.gemeente, store.pad, store.zicht, peildatum, vraag]);
    const bekend = this.#antwoorden.get(sleutel);
    if (bekend && bekend.versie >= versie) {
      this.#antwoorden.delete(sleutel);
      this.#antwoorden.set(sleutel, bekend);
      return bekend.uitkomst;
    }
    this.#berekeningen += 1;
    const bron = opties.bron ?? bronVan(store);
    const reeks = JSON.stringify([store.gemeente, store.pad, store.zicht, peildatum]);
    const uitkomst = (
      bron
        ? this.#vraagWerker({ bron, gemeente, zicht: store.zicht, peildatum, versie, vraag })
        : this.#hier(store, gemeente, peildatum, versie, vraag)
    ).then((u) => {
      const gedeeld = deel(this.#betrokkenen.get(reeks), u.betrokkenen);
      this.#betrokkenen.delete(reeks);
      this.#betrokkenen.set(reeks, gedeeld);
      if (this.#betrokkenen.size > 4) this.#betrokkenen.delete(this.#betrokkenen.keys().next().value as string);
      return { ...u, betrokkenen: gedeeld };
    });
    const nieuw = { versie, uitkomst };
    this.#antwoorden.delete(sleutel);
    this.#antwoorden.set(sleutel, nieuw);
    uitkomst.catch(() => {
      if (this.#antwoorden.get(sleutel) === nieuw) this.#antwoorden.delete(sleutel);
    });
    while (this.#antwoorden.size > ANTWOORDEN) this.#antwoorden.delete(this.#antwoorden.keys().next().value as string);
    return uitkomst;
  }

  /** Stops the worker (closing its stores); a later question starts a new one. */
  async close(): Promise<void> {
    this.#antwoorden.clear();
    this.#betrokkenen.clear();
    const w = this.#worker;
    this.#worker = null;
    if (!w) return;
    const weg = new Promise<void>((klaar) => w.once('exit', () => klaar()));
    // Held while it closes its stores: an idle worker is unref'd, and a caller with nothing else to do
    // (a script) would otherwise end before the worker did, with this promise unsettled.
    w.ref();
    w.postMessage({ sluit: true });
    const timer = setTimeout(() => void w.terminate(), 5000);
    timer.unref();
    await weg;
    clearTimeout(timer);
  }

  async #hier(
    store: Store,
    gemeente: Gemeente,
    peildatum: string,
    versie: number,
    vraag: AnalyseVraag,
  ): Promise<AnalyseUitkomst> {
    await analysePakket();
    const begin = performance.now();
    const b = new Berekening(await store.momentopname(gemeente, peildatum));
    const antwoord = await beantwoordVraag(b, vraag);
    return { ...antwoord, betrokkenen: b.betrokkenen, versie, ms: performance.now() - begin };
  }

  #vraagWerker(v: Omit<WerkerVraag, 'id'>): Promise<AnalyseUitkomst> {
    const id = ++this.#volgende;
    const worker = this.#start();
    return new Promise<WerkerAntwoord>((klaar, fout) => {
      this.#wachtend.set(id, { klaar, fout });
      // Kept alive while a question is open; idle, the worker does not hold the process.
      worker.ref();
      worker.postMessage({ ...v, id } satisfies WerkerVraag);
    }).then((a) => {
      if (!a.ok) throw Object.assign(Analysewerker.#fout(a.naam, a.melding), a.code ? { code: a.code } : {});
      return { body: a.body, onbekend: a.onbekend, betrokkenen: a.betrokkenen, versie: v.versie, ms: a.ms };
    });
  }

  static #fout(naam: string, melding: string): Error {
    const Soort = naam === 'RangeError' ? RangeError : naam === 'TypeError' ? TypeError : Error;
    const fout = new Soort(melding);
    if (Soort === Error && naam !== 'Error') fout.name = naam;
    return fout;
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = startWerker(this.#heapMb);
    worker.unref();
    worker.on('message', (a: WerkerAntwoord) => {
      const w = this.#wachtend.get(a.id);
      this.#wachtend.delete(a.id);
      if (this.#wachtend.size === 0) worker.unref();
      w?.klaar(a);
    });
    const stop = (fout: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const w of this.#wachtend.values()) w.fout(fout);
      this.#wachtend.clear();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      stop(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AnalyseGeheugenFout(this.#heapMb) : e),
    );
    worker.on('exit', (code) => stop(new Error(`De analysewerker is gestopt (code ${code}).`)));
    this.#worker = worker;
    return worker;
  }
}

let gedeeld: Analysewerker | undefined;
/** The process's one analysis worker, made on first use (the API's routes and the trend share it). */
export function analysewerker(): Analysewerker {
  gedeeld ??= new Analysewerker();
  return gedeeld;
}
