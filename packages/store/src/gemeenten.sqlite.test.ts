import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@netwerkregie/store';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, fill, tijdelijkeMap } from './_testhulp.js';

afterAll(cleanUp);

describe('SQLite: one file per gemeente', () => {
  it('names its file and refuses to open it for another gemeente', async () => {
    const map = await tijdelijkeMap();
    const almere = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
    await fill(almere);
    expect(almere.pad).toBe(join(map, 'almere.db'));
    await almere.close();
    await expect(openStore({ gemeente: 'arnhem', pad: join(map, 'almere.db') })).rejects.toThrow(
      'Dit databasebestand hoort bij gemeente "almere", niet bij "arnhem".',
    );
  });

  it('defaults to data/<gemeente>.db under the working directory and migrates once', async () => {
    const map = await tijdelijkeMap();
    const oud = process.cwd();
    process.chdir(map);
    try {
      const store = await openStore({ gemeente: 'amsterdam' });
      expect(store.pad).toBe(join(map, 'data', 'amsterdam.db'));
      await store.close();
      const weer = await openStore({ gemeente: 'amsterdam' });
      await weer.close();
    } finally {
      process.chdir(oud);
    }
    const pad = join(map, 'data', 'amsterdam.db');
    expect(existsSync(pad)).toBe(true);
    const db = new Database(pad, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('select name from kysely_migration order by name').all()).toEqual([
      { name: '0001_basis' },
      { name: '0002_zoekindex' },
      { name: '0003_importbestanden' },
      { name: '0004_zicht' },
      { name: '0005_logboek' },
      { name: '0006_formeel' },
      { name: '0007_segmenten' },
      { name: '0008_rondes' },
      { name: '0009_leesindexen' },
      { name: '0010_afwijzing' },
      { name: '0011_versie' },
      { name: '0012_betrokkenensets' },
    ]);
    expect(
      db
        .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
        .all()
        .map((r) => (r as { name: string }).name),
    ).toEqual([
      'audit',
      'audit_betrokkenen',
      'betrokkenen',
      'betrokkenenset_leden',
      'betrokkenensets',
      'beveiligingsgebeurtenissen',
      'bevestigingen',
      'contactmomenten',
      'deelnames',
      'historie',
      'importbestanden',
      'imports',
      'indicatorstanden',
      'instellingen',
      'kysely_migration',
      'kysely_migration_lock',
      'lidmaatschap_rollen',
      'lidmaatschappen',
      'organisatie_wijken',
      'organisaties',
      'overleggen',
      'personen',
      'relaties',
      'rondes',
      'segmenten',
      'sleutels',
      'trainingen',
      'uitnodigingen',
      'zoekindex',
      'zoekindex_config',
      'zoekindex_content',
      'zoekindex_data',
      'zoekindex_docsize',
      'zoekindex_formeel',
      'zoekindex_formeel_config',
      'zoekindex_formeel_content',
      'zoekindex_formeel_data',
      'zoekindex_formeel_docsize',
      'zoekindex_formeel_idx',
      'zoekindex_idx',
    ]);
    db.close();
  });

  it('opens with bestaand only a file that exists, and creates none', async () => {
    const map = await tijdelijkeMap();
    const pad = join(map, 'tik-fout', 'almere.db');
    await expect(openStore({ gemeente: 'almere', pad, bestaand: true })).rejects.toMatchObject({
      name: 'OpslagFout',
      code: 'onbekend',
      message: `Het databasebestand ${pad} bestaat niet.`,
    });
    expect(existsSync(join(map, 'tik-fout'))).toBe(false);
    await (await openStore({ gemeente: 'almere', pad })).close();
    const weer = await openStore({ gemeente: 'almere', pad, bestaand: true });
    expect(weer.pad).toBe(pad);
    await weer.close();
  });
});
