/** One store per gemeente, opened on first use and kept: each gemeente has its own database file. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Gemeente } from '@netwerkregie/domain';
import { defaultDb, openStore, type Store } from '@netwerkregie/store';
import { Probleem } from '../probleem/index.js';

export type StoreOpener = (gemeente: Gemeente) => Promise<Store>;

/** Opens `<dataMap>/<slug>.db`, creating the folder when needed. */
export function bestandsOpener(dataMap: string): StoreOpener {
  return async (gemeente) => {
    await mkdir(dataMap, { recursive: true });
    return openStore({ gemeente: gemeente.slug, pad: defaultDb(gemeente.slug, dataMap) });
  };
}

export class StoreRegister {
  readonly #open = new Map<string, Promise<Store>>();
  #gesloten = false;

  /** With `padVan`, a store whose file was deleted under the running server is refused (503), not written into. */
  constructor(
    private readonly opener: StoreOpener,
    private readonly padVan?: (gemeente: Gemeente) => string,
  ) {}

  /** The gemeente's store; concurrent first calls share one opening. A failed opening is retried next time. */
  get(gemeente: Gemeente): Promise<Store> {
    if (this.#gesloten) return Promise.reject(new Error('De stores zijn gesloten.'));
    let store = this.#open.get(gemeente.slug);
    if (store && this.padVan && !existsSync(this.padVan(gemeente))) {
      return Promise.reject(
        new Probleem(503, 'Het databasebestand van deze gemeente is verdwenen; de beheerder is nodig.'),
      );
    }
    if (!store) {
      store = this.opener(gemeente);
      this.#open.set(gemeente.slug, store);
      store.catch(() => this.#open.delete(gemeente.slug));
    }
    return store;
  }

  /** Closes every opened store; later `get` calls are refused. */
  async close(): Promise<void> {
    this.#gesloten = true;
    const open = [...this.#open.values()];
    this.#open.clear();
    await Promise.allSettled(open.map(async (s) => (await s).close()));
  }
}
