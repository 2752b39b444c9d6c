/** Test fixture: two gemeenten with real SQLite files in a temp folder, fictional data, a key per role. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN, type Gemeente, type Rol } from '@netwerkregie/domain';
import { openStore, type SleutelRol, type Store } from '@netwerkregie/store';
import { createApp, type NetwerkregieApp } from '../app/index.js';
import { createSleutel } from '../sleutels/index.js';
import type { ApiConfig, Limieten } from '../types.js';

/** better-sqlite3 as the store resolves it, for tests that look into the database file itself. */
// biome-ignore lint/suspicious/noExplicitAny: the store's dependency, read here untyped
export const Database: any = createRequire(
  join(fileURLToPath(new URL('../../../../', import.meta.url)), 'packages/store/package.json'),
)('better-sqlite3');

export const ALMERE = GEMEENTEN.almere as Gemeente;
export const ARNHEM = GEMEENTEN.arnhem as Gemeente;

/** Every name, address and number of the fixture: no refused answer may contain any of them. */
export const GEHEIMEN = [
  'Fenna Proefmans',
  'fenna.proefmans@example.org',
  '+31612345671',
  'Jurre Testhuis',
  'jurre.testhuis@example.org',
  'Sahin Voorbeeldzoon',
  'sahin.voorbeeldzoon@example.org',
  '+31612345673',
  'Noor Dubbelrol',
  'noor.dubbelrol@example.org',
  'Wijkteam Haven Proef',
  'Politie Basisteam Proef',
  'Stichting Proefgemeenschap',
  'Casusoverleg Proef',
  'Arnhemse Proefpartner',
  'Gijs Arnhemmer',
];

export const ID = {
  wijkteam: 'org-wijkteam',
  politie: 'org-politie',
  stichting: 'org-stichting',
  fenna: 'p-fenna',
  jurre: 'p-jurre',
  sahin: 'p-sahin',
  noor: 'p-noor',
  overleg: 'ov-casus',
  contactmoment: 'cm-1',
  arnhemOrg: 'org-arnhem',
  gijs: 'p-gijs',
} as const;

async function fillAlmere(store: Store): Promise<void> {
  const bron = { actor: 'fixture' };
  await store.upsertOrganisatie(
    {
      id: ID.wijkteam,
      naam: 'Wijkteam Haven Proef',
      domein: 'zorg',
      netwerk: 'formeel',
      soort: 'sociaal wijkteam',
      wijken: ['Almere Haven'],
    },
    bron,
  );
  await store.upsertOrganisatie(
    {
      id: ID.politie,
      naam: 'Politie Basisteam Proef',
      domein: 'veiligheid',
      netwerk: 'formeel',
      soort: null,
      wijken: ['Almere Stad'],
    },
    bron,
  );
  await store.upsertOrganisatie(
    {
      id: ID.stichting,
      naam: 'Stichting Proefgemeenschap',
      domein: 'gemeenschap',
      netwerk: 'informeel',
      soort: 'moskee',
      wijken: [],
    },
    bron,
  );
  const personen = [
    { id: ID.fenna, naam: 'Fenna Proefmans', email: 'fenna.proefmans@example.org', telefoon: '+31612345671' },
    { id: ID.jurre, naam: 'Jurre Testhuis', email: 'jurre.testhuis@example.org', telefoon: null },
    { id: ID.sahin, naam: 'Sahin Voorbeeldzoon', email: 'sahin.voorbeeldzoon@example.org', telefoon: '+31612345673' },
    { id: ID.noor, naam: 'Noor Dubbelrol', email: 'noor.dubbelrol@example.org', telefoon: null },
  ];
  for (const p of personen) await store.upsertPersoon(p, bron);
  const lid = (id: string, persoonId: string, organisatieId: string, functie: string, rollen: Rol[]) =>
    store.upsertLidmaatschap({ id, persoonId, organisatieId, functie, rollen, begin: '2022-01-01', einde: null }, bron);
  await lid('l-fenna', ID.fenna, ID.wijkteam, 'wijkcoach', ['contactpersoon-radicalisering']);
  await lid('l-jurre', ID.jurre, ID.politie, 'wijkagent', ['aandachtfunctionaris']);
  await lid('l-sahin', ID.sahin, ID.stichting, 'voorzitter', ['sleutelfiguur']);
  await lid('l-noor-1', ID.noor, ID.wijkteam, 'jongerenwerker', ['eerstelijnswerker']);
  await lid('l-noor-2', ID.noor, ID.stichting, 'vrijwilliger', ['sleutelfiguur']);
  await store.upsertOverleg({ id: ID.overleg, naam: 'Casusoverleg Proef', soort: 'casusoverleg' }, bron);
  await store.upsertDeelname({ id: 'd-1', overlegId: ID.overleg, organisatieId: ID.wijkteam, persoonId: null }, bron);
  await store.upsertDeelname({ id: 'd-2', overlegId: ID.overleg, organisatieId: null, persoonId: ID.fenna }, bron);
  await store.upsertDeelname({ id: 'd-3', overlegId: ID.overleg, organisatieId: null, persoonId: ID.sahin }, bron);
  await store.upsertContactmoment(
    {
      id: ID.contactmoment,
      organisatieId: ID.wijkteam,
      persoonId: ID.fenna,
      datum: '2024-02-01',
      kanaal: 'telefoon',
      aanleiding: 'regulier',
      initiatief: 'gemeente',
    },
    bron,
  );
  await store.upsertTraining({ id: 't-1', persoonId: ID.fenna, soort: 'basistraining', datum: '2023-05-01' }, bron);
  await store.upsertTraining({ id: 't-2', persoonId: ID.sahin, soort: 'basistraining', datum: null }, bron);
}

