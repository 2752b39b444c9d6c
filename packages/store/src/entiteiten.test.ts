import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import {
  BRON,
  CONTACTMOMENTEN,
  DEELNAMES,
  LIDMAATSCHAPPEN,
  ORGANISATIES,
  OVERLEGGEN,
  PERSONEN,
  RELATIES,
  cleanUp,
  TRAININGEN,
  tijdelijkeMap,
  fill,
} from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(cleanUp);

describe('entities round-trip through a real file', () => {
  it('reads back every entity exactly after close and reopen', async () => {
    const pad = join(await tijdelijkeMap(), 'almere.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await fill(store);
    await store.close();

    const weer = await openTest({ gemeente: 'almere', pad });
    for (const o of ORGANISATIES) expect(await weer.organisatie(o.id)).toEqual(o);
    for (const p of PERSONEN) expect(await weer.persoon(p.id)).toEqual(p);
    for (const o of OVERLEGGEN) expect(await weer.overleg(o.id)).toEqual(o);
    for (const l of LIDMAATSCHAPPEN) expect(await weer.lidmaatschap(l.id)).toEqual(l);
    for (const d of DEELNAMES) expect(await weer.deelname(d.id)).toEqual(d);
    for (const r of RELATIES) expect(await weer.relatie(r.id)).toEqual(r);
    for (const c of CONTACTMOMENTEN) expect(await weer.contactmoment(c.id)).toEqual(c);
    for (const t of TRAININGEN) expect(await weer.training(t.id)).toEqual(t);
    expect(await weer.entiteit('training', 't-3')).toEqual(TRAININGEN[2]);
    expect(await weer.entiteit('persoon', 'p-jan')).toEqual(PERSONEN[1]);
    expect(await weer.organisatie('bestaat-niet')).toBeUndefined();
    await weer.close();
  });

  it('looks up by folded name, by e-mail ignoring case, and by name within an organisation', async () => {
    const store = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 'a.db') });
    await fill(store);
    expect((await store.organisatieOpNaam('  moskee  el   NOER '))?.id).toBe('o-moskee');
    expect((await store.organisatieOpNaam('GGZ Centraal'))?.id).toBeUndefined();
    expect((await store.overlegOpNaam('casusoverleg radicalisering'))?.id).toBe('ov-casus');
    expect((await store.persoonOpEmail(' Fatima.ElRuis@EXAMPLE.org '))?.id).toBe('p-fatima');
    expect(await store.persoonOpEmail('niemand@example.org')).toBeUndefined();
    expect((await store.persoonOpNaam('sanne de vries-ozturk', 'o-school'))?.id).toBe('p-sanne');
    expect(await store.persoonOpNaam('sanne de vries-ozturk', 'o-ggz')).toBeUndefined();
    expect((await store.lidmaatschappenVanPersoon('p-jan')).map((l) => l.id)).toEqual([
      'l-jan-politie',
      'l-jan-school',
    ]);
    expect((await store.lidmaatschappenVanOrganisatie('o-ggz')).map((l) => l.id)).toEqual([
      'l-els-ggz',
      'l-fatima-ggz',
    ]);
    expect((await store.deelnamesVanOverleg('ov-casus')).map((d) => d.id)).toEqual(['d-1', 'd-2']);
    await store.close();
  });

  it('validates input with the domain schema and stores the normalised value', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    expect(
      await store.upsertPersoon({ id: 'p-x', naam: '  Jan   Jansen ', email: 'JAN@Example.org', telefoon: null }, BRON),
    ).toEqual([
      { veld: '*', voor: null, na: { id: 'p-x', naam: 'Jan   Jansen', email: 'jan@example.org', telefoon: null } },
    ]);
    await expect(
      store.upsertPersoon({ id: 'p-y', naam: 'Piet', email: 'piet@', telefoon: null }, BRON),
    ).rejects.toThrow('Geen geldig e-mailadres.');
    await expect(
      store.upsertOrganisatie(
        { id: 'o', naam: 'X', domein: 'brandweer' as never, netwerk: 'formeel', soort: null, wijken: [] },
        BRON,
      ),
    ).rejects.toThrow('Onbekend domein');
    await expect(
      store.upsertPersoon({ id: 'p-z', naam: 'Z', email: null, telefoon: null }, { actor: '' }),
    ).rejects.toThrow('Bron zonder actor');
    expect(await store.historie({})).toHaveLength(1);
    await store.close();
  });

  it('refuses a second person with the same e-mail and a second membership for the same pair', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    await expect(
      store.upsertPersoon(
        { id: 'p-dubbel', naam: 'Fatima R.', email: 'FATIMA.ELRUIS@example.org', telefoon: null },
        BRON,
      ),
    ).rejects.toMatchObject({ name: 'OpslagFout', code: 'uniek' });
    await expect(
      store.upsertLidmaatschap(
        {
          id: 'l-dubbel',
          persoonId: 'p-jan',
          organisatieId: 'o-politie',
          functie: null,
          rollen: [],
          begin: null,
          einde: null,
        },
        BRON,
      ),
    ).rejects.toMatchObject({ name: 'OpslagFout', code: 'uniek' });
    await expect(
      store.upsertLidmaatschap(
        {
          id: 'l-wees',
          persoonId: 'p-onbekend',
          organisatieId: 'o-politie',
          functie: null,
          rollen: [],
          begin: null,
          einde: null,
        },
        BRON,
      ),
    ).rejects.toMatchObject({ name: 'OpslagFout', code: 'verwijzing' });
    await expect(
      store.upsertRelatie(
        { id: 'r-x', entiteit: 'organisatie', van: 'o-ggz', naar: 'o-nergens', soort: 'samenwerking' },
        BRON,
      ),
    ).rejects.toThrow('Relatie r-x: organisatie o-nergens bestaat niet.');
    expect(await store.historie({ entiteitId: 'p-dubbel' })).toEqual([]);
    expect(await store.historie({ entiteitId: 'l-dubbel' })).toEqual([]);
    await store.close();
  });
});

