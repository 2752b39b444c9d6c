import type { Gemeente } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';

/**
 * The analysis package is loaded on first use: it brings graphology, which a server that only
 * answers lookups never needs.
 */
export const analysePakket = () => import('@netwerkregie/analysis');

/**
 * Keeps every indicator's value after a change to the network (an applied import, a logged
 * contact moment), so the trend over time can be shown.
 */
export async function saveTrend(store: Store, gemeente: Gemeente, aanleiding: string): Promise<void> {
  const { analyse, toIndicatorStanden } = await analysePakket();
  const rapport = analyse(await store.momentopname(gemeente));
  await store.saveIndicatorStanden(toIndicatorStanden(rapport, new Date().toISOString(), aanleiding));
}
