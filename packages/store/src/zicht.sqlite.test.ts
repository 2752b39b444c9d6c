/** Migration 0004_zicht on a file that already holds data: the formal view and its index are there at once. */
import { join } from 'node:path';
import { openStore } from '@netwerkregie/store';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { GEHEIM_SLEUTEL } from './_keten.js';
import { BRON, cleanUp, fill, tijdelijkeMap } from './_testhulp.js';

afterAll(cleanUp);

/** Undoes migration 0005_logboek on a SQLite file (its columns, tables and secret). */
function terugVoor0005(db: Database.Database): void {
  db.exec('alter table sleutels drop column verloopt');
  for (const kolom of ['trace_id', 'verwerking', 'tekst_hash', 'vorige_hash', 'hash']) {
    db.exec(`alter table audit drop column ${kolom}`);
  }
  for (const tabel of ['audit_betrokkenen', 'betrokkenen', 'beveiligingsgebeurtenissen'])
    db.exec(`drop table ${tabel}`);
  db.prepare('delete from instellingen where sleutel = ?').run(GEHEIM_SLEUTEL);
}

/** Undoes migration 0006_formeel: its triggers, index and column (its views are dropped with 0004's). */
function terugVoor0006(db: Database.Database): void {
  for (const t of ['formeel_lid_erbij', 'formeel_lid_anders', 'formeel_lid_weg', 'formeel_organisatie'])
    db.exec(`drop trigger ${t}`);
  db.exec('drop index personen_formeel_naam');
  db.exec('alter table personen drop column formeel');
}

/** Undoes migration 0009_leesindexen: its triggers, tables and indexes (its view is dropped with 0004's). */
function terugVoor0009(db: Database.Database): void {
  for (const t of ['lid_erbij', 'lid_anders', 'lid_weg', 'organisatie_erbij', 'organisatie_anders', 'organisatie_weg'])
    db.exec(`drop trigger leesindex_${t}`);
  for (const t of ['lidmaatschap_rollen', 'organisatie_wijken']) db.exec(`drop table ${t}`);
  for (const i of ['organisaties_domein', 'personen_naam_id', 'personen_formeel_naam_id']) db.exec(`drop index ${i}`);
}

/** Undoes migration 0010_afwijzing on imports (the invitations' column goes with their table). */
function terugVoor0010(db: Database.Database): void {
  for (const kolom of ['afgewezen_op', 'afwijzingsreden']) db.exec(`alter table imports drop column ${kolom}`);
}

/** Undoes migration 0012_betrokkenensets: its tables, and the audit's column with its index. */
function terugVoor0012(db: Database.Database): void {
  for (const tabel of ['betrokkenenset_leden', 'betrokkenensets']) db.exec(`drop table ${tabel}`);
  db.exec('drop index audit_betrokkenenset');
  db.exec('alter table audit drop column betrokkenenset_id');
}

const VIEWS = ['organisaties', 'lidmaatschappen', 'personen', 'deelnames', 'relaties', 'contactmomenten', 'trainingen'];

describe('SQLite: migration 0004_zicht', () => {
  it('indexes the persons already stored for the formal view', async () => {
    const pad = join(await tijdelijkeMap(), 'oud.db');
    const store = await openStore({ gemeente: 'almere', pad });
    await fill(store);
    await store.upsertLidmaatschap(
      {
        id: 'l-jan-moskee',
        persoonId: 'p-jan',
        organisatieId: 'o-moskee',
        functie: 'Bestuurslid',
        rollen: [],
        begin: null,
        einde: null,
      },
      BRON,
    );
    await store.close();
    // Back to the file as it was before 0004 (the released 0003): no views, no formal index, and
    // neither 0004 nor what came after it, since migrations run in order.
    const db = new Database(pad);
    for (const v of VIEWS) db.exec(`drop view formeel_${v}`);
    db.exec('drop table zoekindex_formeel');
    terugVoor0012(db);
    terugVoor0010(db);
    terugVoor0009(db);
    terugVoor0006(db);
    terugVoor0005(db);
    for (const tabel of ['uitnodigingen', 'rondes', 'bevestigingen', 'segmenten']) db.exec(`drop table ${tabel}`);
    db.prepare("delete from kysely_migration where name >= '0004'").run();
    db.close();

    const weer = await openStore({ gemeente: 'almere', pad });
    const formeel = weer.withZicht('formeel');
    const ids = async (s: typeof weer, termen: string) => (await s.searchPersonen(termen)).items.map((p) => p.id);
    expect(await ids(weer, 'noer')).toEqual(['p-jan', 'p-mohamed']);
    expect(await ids(formeel, 'noer')).toEqual([]);
    expect(await ids(formeel, 'bestuurslid')).toEqual([]);
    expect(await ids(formeel, 'jan meulen')).toEqual(['p-jan']);
    expect(await ids(formeel, 'wijkagent')).toEqual(['p-jan']);
    expect(await formeel.persoon('p-mohamed')).toBeUndefined();
    await weer.close();
  });
});
