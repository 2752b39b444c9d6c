/**
 * The store's side of the match, by batched look-ups (`StoreIndex`), gives the same plan as the way it
 * was done before: the whole store read at once with `momentopname` and indexed in maps. That earlier
 * way is kept here only, as the reference (`HeleStoreIndex`), and a generated list with every kind of
 * match (e-mail, name within the organisation, rows sharing a key in the store, ended memberships,
 * trainings, meetings, contacts, rows without a domain) is planned both ways, in both modes and views.
 * On SQLite in `npm test`; on PostgreSQL with `bash ../../scripts/met-postgres.sh npx vitest run src/plannen/storekant.test.ts`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GEMEENTEN, type Momentopname, naamSleutel, type Persoon } from '@netwerkregie/domain';
import { importSheet } from '@netwerkregie/import';
import { openStore, type Store } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactSleutel, StoreIndex } from '../koppelen/_storeindex.js';
import { Operaties, SOORTEN } from './operaties.js';
import type { Modus } from './plan.js';
import { planTegen } from './plannen.js';

const almere = GEMEENTEN.almere!;
const BRON = { actor: 'test' };
const KOP = 'Organisatie;Domein;Wijk;Naam;Functie;Rol;E-mail;Telefoon;Getraind;Overleggen;Laatste contact';

/** The store indexed whole from its snapshot, as `StoreIndex` was before issue 18: the reference. */
class HeleStoreIndex extends StoreIndex {
  private readonly personen: Persoon[];
  private readonly actief = new Set<string>();

  constructor(store: Store, m: Momentopname) {
    const leeg = {
      organisaties: false,
      personen: false,
      lidmaatschappen: false,
      overleggen: false,
      deelnames: false,
      contactmomenten: false,
      trainingen: false,
    };
    super(store, leeg);
    for (const o of m.organisaties) this.organisatieOpSleutel.set(naamSleutel(o.naam), o);
    const persoonOpId = new Map(m.personen.map((p) => [p.id, p]));
    for (const p of m.personen) if (p.email) this.persoonOpEmail.set(p.email, p);
    for (const l of m.lidmaatschappen) {
      this.lidmaatschap.set(`${l.persoonId}|${l.organisatieId}`, l);
      const p = persoonOpId.get(l.persoonId);
      if (p) this.persoonOpNaamBinnenOrganisatie.set(`${l.organisatieId}|${naamSleutel(p.naam)}`, p);
      if (l.einde === null) this.actief.add(l.persoonId);
    }
    for (const o of m.overleggen) this.overlegOpSleutel.set(naamSleutel(o.naam), o);
    for (const d of m.deelnames) this.deelnames.add(`${d.overlegId}|${d.organisatieId ?? ''}|${d.persoonId ?? ''}`);
    for (const t of m.trainingen) this.training.set(`${t.persoonId}|${t.soort}`, t);
    for (const c of m.contactmomenten) this.contacten.add(contactSleutel(c));
    this.personen = m.personen;
  }

  // Everything is in the maps already: the batches load nothing.
  override async loadOrganisaties(): Promise<void> {}
  override async loadOverleggen(): Promise<void> {}
  override async loadPersonen(): Promise<void> {}
  override async loadLidmaatschappen(): Promise<void> {}
  override async loadTrainingen(): Promise<void> {}
  override async loadDeelnames(): Promise<void> {}
  override async loadContacten(): Promise<void> {}
  override get zoektOpNaam(): boolean {
    return true;
  }
  override async kentOrganisatie(naam: string): Promise<boolean> {
    return this.organisatieOpSleutel.has(naamSleutel(naam));
  }
  override async *actievePersonen(): AsyncGenerator<Persoon> {
    for (const p of this.personen) if (this.actief.has(p.id)) yield p;
  }
}

