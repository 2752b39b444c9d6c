/** One store per gemeente, opened on first use and kept: each gemeente has its own database file. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Gemeente } from '@netwerkregie/domain';
import { defaultDb, type OpenOpties, openStore, type Store } from '@netwerkregie/store';
import { rememberBron } from '@netwerkregie/toepassing';
import { Probleem } from '../probleem/index.js';

export type StoreOpener = (gemeente: Gemeente) => Promise<Store>;

/**
 * Opens each gemeente's store from its options, and remembers them, so the analysis worker opens the
 * same store (on PostgreSQL it needs the URL with its password, which the store does not show).
 */
export function optiesOpener(optiesVan: (gemeente: Gemeente) => OpenOpties): StoreOpener {
  return async (gemeente) => {
    const opties = optiesVan(gemeente);
    const store = await openStore(opties);
    rememberBron(store, opties);
    return store;
  };
}

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
