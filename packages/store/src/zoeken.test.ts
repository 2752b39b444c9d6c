import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { BRON, ORGANISATIES, PERSONEN, ruimOp, tijdelijkeMap, vul } from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(ruimOp);

const ids = (l: { items: Array<{ id: string }> }) => l.items.map((p) => p.id);

describe('zoekPersonen', () => {
  it('finds names, organisations and functions regardless of case and diacritics', async () => {
    const pad = join(await tijdelijkeMap(), 'z.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await vul(store);
    await store.close();
    const weer = await openTest({ gemeente: 'almere', pad });

    expect(ids(await weer.zoekPersonen('ruis'))).toEqual(['p-fatima']);
    expect(ids(await weer.zoekPersonen('RUÏS'))).toEqual(['p-fatima']);
    expect(ids(await weer.zoekPersonen('fatima el ruïs'))).toEqual(['p-fatima']);
    expect(ids(await weer.zoekPersonen('van der meulen'))).toEqual(['p-jan']);
    expect(ids(await weer.zoekPersonen('Van Der MEULEN'))).toEqual(['p-jan']);
    expect(ids(await weer.zoekPersonen('ozturk'))).toEqual(['p-sanne']);
    // Organisation names and functions are searchable too; every word must match.
    expect(ids(await weer.zoekPersonen('ggz'))).toEqual(['p-els', 'p-fatima']);
    expect(ids(await weer.zoekPersonen('ggz fatima'))).toEqual(['p-fatima']);
    expect(ids(await weer.zoekPersonen('wijkagent'))).toEqual(['p-jan']);
    expect(ids(await weer.zoekPersonen('el noer'))).toEqual(['p-mohamed']);
    expect(ids(await weer.zoekPersonen('zorgcoordinator'))).toEqual(['p-sanne']);
    // The last word is a prefix.
    expect(ids(await weer.zoekPersonen('meul'))).toEqual(['p-jan']);
    expect(ids(await weer.zoekPersonen('jan meul'))).toEqual(['p-jan']);
    expect(ids(await weer.zoekPersonen('meulen ja'))).toEqual(['p-jan']);
    // Earlier words are whole words.
    expect(ids(await weer.zoekPersonen('meul jan'))).toEqual([]);
    expect(ids(await weer.zoekPersonen('meul fatima'))).toEqual([]);
    expect((await weer.zoekPersonen('niemand')).totaal).toBe(0);
    await weer.close();
  });

  it('treats FTS syntax in user input as plain text, never as an error', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await vul(store);
    for (const invoer of ['"(*', ')', 'NEAR(', 'ruis AND', 'OR', '-', '*', '^ruis', 'naam:ruis', "'", '"""', 'a"b']) {
      await expect(store.zoekPersonen(invoer)).resolves.toBeDefined();
    }
    // Without any word the list is not narrowed.
    expect((await store.zoekPersonen('"(*')).totaal).toBe(PERSONEN.length);
    expect((await store.zoekPersonen('')).totaal).toBe(PERSONEN.length);
    expect(ids(await store.zoekPersonen('ruïs"(*'))).toEqual(['p-fatima']);
    expect(ids(await store.zoekPersonen('naam:ruis'))).toEqual([]);
    expect(ids(await store.zoekPersonen('OR'))).toEqual([]);
    expect(ids(await store.zoekPersonen('el AND ruis'))).toEqual([]);
    expect(ids(await store.zoekPersonen('(ruis)'))).toEqual(['p-fatima']);
    await store.close();
  });

  it('combines with filters and paging', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await vul(store);
    const l = await store.zoekPersonen('contactpersoon OR ggz', {});
    expect(l.totaal).toBe(0);
    const g = await store.zoekPersonen('ggz', { getraind: true });
    expect(ids(g)).toEqual(['p-fatima']);
    // Prefix "b": basisteam/baken (Jan), baken (Sanne), bouziane (Mohamed), bakker (Els).
    const p = await store.zoekPersonen('b', {}, { limiet: 1, offset: 1, sortering: '-naam' });
    expect(p.totaal).toBe(4);
    expect(ids(p)).toEqual(['p-mohamed']);
    await store.close();
  });

  it('follows renames of persons and organisations, new and removed memberships', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await vul(store);
    await store.upsertPersoon({ ...PERSONEN[0]!, naam: 'Fatima Bakkali' }, BRON);
    expect(ids(await store.zoekPersonen('ruis'))).toEqual([]);
    expect(ids(await store.zoekPersonen('bakkali'))).toEqual(['p-fatima']);

    await store.upsertOrganisatie({ ...ORGANISATIES[1]!, naam: 'Zorggroep Flevoland' }, BRON);
    expect(ids(await store.zoekPersonen('ggz'))).toEqual([]);
    expect(ids(await store.zoekPersonen('flevoland'))).toEqual(['p-els', 'p-fatima']);

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
    expect(ids(await store.zoekPersonen('noer vrijwilliger'))).toEqual(['p-fatima']);
    await store.verwijder('lidmaatschap', 'l-fatima-moskee', BRON);
    expect(ids(await store.zoekPersonen('vrijwilliger'))).toEqual([]);

    // Inside a transaction the search sees the transaction's own changes.
    await store.transactie(async (tx) => {
      await tx.upsertPersoon({ id: 'p-nieuw', naam: 'Noor Ëlzinga', email: null, telefoon: null }, BRON);
      expect(ids(await tx.zoekPersonen('elzinga'))).toEqual(['p-nieuw']);
    });
    expect(ids(await store.zoekPersonen('elzinga'))).toEqual(['p-nieuw']);

    // A search inside a savepoint that is rolled back does not lose the outer transaction's indexing.
    await store.transactie(async (tx) => {
      await tx.upsertPersoon({ id: 'p-sp', naam: 'Ilse Spaarpunt', email: null, telefoon: null }, BRON);
      const fout = await tx
        .transactie(async (binnen) => {
          expect(ids(await binnen.zoekPersonen('spaarpunt'))).toEqual(['p-sp']);
          throw new Error('terug');
        })
        .catch((e: Error) => e.message);
      expect(fout).toBe('terug');
    });
    expect(ids(await store.zoekPersonen('spaarpunt'))).toEqual(['p-sp']);
    await store.close();
  });
});
