/** What only PostgreSQL has: a schema per gemeente in one database, and writers of two processes serialised. */
import { openStore, type Store } from '@netwerkregie/store';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, fill, ORGANISATIES, PERSONEN } from './_testhulp.js';
import { withBeheer } from './_testmotor.js';

const BASIS = process.env.NR_TEST_DATABASE_URL!;
const open: Store[] = [];
afterAll(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A fresh database for one test, so its schemas are exactly the ones the test makes. */
async function nieuweDatabase(): Promise<string> {
  const naam = `nr_pg_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const c = new pg.Client({ connectionString: BASIS });
  await c.connect();
  await c.query(`create database ${pg.escapeIdentifier(naam)}`);
  await c.end();
  const u = new URL(BASIS);
  u.pathname = `/${naam}`;
  return u.toString();
}

async function opener(url: string, gemeente: string): Promise<Store> {
  const s = await openStore({ gemeente, url });
  open.push(s);
  return s;
}

describe('PostgreSQL: one schema per gemeente', () => {
  it('puts each gemeente in its own schema of one database, with the same tables, invisible to the other', async () => {
    const url = await nieuweDatabase();
    // Two opens at once, as two instances starting together: neither trips over the other's CREATE.
    const [almere, weesp] = await Promise.all([opener(url, 'almere'), opener(url, 'weesp-dorp')]);
    await fill(almere);
    await weesp.upsertOrganisatie({ ...ORGANISATIES[0]!, id: 'o-weesp', naam: 'Politie Weesp' }, BRON);

    const schemas = await withBeheer(async (c) => {
      const r = await c.query<{ schema: string; tabellen: string }>(
        `select table_schema as schema, string_agg(table_name, ',' order by table_name) as tabellen
           from information_schema.tables where table_schema like 'gemeente_%' group by 1 order by 1`,
      );
      return r.rows;
    }, url);
    const tabellen =
      'audit,audit_betrokkenen,betrokkenen,betrokkenenset_leden,betrokkenensets,beveiligingsgebeurtenissen,bevestigingen,contactmomenten,deelnames,' +
      'formeel_contactmomenten,formeel_deelnames,formeel_lidmaatschappen,formeel_organisaties,formeel_personen,' +
      'formeel_relaties,formeel_trainingen,historie,importbestanden,imports,indicatorstanden,instellingen,' +
      'kysely_migration,kysely_migration_lock,lidmaatschap_rollen,lidmaatschappen,' +
      'organisatie_wijken,organisaties,overleggen,personen,relaties,rondes,segmenten,sleutels,trainingen,' +
      'uitnodigingen,zoekindex,zoekindex_formeel';
    expect(schemas).toEqual([
      { schema: 'gemeente_almere', tabellen },
      { schema: 'gemeente_weesp_dorp', tabellen },
    ]);
    expect((await almere.listPersonen({})).totaal).toBe(PERSONEN.length);
    expect((await weesp.listPersonen({})).totaal).toBe(0);
    expect((await weesp.listOrganisaties({})).items.map((o) => o.id)).toEqual(['o-weesp']);
    expect(await almere.organisatie('o-weesp')).toBeUndefined();

    // The password never shows in where a store says it lives.
    const metWachtwoord = new URL(url);
    metWachtwoord.password = 'geheim-wachtwoord';
    expect(almere.pad).toBe(`${url}#gemeente_almere`);
    expect(almere.pad).not.toContain('geheim');
  });

  it('refuses a file and a URL together, and a URL of another kind', async () => {
    await expect(openStore({ gemeente: 'almere', url: BASIS, pad: ':memory:' })).rejects.toThrow(
      'Geef een databasebestand (pad) of een PostgreSQL-adres (url), niet allebei.',
    );
    await expect(openStore({ gemeente: 'almere', url: 'mysql://x@localhost/db' })).rejects.toThrow(
      'Het PostgreSQL-adres moet beginnen met postgres:// of postgresql://.',
    );
  });
});

describe('PostgreSQL: writers of two processes', () => {
  it('serialises transactions of two pools (two instances) on one gemeente, and lets the other gemeente through', async () => {
    const url = await nieuweDatabase();
    const eerste = await opener(url, 'almere');
    const tweede = await opener(url, 'almere');
    const ander = await opener(url, 'arnhem');
    await fill(eerste);

    const volgorde: string[] = [];
    let loslaten: () => void = () => {};
    const wacht = new Promise<void>((r) => {
      loslaten = r;
    });
    let binnen: () => void = () => {};
    const gestart = new Promise<void>((r) => {
      binnen = r;
    });
    const a = eerste.transaction(async (tx) => {
      volgorde.push('a begint');
      binnen();
      await wacht;
      await tx.upsertPersoon({ ...PERSONEN[0]!, telefoon: '+31612345600' }, BRON);
      volgorde.push('a klaar');
    });
    await gestart;
    const b = tweede.transaction(async (tx) => {
      volgorde.push('b begint');
      // Reads after the lock: sees a's commit, so this change builds on it instead of losing it.
      const p = await tx.persoon(PERSONEN[0]!.id);
      await tx.upsertPersoon({ ...p!, naam: 'Fatima el Ruïs-Amrani' }, BRON);
    });
    // Another gemeente does not wait for Almere's writer.
    await ander.upsertOrganisatie({ ...ORGANISATIES[0]!, id: 'o-arnhem' }, BRON);
    volgorde.push('arnhem geschreven');
    loslaten();
    await Promise.all([a, b]);

    expect(volgorde).toEqual(['a begint', 'arnhem geschreven', 'a klaar', 'b begint']);
    expect(await tweede.persoon(PERSONEN[0]!.id)).toEqual({
      ...PERSONEN[0],
      naam: 'Fatima el Ruïs-Amrani',
      telefoon: '+31612345600',
    });
    const historie = await eerste.historie({ entiteit: 'persoon', entiteitId: PERSONEN[0]!.id });
    expect(historie.map((h) => h.veld)).toEqual(['*', 'telefoon', 'naam']);
  });

  it('opens with bestaand only a schema that exists, and creates none', async () => {
    const url = await nieuweDatabase();
    await expect(openStore({ gemeente: 'almere', url, bestaand: true })).rejects.toMatchObject({
      name: 'OpslagFout',
      code: 'onbekend',
      message: 'Het schema gemeente_almere bestaat niet in deze database.',
    });
    const schemas = () =>
      withBeheer(
        async (c) =>
          (await c.query("select nspname from pg_namespace where nspname like 'gemeente_%'")).rows.map(
            (r) => r.nspname,
          ),
        url,
      );
    expect(await schemas()).toEqual([]);
    await (await opener(url, 'almere')).close();
    const weer = await openStore({ gemeente: 'almere', url, bestaand: true });
    open.push(weer);
    expect(await schemas()).toEqual(['gemeente_almere']);
  });
});