/** mulberry32: the same list for the same seed. */
function toeval(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOORNAMEN = ['Anna', 'Bram', 'Cem', 'Daan', 'Eva', 'Fatma', 'Gijs', 'Hanna', 'Ilse', 'Joris', 'Karim', 'Lotte'];
const ACHTERNAMEN = ['Fictief', 'Verzonnen', 'de Proef', 'van Test', 'Bedacht', 'Voorbeeld', 'Ödemiş', 'El Amrani'];
const DOMEINEN = ['Politie', 'GGZ', 'Jeugd', 'Onderwijs', 'Religieus', 'Gemeente'];
const FUNCTIES = ['Wijkagent', 'Psychiater', 'Jongerenwerker', 'Docent', 'Voorzitter'];
const ROLLEN = ['', 'Contactpersoon radicalisering', 'Sleutelfiguur', 'Aandachtfunctionaris'];
const OVERLEGGEN = ['', 'Veiligheidshuis', 'Zorg Advies Team', 'Casusoverleg radicalisering'];
const WIJKEN = ['Almere Stad', 'Almere Buiten', 'Almere Haven', 'Almere Poort'];

interface Mens {
  naam: string;
  email: string;
  telefoon: string;
}

/**
 * A list of `personen` persons at `organisaties` organisations (some at two), with variations drawn
 * from `seed`: the second list of the same pool changes fields, drops e-mails (a match by name),
 * leaves domains empty, writes organisation names another way and adds persons and organisations.
 */
function lijst(seed: number, pool: { organisaties: number; personen: number }, tweede: boolean): string[] {
  const r = toeval(seed);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const regels = [KOP];
  const mensen: Mens[] = [];
  for (let i = 0; i < pool.personen; i++) {
    const naam = `${VOORNAMEN[i % VOORNAMEN.length]} ${ACHTERNAMEN[(i * 7) % ACHTERNAMEN.length]} ${Math.floor(i / 13)}`;
    mensen.push({ naam, email: i % 4 === 3 ? '' : `mens${i}@example.org`, telefoon: `06${String(10000000 + i)}` });
  }
  const orgNaam = (k: number) => `Partner ${k} Almere`;
  const domein = (k: number) => DOMEINEN[k % DOMEINEN.length]!;
  for (let i = 0; i < pool.personen; i++) {
    const m = mensen[i]!;
    const orgs = [i % pool.organisaties];
    if (i % 9 === 0) orgs.push((i * 5 + 3) % pool.organisaties);
    for (const k of orgs) {
      let naam = m.naam;
      let email = m.email;
      let telefoon = m.telefoon;
      let org = orgNaam(k);
      let dom = domein(k);
      let functie = FUNCTIES[(i + k) % FUNCTIES.length]!;
      let rol = ROLLEN[(i + k) % ROLLEN.length]!;
      let getraind = i % 5 === 0 ? `${1 + (i % 27)}-3-2016` : '';
      let overleg = OVERLEGGEN[(i + k) % OVERLEGGEN.length]!;
      let contact = i % 6 === 0 ? `${1 + (k % 27)}-9-2026` : '';
      if (tweede) {
        if (r() < 0.05) continue; // not in the new list (a full list reports them missing)
        if (r() < 0.1) telefoon = `06${String(20000000 + i)}`;
        if (r() < 0.1) functie = kies(FUNCTIES);
        if (r() < 0.1) rol = kies(ROLLEN);
        if (r() < 0.15) email = ''; // matched by name within the organisation, if known there
        if (r() < 0.05) naam = naam.toUpperCase(); // the same folded name
        if (r() < 0.3) dom = ''; // a known organisation needs no domain
        if (r() < 0.1) org = org.toLowerCase().replace(' ', '  '); // the same folded name
        if (r() < 0.1) getraind = `${1 + Math.floor(r() * 27)}-4-2017`;
        if (r() < 0.1) overleg = kies(OVERLEGGEN);
        if (r() < 0.2) contact = `${1 + Math.floor(r() * 27)}-10-2026`;
      }
      const wijk = WIJKEN[k % WIJKEN.length]!;
      regels.push([org, dom, wijk, naam, functie, rol, email, telefoon, getraind, overleg, contact].join(';'));
    }
  }
  if (tweede) {
    // New persons at known organisations, new organisations with and without a domain.
    for (let j = 0; j < 60; j++) {
      const k = j < 40 ? j : pool.organisaties + (j % 10);
      const dom = k >= pool.organisaties && j % 3 === 0 ? '' : domein(k);
      const email = j % 2 === 0 ? `nieuw${j}@example.org` : '';
      regels.push(
        [
          orgNaam(k),
          dom,
          kies(WIJKEN),
          `Nieuw Mens ${j}`,
          kies(FUNCTIES),
          '',
          email,
          '',
          '',
          kies(OVERLEGGEN),
          '',
        ].join(';'),
      );
    }
  }
  return regels;
}

let map: string;
let store: Store;
let tweedeLijst: string;

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-storekant-'));
  // SQLite, or (run under scripts/met-postgres.sh) PostgreSQL: the store's reads differ per engine.
  const url = process.env.NR_TEST_DATABASE_URL;
  store = await openStore(url ? { gemeente: 'almere', url } : { gemeente: 'almere', pad: join(map, 'almere.db') });
  // More than one batch (STUK = 1000) of persons, memberships and participations.
  const pool = { organisaties: 150, personen: 1300 };
  const eerste = join(map, 'eerste.csv');
  writeFileSync(eerste, `${lijst(1, pool, false).join('\r\n')}\r\n`);
  const s = await importSheet(store, { pad: eerste, gemeente: almere, actor: 'test' });
  expect(s.afgewezen).toBe(0);

  // What a list alone does not make: rows sharing a key, ended memberships, another training date.
  // The store's ids are random: pick by names, so that every run builds the same store.
  const m = await store.momentopname(almere);
  const persoon = new Map(m.personen.map((p) => [p.id, p]));
  const organisatie = new Map(m.organisaties.map((o) => [o.id, o]));
  const op = <T>(xs: T[], sleutel: (x: T) => string) => xs.sort((a, b) => sleutel(a).localeCompare(sleutel(b)));
  const leden = op(
    m.lidmaatschappen,
    (l) => `${persoon.get(l.persoonId)!.naam}|${organisatie.get(l.organisatieId)!.naam}`,
  );
  const org = op(m.organisaties, (o) => o.naam)[0]!;
  await store.upsertOrganisatie({ ...org, id: 'zz-tweeling', naam: org.naam.toUpperCase() }, BRON);
  const lid = leden.find((l) => persoon.get(l.persoonId)!.email === null)!;
  const naamgenoot = persoon.get(lid.persoonId)!;
  await store.upsertPersoon({ id: 'zz-naamgenoot', naam: naamgenoot.naam, email: null, telefoon: null }, BRON);
  await store.upsertLidmaatschap({ ...lid, id: 'zz-lid', persoonId: 'zz-naamgenoot', functie: 'Tweede' }, BRON);
  for (const l of leden.filter((_, i) => i % 11 === 0)) {
    await store.upsertLidmaatschap({ ...l, einde: '2026-01-31' }, BRON);
  }
  const overleg = op(m.overleggen, (o) => o.naam)[0]!;
  await store.upsertOverleg({ id: 'zz-overleg', naam: overleg.naam.toLowerCase(), soort: null }, BRON);
  const trainingen = op(m.trainingen, (t) => `${persoon.get(t.persoonId)!.naam}|${t.soort}`);
  for (const [i, t] of trainingen.filter((_, i) => i % 4 === 0).entries()) {
    await store.upsertTraining({ ...t, id: `zz-training-${i}`, datum: '2018-05-01' }, BRON);
  }

  tweedeLijst = join(map, 'tweede.csv');
  writeFileSync(tweedeLijst, `${lijst(2, pool, true).join('\r\n')}\r\n`);
});

