/** Fictional test data and temp-dir helpers shared by the tests (never imported by the package itself). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Contactmoment,
  Deelname,
  Lidmaatschap,
  Organisatie,
  Overleg,
  Persoon,
  Relatie,
  Training,
} from '@netwerkregie/domain';
import type { Bron, Store } from '@netwerkregie/store';

export const BRON: Bron = { actor: 'test' };

const mappen: string[] = [];

/** A fresh temp folder; `ruimOp` removes all of them. */
export async function tijdelijkeMap(): Promise<string> {
  const map = await mkdtemp(join(tmpdir(), 'netwerkregie-store-'));
  mappen.push(map);
  return map;
}

export async function cleanUp(): Promise<void> {
  await Promise.all(mappen.splice(0).map((m) => rm(m, { recursive: true, force: true })));
}

export const ORGANISATIES: Organisatie[] = [
  {
    id: 'o-politie',
    naam: 'Politie Basisteam Zuid',
    domein: 'veiligheid',
    netwerk: 'formeel',
    soort: 'politie',
    wijken: ['Almere Stad', 'Almere Haven'],
  },
  {
    id: 'o-ggz',
    naam: 'GGZ Centraal Polder',
    domein: 'zorg',
    netwerk: 'formeel',
    soort: 'ggz',
    wijken: ['Almere Buiten'],
  },
  {
    id: 'o-school',
    naam: 'Het Baken College',
    domein: 'onderwijs',
    netwerk: 'formeel',
    soort: null,
    wijken: ['Almere Stad'],
  },
  {
    id: 'o-moskee',
    naam: 'Moskee Ël Noer',
    domein: 'gemeenschap',
    netwerk: 'informeel',
    soort: 'religieus',
    wijken: ['Almere Buiten', 'Almere Poort'],
  },
];

export const PERSONEN: Persoon[] = [
  { id: 'p-fatima', naam: 'Fatima el Ruïs', email: 'fatima.elruis@example.org', telefoon: '+31612345678' },
  { id: 'p-jan', naam: 'Jan van der Meulen', email: 'jan.vandermeulen@example.org', telefoon: '+31687654321' },
  { id: 'p-sanne', naam: 'Sanne de Vries-Öztürk', email: null, telefoon: '+31611122233' },
  { id: 'p-mohamed', naam: 'Mohamed Bouzïane', email: 'm.bouziane@example.org', telefoon: null },
  { id: 'p-els', naam: 'Els Bakker', email: 'els.bakker@example.org', telefoon: null },
];

export const LIDMAATSCHAPPEN: Lidmaatschap[] = [
  {
    id: 'l-fatima-ggz',
    persoonId: 'p-fatima',
    organisatieId: 'o-ggz',
    functie: 'Sociaal psychiatrisch verpleegkundige',
    rollen: ['aandachtfunctionaris'],
    begin: '2019-03-01',
    einde: null,
  },
  {
    id: 'l-jan-politie',
    persoonId: 'p-jan',
    organisatieId: 'o-politie',
    functie: 'Wijkagent',
    rollen: ['contactpersoon-radicalisering', 'eerstelijnswerker'],
    begin: '2015-01-01',
    einde: null,
  },
  {
    id: 'l-jan-school',
    persoonId: 'p-jan',
    organisatieId: 'o-school',
    functie: 'Schoolagent',
    rollen: ['eerstelijnswerker'],
    begin: null,
    einde: '2020-06-30',
  },
  {
    id: 'l-sanne-school',
    persoonId: 'p-sanne',
    organisatieId: 'o-school',
    functie: 'Zorgcoördinator',
    rollen: ['contactpersoon-radicalisering'],
    begin: '2018-08-15',
    einde: null,
  },
  {
    id: 'l-mohamed-moskee',
    persoonId: 'p-mohamed',
    organisatieId: 'o-moskee',
    functie: 'Voorzitter',
    rollen: ['sleutelfiguur'],
    begin: null,
    einde: null,
  },
  {
    id: 'l-els-ggz',
    persoonId: 'p-els',
    organisatieId: 'o-ggz',
    functie: 'Teamleider',
    rollen: [],
    begin: '2010-01-01',
    einde: '2021-12-31',
  },
];