async function fillArnhem(store: Store): Promise<void> {
  const bron = { actor: 'fixture' };
  await store.upsertOrganisatie(
    {
      id: ID.arnhemOrg,
      naam: 'Arnhemse Proefpartner',
      domein: 'onderwijs',
      netwerk: 'formeel',
      soort: null,
      wijken: [],
    },
    bron,
  );
  await store.upsertPersoon({ id: ID.gijs, naam: 'Gijs Arnhemmer', email: 'gijs@example.org', telefoon: null }, bron);
  await store.upsertLidmaatschap(
    {
      id: 'l-gijs',
      persoonId: ID.gijs,
      organisatieId: ID.arnhemOrg,
      functie: null,
      rollen: [],
      begin: null,
      einde: null,
    },
    bron,
  );
}

export interface Fixture {
  app: NetwerkregieApp;
  map: string;
  stores: { almere: Store; arnhem: Store };
  sleutels: Record<SleutelRol, string> & { arnhem: string };
  sleutelIds: Record<SleutelRol, string>;
  /** Sends a request with the key of a role (or a raw key, or none). */
  request(pad: string, opties?: RequestInit & { sleutel?: string | null }): Promise<Response>;
  opruimen(): Promise<void>;
}

export async function createFixture(
  opties: { limieten?: Limieten; adres?: ApiConfig['adres']; trendControleMs?: number } = {},
): Promise<Fixture> {
  const map = await mkdtemp(join(tmpdir(), 'netwerkregie-api-test-'));
  const almere = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
  const arnhem = await openStore({ gemeente: 'arnhem', pad: join(map, 'arnhem.db') });
  await fillAlmere(almere);
  await fillArnhem(arnhem);
  const rollen: SleutelRol[] = ['lezer', 'regisseur', 'beheerder'];
  const sleutels = {} as Fixture['sleutels'];
  const sleutelIds = {} as Fixture['sleutelIds'];
  for (const rol of rollen) {
    const { id, sleutel } = await createSleutel(almere, { rol, omschrijving: `test ${rol}` });
    sleutels[rol] = sleutel;
    sleutelIds[rol] = id;
  }
  sleutels.arnhem = (await createSleutel(arnhem, { rol: 'beheerder', omschrijving: 'test arnhem' })).sleutel;
  const stores = { almere, arnhem };
  const app = createApp({
    gemeenten: [ALMERE, ARNHEM],
    openStore: async (g) => stores[g.slug as 'almere' | 'arnhem'],
    log: () => {},
    // Every test request comes from one unknown address: throttling failed keys is tested on its own
    // (toegang/beveiliging.test.ts), elsewhere it would turn the walks' 401s into 429s.
    limieten: { mislukteAanmeldingenPerMinuut: opties.adres ? 20 : 1_000_000, ...opties.limieten },
    ...(opties.adres ? { adres: opties.adres } : {}),
    ...(opties.trendControleMs ? { trendControleMs: opties.trendControleMs } : {}),
  });
  return {
    app,
    map,
    stores,
    sleutels,
    sleutelIds,
    request(pad, { sleutel = sleutels.beheerder, ...init } = {}) {
      const headers = new Headers(init.headers);
      if (sleutel) headers.set('Authorization', `Bearer ${sleutel}`);
      return Promise.resolve(app.request(pad, { ...init, headers }));
    },
    async opruimen() {
      await app.close();
      await rm(map, { recursive: true, force: true });
    },
  };
}

export const A = '/v1/gemeenten/almere';
