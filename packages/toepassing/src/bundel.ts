/**
 * The trend after a change, bundled when the analysis is expensive. `bewaarTrend` runs the whole
 * network analysis on the event loop: on 50,000 persons 2 s to load the snapshot and 8 to 20 s of
 * CPU, and every call holds its own snapshot (up to 1 GB) while it waits. Run once per logged
 * contact moment, a 10 % write load (bench/belasting.mjs) left the server answering 0.7 requests a
 * second with a p99 of 19 s and an RSS of 1.8 GB.
 *
 * So: while an analysis is cheap (under a second: a small network), every change is analysed inside its request,
 * as before. Once one took longer than GOEDKOOP_MS, at most one runs at a time per store, and the
 * next waits RUSTFACTOR times as long as the last took; changes meanwhile are analysed together,
 * once, outside any request. The trend then lags by that wait (about 2.5 minutes at 50,000 persons)
 * and the server spends at most about a tenth of its time on it.
 */
import type { Gemeente } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { analysePakket, saveTrend } from './trend.js';

/** An analysis faster than this runs with every change (the Almere sample: tens of ms). */
export const GOEDKOOP_MS = 1000;
/** After an expensive analysis, the next starts no sooner than this many times its duration later. */
export const RUSTFACTOR = 10;

interface Staat {
  gemeente: Gemeente;
  /** Duration of the last analysis, null before the first. */
  duur: number | null;
  einde: number;
  bezig: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  wachtend: Map<string, number>;
}

const staten = new WeakMap<Store, Staat>();
const volgendeStart = (s: Staat) => s.einde + RUSTFACTOR * (s.duur ?? 0);

/** Why a bundled run was made, e.g. "contactmoment ×12, import 3f…" (the column is free text). */
function aanleidingVan(wachtend: Map<string, number>): string {
  const tekst = [...wachtend].map(([a, n]) => (n > 1 ? `${a} ×${n}` : a)).join(', ');
  return tekst.length <= 200 ? tekst : `${tekst.slice(0, 197)}...`;
}

function run(store: Store, s: Staat, aanleiding: string): Promise<void> {
  let start = performance.now();
  // The first call loads the analysis package; that is not part of what an analysis costs.
  const run = analysePakket()
    .then(() => {
      start = performance.now();
      return saveTrend(store, s.gemeente, aanleiding);
    })
    .finally(() => {
      s.duur = performance.now() - start;
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
  opties: { goedkoopMs?: number } = {},
): Promise<void> {
  const goedkoopMs = opties.goedkoopMs ?? GOEDKOOP_MS;
  let s = staten.get(store);
  if (!s) {
    s = { gemeente, duur: null, einde: 0, bezig: null, timer: null, wachtend: new Map() };
    staten.set(store, s);
  }
  s.gemeente = gemeente;
  if (s.duur !== null && s.duur < goedkoopMs && !s.timer) return run(store, s, aanleiding);
  if (!s.bezig && !s.timer && Date.now() >= volgendeStart(s)) return run(store, s, aanleiding);
  s.wachtend.set(aanleiding, (s.wachtend.get(aanleiding) ?? 0) + 1);
  if (!s.timer) plan(store, s);
  return Promise.resolve();
}
