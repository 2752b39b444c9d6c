import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { BRON, ORGANISATIES, PERSONEN, cleanUp, tijdelijkeMap, fill } from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(cleanUp);

const ids = (l: { items: Array<{ id: string }> }) => l.items.map((p) => p.id);

describe('zoekPersonen', () => {
  it('finds names, organisations and functions regardless of case and diacritics', async () => {
    const pad = join(await tijdelijkeMap(), 'z.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await fill(store);
    await store.close();
    const weer = await openTest({ gemeente: 'almere', pad });

    expect(ids(await weer.searchPersonen('ruis'))).toEqual(['p-fatima']);
    expect(ids(await weer.searchPersonen('RUÏS'))).toEqual(['p-fatima']);
    expect(ids(await weer.searchPersonen('fatima el ruïs'))).toEqual(['p-fatima']);
    expect(ids(await weer.searchPersonen('van der meulen'))).toEqual(['p-jan']);
    expect(ids(await weer.searchPersonen('Van Der MEULEN'))).toEqual(['p-jan']);
    expect(ids(await weer.searchPersonen('ozturk'))).toEqual(['p-sanne']);
    // Organisation names and functions are searchable too; every word must match.
    expect(ids(await weer.searchPersonen('ggz'))).toEqual(['p-els', 'p-fatima']);
    expect(ids(await weer.searchPersonen('ggz fatima'))).toEqual(['p-fatima']);
    expect(ids(await weer.searchPersonen('wijkagent'))).toEqual(['p-jan']);
    expect(ids(await weer.searchPersonen('el noer'))).toEqual(['p-mohamed']);
    expect(ids(await weer.searchPersonen('zorgcoordinator'))).toEqual(['p-sanne']);
    // The last word is a prefix.
    expect(ids(await weer.searchPersonen('meul'))).toEqual(['p-jan']);
    expect(ids(await weer.searchPersonen('jan meul'))).toEqual(['p-jan']);
    expect(ids(await weer.searchPersonen('meulen ja'))).toEqual(['p-jan']);
    // Earlier words are whole words.
    expect(ids(await weer.searchPersonen('meul jan'))).toEqual([]);
    expect(ids(await weer.searchPersonen('meul fatima'))).toEqual([]);
    expect((await weer.searchPersonen('niemand')).totaal).toBe(0);
    await weer.close();
  });

  it('treats FTS syntax in user input as plain text, never as an error', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    for (const invoer of ['"(*', ')', 'NEAR(', 'ruis AND', 'OR', '-', '*', '^ruis', 'naam:ruis', "'", '"""', 'a"b']) {
      await expect(store.searchPersonen(invoer)).resolves.toBeDefined();
    }
    // Without any word the list is not narrowed.
    expect((await store.searchPersonen('"(*')).totaal).toBe(PERSONEN.length);
    expect((await store.searchPersonen('')).totaal).toBe(PERSONEN.length);
    expect(ids(await store.searchPersonen('ruïs"(*'))).toEqual(['p-fatima']);
    expect(ids(await store.searchPersonen('naam:ruis'))).toEqual([]);
    expect(ids(await store.searchPersonen('OR'))).toEqual([]);
    expect(ids(await store.searchPersonen('el AND ruis'))).toEqual([]);
    expect(ids(await store.searchPersonen('(ruis)'))).toEqual(['p-fatima']);
    await store.close();
  });

  it('combines with filters and paging', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    const l = await store.searchPersonen('contactpersoon OR ggz', {});
    expect(l.totaal).toBe(0);
    const g = await store.searchPersonen('ggz', { getraind: true });
    expect(ids(g)).toEqual(['p-fatima']);
    // Prefix "b": basisteam/baken (Jan), baken (Sanne), bouziane (Mohamed), bakker (Els).
    const p = await store.searchPersonen('b', {}, { limiet: 1, offset: 1, sortering: '-naam' });
    expect(p.totaal).toBe(4);
    expect(ids(p)).toEqual(['p-mohamed']);
    await store.close();
  });

  it('follows renames of persons and organisations, new and removed memberships', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    await store.upsertPersoon({ ...PERSONEN[0]!, naam: 'Fatima Bakkali' }, BRON);
    expect(ids(await store.searchPersonen('ruis'))).toEqual([]);
    expect(ids(await store.searchPersonen('bakkali'))).toEqual(['p-fatima']);

    await store.upsertOrganisatie({ ...ORGANISATIES[1]!, naam: 'Zorggroep Flevoland' }, BRON);
    expect(ids(await store.searchPersonen('ggz'))).toEqual([]);
    expect(ids(await store.searchPersonen('flevoland'))).toEqual(['p-els', 'p-fatima']);

    await store.upsertLidmaatschap(
      {
        id: 'l-fatima-moskee',
        persoonId: 'p-fatima',
        organisatieId: 'o-moskee',
        functie: 'Vrijwilliger',
        rollen: [],
        begin: null,
        einde: null,
      },
      BRON,
    );
    expect(ids(await store.searchPersonen('noer vrijwilliger'))).toEqual(['p-fatima']);
    await store.deleteEntiteit('lidmaatschap', 'l-fatima-moskee', BRON);
    expect(ids(await store.searchPersonen('vrijwilliger'))).toEqual([]);

    // Inside a transaction the search sees the transaction's own changes.
    await store.transaction(async (tx) => {
      await tx.upsertPersoon({ id: 'p-nieuw', naam: 'Noor Ëlzinga', email: null, telefoon: null }, BRON);
      expect(ids(await tx.searchPersonen('elzinga'))).toEqual(['p-nieuw']);
    });
    expect(ids(await store.searchPersonen('elzinga'))).toEqual(['p-nieuw']);

    // A search inside a savepoint that is rolled back does not lose the outer transaction's indexing.
    await store.transaction(async (tx) => {
      await tx.upsertPersoon({ id: 'p-sp', naam: 'Ilse Spaarpunt', email: null, telefoon: null }, BRON);
      const fout = await tx
        .transaction(async (binnen) => {
          expect(ids(await binnen.searchPersonen('spaarpunt'))).toEqual(['p-sp']);
          throw new Error('terug');
        })
        .catch((e: Error) => e.message);
      expect(fout).toBe('terug');
    });
    expect(ids(await store.searchPersonen('spaarpunt'))).toEqual(['p-sp']);
    await store.close();
  });
});