afterAll(async () => {
  await store.close();
});

/** planTegen with its writes read back as runs per kind (new entities or updates), the scratch database closed. */
async function planMetSchrijfacties(index: StoreIndex, opties: Parameters<typeof planTegen>[1]) {
  const operaties = new Operaties();
  try {
    const plan = await planTegen(index, opties, operaties);
    return { ...plan, schrijfacties: Object.fromEntries(SOORTEN.map((s) => [s, [...operaties.chunks(s)]])) };
  } finally {
    operaties.close();
  }
}

/** The plan as a value to compare: the ids it made up numbered in order of appearance, its own id left out. */
function vergelijkbaar(plan: Awaited<ReturnType<typeof planMetSchrijfacties>>, bekend: Set<string>): unknown {
  const nummers = new Map<string, string>();
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const { id: _id, ...samenvatting } = plan.samenvatting;
  const waarde = {
    samenvatting,
    schrijfacties: plan.schrijfacties,
    bladen: plan.bladen,
    organisatieIds: plan.organisatieIds,
  };
  return JSON.parse(JSON.stringify(waarde), (_sleutel, v) => {
    if (typeof v !== 'string' || !uuid.test(v) || bekend.has(v)) return v;
    if (!nummers.has(v)) nummers.set(v, `nieuw-${nummers.size + 1}`);
    return nummers.get(v);
  });
}

/** What the plan counts, per view and mode: the list exercises every outcome. */
const AANTALLEN = {
  alles: { afgewezen: 3, organisaties: [10, 82, 68], personen: [59, 744, 561], ontbrekend: 56 },
  formeel: { afgewezen: 14, organisaties: [35, 69, 56], personen: [256, 639, 458], ontbrekend: 50 },
};

describe('the store side of the match', () => {
  for (const zicht of ['alles', 'formeel'] as const) {
    for (const modus of ['aanvullend', 'volledig'] as Modus[]) {
      it(`plans a re-import as the whole store's index did (${modus}, view ${zicht})`, async () => {
        const s = store.withZicht(zicht);
        const bekend = new Set(
          Object.values(await store.momentopname(almere)).flatMap((x) =>
            Array.isArray(x) ? x.map((y: { id?: string }) => y.id ?? '') : [],
          ),
        );
        const opties = { pad: tweedeLijst, gemeente: almere, modus };
        const perStuk = await planMetSchrijfacties(await StoreIndex.open(s, almere), opties);
        const heel = await planMetSchrijfacties(new HeleStoreIndex(s, await s.momentopname(almere)), opties);
        expect(vergelijkbaar(perStuk, bekend)).toEqual(vergelijkbaar(heel, bekend));
        const { organisaties, personen, afgewezen } = perStuk.samenvatting;
        const a = AANTALLEN[zicht];
        const [toegevoegd, gewijzigd, ongewijzigd] = a.personen;
        expect({ organisaties, personen, afgewezen }).toEqual({
          afgewezen: a.afgewezen,
          organisaties: { toegevoegd: a.organisaties[0], gewijzigd: a.organisaties[1], ongewijzigd: a.organisaties[2] },
          personen: { toegevoegd, gewijzigd, ongewijzigd, ontbrekend: modus === 'volledig' ? a.ontbrekend : 0 },
        });
      });
    }
  }
});
