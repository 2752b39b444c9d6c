import type { Gemeente } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { withGemeenteStore, type OpenGemeenteOpties } from '@netwerkregie/toepassing';
import { alsGebruikFout } from './_fouten.js';

export type StoreOpties = Pick<OpenGemeenteOpties, 'alleenLezen' | 'magNieuw'>;

/**
 * Opens the gemeente's database for one command and closes it after (packages/toepassing's
 * metGemeenteStore: a missing database is refused unless `magNieuw`, a failed command leaves no
 * new file). Refusals of the operation inside become usage errors (exit 2).
 */
export async function withStore<T>(
  gemeente: Gemeente,
  db: string | undefined,
  fn: (store: Store) => Promise<T>,
  opties: StoreOpties = {},
): Promise<T> {
  try {
    return await withGemeenteStore(gemeente.slug, fn, { ...opties, db });
  } catch (fout) {
    throw alsGebruikFout(fout);
  }
}