export const OVERLEGGEN: Overleg[] = [
  { id: 'ov-casus', naam: 'Casusoverleg Radicalisering', soort: 'casusoverleg' },
  { id: 'ov-zat', naam: 'Zorg Advies Team Baken', soort: null },
];

export const DEELNAMES: Deelname[] = [
  { id: 'd-1', overlegId: 'ov-casus', organisatieId: 'o-politie', persoonId: null },
  { id: 'd-2', overlegId: 'ov-casus', organisatieId: null, persoonId: 'p-fatima' },
  { id: 'd-3', overlegId: 'ov-zat', organisatieId: 'o-school', persoonId: null },
];

export const RELATIES: Relatie[] = [
  { id: 'r-1', entiteit: 'persoon', van: 'p-jan', naar: 'p-fatima', soort: 'samenwerking' },
  { id: 'r-2', entiteit: 'organisatie', van: 'o-politie', naar: 'o-ggz', soort: 'convenant' },
];

export const CONTACTMOMENTEN: Contactmoment[] = [
  {
    id: 'c-1',
    organisatieId: 'o-politie',
    persoonId: 'p-jan',
    datum: '2024-03-05',
    kanaal: 'bezoek',
    aanleiding: 'regulier',
    initiatief: 'gemeente',
  },
  {
    id: 'c-2',
    organisatieId: 'o-ggz',
    persoonId: 'p-fatima',
    datum: '2023-11-20',
    kanaal: 'telefoon',
    aanleiding: 'signaal',
    initiatief: 'partner',
  },
  {
    id: 'c-3',
    organisatieId: 'o-school',
    persoonId: null,
    datum: '2024-01-15',
    kanaal: 'email',
    aanleiding: 'regulier',
    initiatief: 'gemeente',
  },
];

export const TRAININGEN: Training[] = [
  { id: 't-1', persoonId: 'p-jan', soort: 'basistraining', datum: '2015-10-12' },
  { id: 't-2', persoonId: 'p-jan', soort: 'terugkomdag', datum: '2016-04-01' },
  { id: 't-3', persoonId: 'p-fatima', soort: 'basistraining', datum: null },
];

/** Fills a store with all of the above in one transaction. */
export async function fill(store: Store, bron: Bron = BRON): Promise<void> {
  await store.transaction(async (tx) => {
    for (const o of ORGANISATIES) await tx.upsertOrganisatie(o, bron);
    for (const p of PERSONEN) await tx.upsertPersoon(p, bron);
    for (const l of LIDMAATSCHAPPEN) await tx.upsertLidmaatschap(l, bron);
    for (const o of OVERLEGGEN) await tx.upsertOverleg(o, bron);
    for (const d of DEELNAMES) await tx.upsertDeelname(d, bron);
    for (const r of RELATIES) await tx.upsertRelatie(r, bron);
    for (const c of CONTACTMOMENTEN) await tx.upsertContactmoment(c, bron);
    for (const t of TRAININGEN) await tx.upsertTraining(t, bron);
  });
}

/**
 * A transaction held open until `loslaten()` is called: `gestart` resolves once `fn` has run inside
 * it, `klaar` when it has committed. For tests of what others see or wait for meanwhile.
 */
export function keepOpen(
  store: Store,
  fn: (tx: Store) => Promise<unknown>,
): { gestart: Promise<void>; loslaten: () => void; klaar: Promise<void> } {
  let loslaten: () => void = () => {};
  const wacht = new Promise<void>((r) => {
    loslaten = r;
  });
  let bezig: () => void = () => {};
  const gestart = new Promise<void>((r) => {
    bezig = r;
  });
  const klaar = store.transaction(async (tx) => {
    await fn(tx);
    bezig();
    await wacht;
  });
  return { gestart, loslaten, klaar };
}
