import type { Gemeente } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { analysePakket } from '../_pakketten.js';

/**
 * Keeps every indicator's value after a change to the network (an applied import, a logged
 * contact moment), so the trend over time can be shown (issue: "Trend").
 */
export async function bewaarTrend(store: Store, gemeente: Gemeente, aanleiding: string): Promise<void> {
  const { analyse, toIndicatorStanden } = await analysePakket();
  const rapport = analyse(await store.momentopname(gemeente));
  await store.bewaarIndicatorStanden(toIndicatorStanden(rapport, new Date().toISOString(), aanleiding));
}
