import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore } from '@netwerkregie/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tijdelijkeMap } from './_testhulp.js';
import { describeLocatie, locatieVan, STANDAARD_DATAMAP, standaardDb } from './database.js';
import { withGemeenteStore } from './openen.js';

const URL_ = 'postgres://netwerkregie:geheim@db.example.org:5432/netwerk';

describe('where a gemeente’s store lives', () => {
  it('takes db first, then DATABASE_URL, then data/<gemeente>.db', () => {
    expect(standaardDb('almere')).toBe(join('data', 'almere.db'));
    expect(standaardDb('almere', '/srv/netwerk')).toBe(join('/srv/netwerk', 'almere.db'));
    expect(STANDAARD_DATAMAP).toBe('data');
    expect(locatieVan('almere', 'lijst.db', { DATABASE_URL: URL_ })).toEqual({ pad: 'lijst.db' });
    expect(locatieVan('almere', undefined, { DATABASE_URL: URL_ })).toEqual({ url: URL_ });
    expect(locatieVan('almere', undefined, {})).toEqual({ pad: join('data', 'almere.db') });
  });

  it('refuses another kind of URL as database.ongeldig, in Dutch', () => {
    expect(() => locatieVan('almere', 'mysql://x@localhost/db', {})).toThrow(
      expect.objectContaining({
        name: 'ToepassingFout',
        code: 'database.ongeldig',
        message: '--db is een bestand of een postgres://-adres, geen mysql-adres.',
      }),
    );
    expect(() => locatieVan('almere', undefined, { DATABASE_URL: 'data/almere.db' })).toThrow(
      expect.objectContaining({ code: 'database.ongeldig' }),
    );
  });

  it('never shows the password', () => {
    expect(describeLocatie({ url: URL_ })).toBe('postgres://netwerkregie@db.example.org:5432/netwerk');
  });
});

describe('metGemeenteStore on real SQLite files', () => {
  let map: string;
  let opruimen: () => Promise<void>;
  beforeEach(async () => {
    ({ map, opruimen } = await tijdelijkeMap());
  });
  afterEach(() => opruimen());

  it('refuses a database that does not exist, naming the full path, and creates nothing', async () => {
    const pad = join(map, 'almere.db');
    await expect(withGemeenteStore('almere', async () => 1, { db: pad })).rejects.toThrow(
      expect.objectContaining({
        code: 'database.onbekend',
        message: `De database ${resolve(pad)} bestaat niet. Geef met --db het pad van de database van deze gemeente, of importeer eerst een lijst.`,
      }),
    );
    expect(existsSync(pad)).toBe(false);
  });

  it('reads a missing database as empty for a dry run of an operation that may start one, without making it', async () => {
    const pad = join(map, 'almere.db');
    const sleutels = await withGemeenteStore('almere', (s) => s.listSleutels(), {
      db: pad,
      alleenLezen: true,
      magNieuw: true,
    });
    expect(sleutels).toEqual([]);
    expect(existsSync(pad)).toBe(false);
  });

  it('may start a new database, and removes it again when the operation fails', async () => {
    const pad = join(map, 'almere.db');
    await expect(
      withGemeenteStore(
        'almere',
        async () => {
          throw new Error('mislukt');
        },
        { db: pad, magNieuw: true },
      ),
    ).rejects.toThrow('mislukt');
    expect(existsSync(pad)).toBe(false);
    expect(await withGemeenteStore('almere', async () => 'gemaakt', { db: pad, magNieuw: true })).toBe('gemaakt');
    expect(existsSync(pad)).toBe(true);
  });

  it('opens an existing database of the gemeente and closes it after', async () => {
    const pad = join(map, 'almere.db');
    await (await openStore({ gemeente: 'almere', pad })).close();
    expect(await withGemeenteStore('almere', async (s) => s.gemeente, { db: pad })).toBe('almere');
  });
});
