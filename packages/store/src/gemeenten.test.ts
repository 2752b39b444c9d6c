import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GEMEENTEN } from '@netwerkregie/domain';
import { openStore } from '@netwerkregie/store';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, ORGANISATIES, PERSONEN, ruimOp, tijdelijkeMap, vul } from './_testhulp.js';

afterAll(ruimOp);

describe('one file per gemeente', () => {
  it('keeps two gemeenten apart', async () => {
    const map = await tijdelijkeMap();
    const almere = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
    const arnhem = await openStore({ gemeente: 'arnhem', pad: join(map, 'arnhem.db') });
    await vul(almere);
    await arnhem.upsertOrganisatie(
      {
        id: 'o-arnhem',
        naam: 'Wijkteam Presikhaaf',
        domein: 'jeugd-en-welzijn',
        netwerk: 'formeel',
        soort: null,
        wijken: ['Presikhaaf'],
      },
      BRON,
    );
    await arnhem.upsertPersoon(
      { id: 'p-arnhem', naam: 'Jan van der Meulen', email: 'jan.vandermeulen@example.org', telefoon: null },
      BRON,
    );

    expect((await almere.listPersonen({})).totaal).toBe(PERSONEN.length);
    expect((await arnhem.listPersonen({})).items.map((p) => p.id)).toEqual(['p-arnhem']);
    expect((await arnhem.zoekPersonen('meulen')).items.map((p) => p.id)).toEqual(['p-arnhem']);
    expect((await almere.zoekPersonen('meulen')).items.map((p) => p.id)).toEqual(['p-jan']);
    expect((await almere.persoonOpEmail('jan.vandermeulen@example.org'))?.id).toBe('p-jan');
    expect((await arnhem.persoonOpEmail('jan.vandermeulen@example.org'))?.id).toBe('p-arnhem');
    expect(await arnhem.organisatie(ORGANISATIES[0]!.id)).toBeUndefined();
    expect(await almere.organisatie('o-arnhem')).toBeUndefined();
    expect((await arnhem.historie({})).map((h) => h.entiteitId)).toEqual(['o-arnhem', 'p-arnhem']);
    expect((await arnhem.momentopname(GEMEENTEN.arnhem!)).organisaties.map((o) => o.id)).toEqual(['o-arnhem']);
    await expect(arnhem.momentopname(GEMEENTEN.almere!)).rejects.toThrow(
      'Deze store hoort bij gemeente "arnhem", niet bij "almere".',
    );
    expect([almere.gemeente, arnhem.gemeente]).toEqual(['almere', 'arnhem']);
    expect(arnhem.pad).toBe(join(map, 'arnhem.db'));
    await almere.close();
    await arnhem.close();

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
    ]);
    expect(
      db
        .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
        .all()
        .map((r) => (r as { name: string }).name),
    ).toEqual([
      'audit',
      'contactmomenten',
      'deelnames',
      'historie',
      'importbestanden',
      'imports',
      'indicatorstanden',
      'instellingen',
      'kysely_migration',
      'kysely_migration_lock',
      'lidmaatschappen',
      'organisaties',
      'overleggen',
      'personen',
      'relaties',
      'sleutels',
      'trainingen',
      'zoekindex',
      'zoekindex_config',
      'zoekindex_content',
      'zoekindex_data',
      'zoekindex_docsize',
      'zoekindex_idx',
    ]);
    db.close();
  });

  it('refuses a gemeente name that is not a slug', async () => {
    await expect(openStore({ gemeente: '../etc', pad: ':memory:' })).rejects.toThrow(
      'Ongeldige gemeente "../etc"; verwacht kleine letters, cijfers en streepjes, zoals "almere".',
    );
    await expect(openStore({ gemeente: 'Almere' })).rejects.toThrow(RangeError);
  });
});
