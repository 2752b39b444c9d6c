import type { Gemeente } from '@netwerkregie/domain';
import type { IndicatorStand, OpenOpties, Store } from '@netwerkregie/store';

/**
 * The analysis package is loaded on first use: it brings graphology, which a server that only
 * answers lookups never needs.
 */
export const analysePakket = () => import('@netwerkregie/analysis');

/**
 * Keeps every indicator's value after a change to the network (an applied import, a logged
 * contact moment), so the trend over time can be shown. Runs the analysis in the calling thread: for
 * a command that is done once it returns; a server uses saveTrendBatched (the analysis worker).
 */
export async function saveTrend(store: Store, gemeente: Gemeente, aanleiding: string): Promise<void> {
  // Read before the snapshot, so the point is at least as new as the version it is kept with.
  const versie = await store.versie();
  const { analyse, toIndicatorStanden } = await analysePakket();
  const rapport = analyse(await store.momentopname(gemeente));
  await store.saveTrendStanden(toIndicatorStanden(rapport, new Date().toISOString(), aanleiding), versie);
}

/**
 * The same in the analysis worker (see analysewerker.ts): the calling thread only waits. Returns how
 * long the analysis itself took (ms).
 */
export async function saveTrendInWerker(
  store: Store,
  gemeente: Gemeente,
  aanleiding: string,
  bron?: OpenOpties,
): Promise<number> {
  const { analysewerker } = await import('./analysewerker.js');
  const uitkomst = await analysewerker().beantwoord(store, gemeente, { soort: 'gezondheid' }, { bron });
  const tijd = new Date().toISOString();
  const { indicatoren } = uitkomst.body as {
    indicatoren: Array<Pick<IndicatorStand, 'waarde' | 'status'> & { id: string }>;
  };
  const standen = indicatoren.map((i) => ({ tijd, indicatorId: i.id, waarde: i.waarde, status: i.status, aanleiding }));
  await store.saveTrendStanden(standen, uitkomst.versie);
  return uitkomst.ms;
}

/**
 * Why the trend fell behind, when nothing in this process recorded it (an import by the command line,
 * a change before a restart): the imports applied since the latest trend point, else "wijziging".
 */
export async function aanleidingSinds(store: Store): Promise<string> {
  const laatste = (await store.listIndicatorStanden()).at(-1)?.tijd ?? '';
  const { items } = await store.listImports({ limiet: 20 });
  const imports = items
    .filter((i) => i.status === 'toegepast' && (i.toegepastOp ?? '') > laatste)
    .map((i) => `import ${i.id}`)
    .reverse();
  return imports.length > 0 ? imports.join(', ') : 'wijziging';
}

/**
 * Keeps nothing now: the change moved the store version past the latest trend point, so the next
 * `catchUpTrend` (a server's start, or its check while it runs) keeps the point, in the analysis worker.
 * For the command line's import, which should not pay for an analysis of the whole network (issue 18).
 */
export async function saveTrendLater(_store: Store, _gemeente: Gemeente, _aanleiding: string): Promise<void> {}

/** Up to this many persons an analysis takes well under a second (10,000 persons: about 3 s; docs/BENCHMARKS.md). */
export const KLEIN_NETWERK = 2000;

/**
 * The command line's import: a small network's trend point at once (as a steward who imports and then
 * reads the trend expects), a large one's left for the server (`saveTrendLater`), so a big import does
 * not pay for an analysis of the whole network (issue 18).
 */
export async function saveTrendOrLater(store: Store, gemeente: Gemeente, aanleiding: string): Promise<void> {
  const { totaal } = await store.listPersonen({}, { limiet: 1 });
  if (totaal <= KLEIN_NETWERK) await saveTrend(store, gemeente, aanleiding);
}
