/** Test help: real SQLite files in a temp folder, filled from the fictional fixture lists. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import { importSheet } from '@netwerkregie/import';
import { openStore, type Store } from '@netwerkregie/store';

export const ALMERE = GEMEENTEN.almere as Gemeente;
export const ARNHEM = GEMEENTEN.arnhem as Gemeente;

export const FIXTURE_ALMERE = fileURLToPath(new URL('../../../fixtures/almere/contactlijst.csv', import.meta.url));
export const FIXTURE_ARNHEM = fileURLToPath(new URL('../../../fixtures/arnhem/netwerk.xlsx', import.meta.url));

export interface Fixture {
  map: string;
  stores: { almere: Store; arnhem: Store };
  opruimen(): Promise<void>;
}

/** A temp folder with data/almere.db and data/arnhem.db, each holding its fixture list. */
export async function createFixture(): Promise<Fixture> {
  const map = await mkdtemp(join(tmpdir(), 'toepassing-'));
  const almere = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
  const arnhem = await openStore({ gemeente: 'arnhem', pad: join(map, 'arnhem.db') });
  await importSheet(almere, { pad: FIXTURE_ALMERE, gemeente: ALMERE, modus: 'aanvullend', actor: 'test' });
  await importSheet(arnhem, { pad: FIXTURE_ARNHEM, gemeente: ARNHEM, modus: 'aanvullend', actor: 'test' });
  return {
    map,
    stores: { almere, arnhem },
    async opruimen() {
      await Promise.all([almere.close(), arnhem.close()]);
      await rm(map, { recursive: true, force: true });
    },
  };
}

/** A temp folder for tests that open stores themselves. */
export async function tijdelijkeMap(): Promise<{ map: string; opruimen(): Promise<void> }> {
  const map = await mkdtemp(join(tmpdir(), 'toepassing-'));
  return { map, opruimen: () => rm(map, { recursive: true, force: true }) };
}
