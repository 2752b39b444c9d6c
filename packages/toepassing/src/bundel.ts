/**
 * The trend after a change, bundled when the analysis is expensive, and computed in the analysis worker
 * (analysewerker.ts), never on the event loop. On 50,000 persons an analysis is 2 s to load the snapshot
 * and 8 to 20 s of CPU; on the event loop, once per logged contact moment, a 10 % write load
 * (bench/belasting.mjs) left the server answering 0.7 requests a second with a p99 of 19 s.
 *
 * While an analysis is cheap (under a second: a small network), the call resolves once its point is kept
 * (the request waits for the worker, the event loop does not). Once one took longer than GOEDKOOP_MS,
 * at most one runs at a time per store, and the next waits RUSTFACTOR times as long as the last took;
 * changes meanwhile are analysed together, once, outside any request, and the call resolves at once.
 * The worker's core then spends at most about a tenth of its time on the trend.
 *
 * A trend that fell behind without this process knowing (the command line imported; the server
 * stopped with a bundle pending) is found by the store version: `catchUpTrend`.
 */
import type { Gemeente } from '@netwerkregie/domain';
import type { OpenOpties, Store } from '@netwerkregie/store';
import { aanleidingSinds, saveTrendInWerker } from './trend.js';

/** An analysis faster than this runs with every change (the Almere sample: tens of ms). */
export const GOEDKOOP_MS = 1000;
/** After an expensive analysis, the next starts no sooner than this many times its duration later. */
export const RUSTFACTOR = 10;

interface Staat {
  gemeente: Gemeente;
  bron: OpenOpties | undefined;
  /** Duration of the last analysis, null before the first. */
  duur: number | null;
  einde: number;
  bezig: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  wachtend: Map<string, number>;
}

const staten = new WeakMap<Store, Staat>();

export interface TrendOpties {
  /** An analysis faster than this (ms) is waited for; default GOEDKOOP_MS. */
  goedkoopMs?: number;
  /** How the worker opens the store (see analysewerker.ts); default a SQLite store's own file. */
  bron?: OpenOpties | undefined;
}

function staatVan(store: Store, gemeente: Gemeente): Staat {
  let s = staten.get(store);
  if (!s) {
    s = { gemeente, bron: undefined, duur: null, einde: 0, bezig: null, timer: null, wachtend: new Map() };
    staten.set(store, s);
  }
  s.gemeente = gemeente;
  return s;
}
const volgendeStart = (s: Staat) => s.einde + RUSTFACTOR * (s.duur ?? 0);

/** Why a bundled run was made, e.g. "contactmoment ×12, import 3f…" (the column is free text). */
function aanleidingVan(wachtend: Map<string, number>): string {
  const tekst = [...wachtend].map(([a, n]) => (n > 1 ? `${a} ×${n}` : a)).join(', ');
  return tekst.length <= 200 ? tekst : `${tekst.slice(0, 197)}...`;
}

function run(store: Store, s: Staat, aanleiding: string): Promise<void> {
  // The duration is the analysis' own (the worker's start and loading the package are not part of it).
  const run = saveTrendInWerker(store, s.gemeente, aanleiding, s.bron)
    .then((ms) => {
      s.duur = ms;
    })
    .finally(() => {
      s.einde = Date.now();
      if (s.bezig === run) s.bezig = null;
    });
  s.bezig = run;
  return run;
}

function plan(store: Store, s: Staat): void {
  const vuur = async () => {
    // Still running (the analysis that made us wait): wait for it, then for its rest period.
    if (s.bezig) await s.bezig.catch(() => {});
    const wacht = volgendeStart(s) - Date.now();
    if (wacht > 0) {
      s.timer = setTimeout(vuur, wacht);
      s.timer.unref?.();
      return;
    }
    s.timer = null;
    const bundel = aanleidingVan(s.wachtend);
    s.wachtend = new Map();
    // Outside any request: a failure (e.g. the store closed on shutdown) is reported, not thrown.
    await run(store, s, bundel).catch((fout: unknown) =>
      console.error(`Trend niet bewaard (${bundel}): ${(fout as Error)?.message ?? String(fout)}`),
    );
  };
  s.timer = setTimeout(vuur, Math.max(0, volgendeStart(s) - Date.now()));
  // A pending bundle does not keep the process alive after the server stopped.
  s.timer.unref?.();
}

/**
 * Keeps every indicator's value after a change. Resolves when they are kept, or at once when the
 * change joined the bundle that the next (expensive) analysis will keep.
 */
export function saveTrendBatched(
  store: Store,
  gemeente: Gemeente,
  aanleiding: string,
  opties: TrendOpties = {},
): Promise<void> {
  const goedkoopMs = opties.goedkoopMs ?? GOEDKOOP_MS;
  const s = staatVan(store, gemeente);
  if (opties.bron) s.bron = opties.bron;
  if (s.duur !== null && s.duur < goedkoopMs && !s.timer) return run(store, s, aanleiding);
  if (!s.bezig && !s.timer && Date.now() >= volgendeStart(s)) return run(store, s, aanleiding);
  s.wachtend.set(aanleiding, (s.wachtend.get(aanleiding) ?? 0) + 1);
  if (!s.timer) plan(store, s);
  return Promise.resolve();
}

/**
 * When the store changed since its latest trend point and no trend is under way here, keeps one (as
 * saveTrendBatched, named after the imports applied since). For a server's start, and now and then while
 * it runs: the command line imports without computing the trend (issue 18). True when one was started.
 */
export async function catchUpTrend(store: Store, gemeente: Gemeente, opties: TrendOpties = {}): Promise<boolean> {
  const s = staten.get(store);
  if (s && (s.bezig || s.timer || s.wachtend.size > 0)) return false;
  const [versie, trend] = await Promise.all([store.versie(), store.trendVersie()]);
  if (versie <= (trend ?? 0)) return false;
  await saveTrendBatched(store, gemeente, await aanleidingSinds(store), opties);
  return true;
}

/** Resolves once no trend of this store is running or waiting (for tests, and a graceful stop). */
export async function trendKlaar(store: Store): Promise<void> {
  for (;;) {
    const s = staten.get(store);
    if (!s) return;
    if (s.bezig) await s.bezig.catch(() => undefined);
    else if (s.timer || s.wachtend.size > 0) await new Promise((r) => setTimeout(r, 20));
    else return;
  }
}