describe('history of upserts', () => {
  it('writes one row per changed field with before and after, and nothing for a no-op', async () => {
    const pad = join(await tijdelijkeMap(), 'h.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const org = ORGANISATIES[0]!;
    const bron = { actor: 'beheerder-1', importId: 'imp-1' };
    expect(await store.upsertOrganisatie(org, bron)).toEqual([{ veld: '*', voor: null, na: org }]);
    expect(await store.upsertOrganisatie({ ...org }, { actor: 'beheerder-1' })).toEqual([]);

    const nieuw = { ...org, naam: 'Politie Basisteam Almere', wijken: ['Almere Stad'], soort: null };
    const wijzigingen = await store.upsertOrganisatie(nieuw, { actor: 'regisseur-2', importId: 'imp-2' });
    expect(wijzigingen).toEqual([
      { veld: 'naam', voor: 'Politie Basisteam Zuid', na: 'Politie Basisteam Almere' },
      { veld: 'soort', voor: 'politie', na: null },
      { veld: 'wijken', voor: ['Almere Stad', 'Almere Haven'], na: ['Almere Stad'] },
    ]);
    expect(await store.upsertOrganisatie(nieuw, { actor: 'regisseur-2' })).toEqual([]);
    await store.close();

    const weer = await openTest({ gemeente: 'almere', pad });
    const rijen = await weer.historie({ entiteit: 'organisatie', entiteitId: 'o-politie' });
    const tijd = rijen[0]!.tijd;
    expect(tijd).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(rijen.map(({ tijd: _, ...r }) => r)).toEqual([
      {
        id: 1,
        entiteit: 'organisatie',
        entiteitId: 'o-politie',
        veld: '*',
        voor: null,
        na: org,
        importId: 'imp-1',
        actor: 'beheerder-1',
      },
      {
        id: 2,
        entiteit: 'organisatie',
        entiteitId: 'o-politie',
        veld: 'naam',
        voor: 'Politie Basisteam Zuid',
        na: 'Politie Basisteam Almere',
        importId: 'imp-2',
        actor: 'regisseur-2',
      },
      {
        id: 3,
        entiteit: 'organisatie',
        entiteitId: 'o-politie',
        veld: 'soort',
        voor: 'politie',
        na: null,
        importId: 'imp-2',
        actor: 'regisseur-2',
      },
      {
        id: 4,
        entiteit: 'organisatie',
        entiteitId: 'o-politie',
        veld: 'wijken',
        voor: ['Almere Stad', 'Almere Haven'],
        na: ['Almere Stad'],
        importId: 'imp-2',
        actor: 'regisseur-2',
      },
    ]);
    expect((await weer.historie({ importId: 'imp-2' })).map((r) => r.id)).toEqual([2, 3, 4]);
    expect((await weer.historie({ veld: 'soort' })).map((r) => r.id)).toEqual([3]);
    expect((await weer.historie({ naId: 2 })).map((r) => r.id)).toEqual([3, 4]);
    expect((await weer.historie({ naId: 1, limiet: 2 })).map((r) => r.id)).toEqual([2, 3]);
    expect(await weer.historie({ entiteit: 'persoon' })).toEqual([]);
    await weer.close();
  });

  it('records membership and person changes field by field', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    const l = LIDMAATSCHAPPEN[0]!;
    expect(
      await store.upsertLidmaatschap(
        { ...l, rollen: ['aandachtfunctionaris', 'netwerkregisseur'], einde: '2025-01-31' },
        BRON,
      ),
    ).toEqual([
      { veld: 'rollen', voor: ['aandachtfunctionaris'], na: ['aandachtfunctionaris', 'netwerkregisseur'] },
      { veld: 'einde', voor: null, na: '2025-01-31' },
    ]);
    expect(await store.upsertPersoon({ ...PERSONEN[1]!, telefoon: null }, BRON)).toEqual([
      { veld: 'telefoon', voor: '+31687654321', na: null },
    ]);
    const laatste = await store.historie({ naId: 0 });
    expect(laatste.slice(-3).map((r) => [r.entiteit, r.entiteitId, r.veld, r.voor, r.na])).toEqual([
      [
        'lidmaatschap',
        'l-fatima-ggz',
        'rollen',
        ['aandachtfunctionaris'],
        ['aandachtfunctionaris', 'netwerkregisseur'],
      ],
      ['lidmaatschap', 'l-fatima-ggz', 'einde', null, '2025-01-31'],
      ['persoon', 'p-jan', 'telefoon', '+31687654321', null],
    ]);
    await store.close();
  });
});
