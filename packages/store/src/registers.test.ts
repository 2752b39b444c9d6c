import { join } from 'node:path';
import type { ImportRecord } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, tijdelijkeMap } from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(cleanUp);

const IMPORT: ImportRecord = {
  id: 'imp-1',
  bestand: 'contactlijst.csv',
  sha256: 'ab'.repeat(32),
  actor: 'gegevensbeheerder',
  modus: 'aanvullend',
  status: 'gepland',
  samenvatting: { rijen: 412, afgewezen: 3, onbekendeKolommen: ['Opmerkingen'], meldingen: [] },
  tijd: '2024-05-01T10:00:00.000Z',
  toegepastOp: null,
  teruggedraaidOp: null,
};

describe('audit', () => {
  it('keeps who did what and why, newest first, filtered and paged', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await store.audit({
      actor: 'regisseur',
      actie: 'lezen',
      entiteit: 'persoon',
      entiteitId: 'p-1',
      doel: 'bellen',
      route: 'GET /v1/personen/p-1',
    });
    await store.audit({ actor: 'api', actie: 'lijst', entiteit: 'persoon', doel: 'overzicht' });
    await store.audit({
      actor: 'regisseur',
      actie: 'wijzigen',
      entiteit: 'organisatie',
      entiteitId: 'o-1',
      doel: 'contactmoment',
    });
    const alles = await store.listAudit({});
    expect(alles.totaal).toBe(3);
    expect(alles.items.map(({ tijd: _, ...r }) => r)).toEqual([
      {
        id: 3,
        actor: 'regisseur',
        actie: 'wijzigen',
        entiteit: 'organisatie',
        entiteitId: 'o-1',
        doel: 'contactmoment',
        route: null,
      },
      { id: 2, actor: 'api', actie: 'lijst', entiteit: 'persoon', entiteitId: null, doel: 'overzicht', route: null },
      {
        id: 1,
        actor: 'regisseur',
        actie: 'lezen',
        entiteit: 'persoon',
        entiteitId: 'p-1',
        doel: 'bellen',
        route: 'GET /v1/personen/p-1',
      },
    ]);
    expect((await store.listAudit({ actor: 'regisseur' }, { limiet: 1, offset: 1 })).items.map((a) => a.id)).toEqual([
      1,
    ]);
    expect((await store.listAudit({ entiteit: 'persoon' }, { sortering: 'id' })).items.map((a) => a.id)).toEqual([
      1, 2,
    ]);
    expect((await store.listAudit({ entiteitId: 'o-1' })).totaal).toBe(1);
    await expect(store.audit({ actor: 'api', actie: 'lezen', entiteit: 'persoon', doel: '' })).rejects.toThrow(
      'Auditregel zonder doel.',
    );
    await store.close();
  });
});

describe('import records', () => {
  it('inserts, replaces by id and lists newest first, across a reopen', async () => {
    const pad = join(await tijdelijkeMap(), 'i.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await store.saveImport(IMPORT);
    await store.saveImport({ ...IMPORT, id: 'imp-2', bestand: 'tweede.xlsx', tijd: '2024-06-01T09:00:00.000Z' });
    await store.saveImport({ ...IMPORT, status: 'toegepast', toegepastOp: '2024-05-01T10:00:07.000Z' });
    await store.saveImport({
      ...IMPORT,
      id: 'imp-3',
      status: 'afgewezen',
      afgewezenOp: '2024-05-02T08:00:00.000Z',
      afwijzingsreden: 'Dubbel ingestuurd.',
    });
    await store.close();
    const weer = await openTest({ gemeente: 'almere', pad });
    expect(await weer.importRecord('imp-1')).toEqual({
      ...IMPORT,
      status: 'toegepast',
      toegepastOp: '2024-05-01T10:00:07.000Z',
      afgewezenOp: null,
      afwijzingsreden: null,
    });
    expect(await weer.importRecord('imp-3')).toMatchObject({
      status: 'afgewezen',
      afgewezenOp: '2024-05-02T08:00:00.000Z',
      afwijzingsreden: 'Dubbel ingestuurd.',
    });
    expect(await weer.importRecord('imp-9')).toBeUndefined();
    const l = await weer.listImports();
    expect([l.items.map((i) => i.id), l.totaal]).toEqual([['imp-2', 'imp-1', 'imp-3'], 3]);
    expect((await weer.listImports({ sortering: 'bestand' })).items.map((i) => i.bestand)).toEqual([
      'contactlijst.csv',
      'contactlijst.csv',
      'tweede.xlsx',
    ]);
    await expect(weer.saveImport({ ...IMPORT, status: 'half' as never })).rejects.toThrow('Onbekende status "half".');
    await weer.close();
  });

  it('keeps the uploaded file of an import', async () => {
    const pad = join(await tijdelijkeMap(), 'b.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const csv = new TextEncoder().encode('\uFEFFOrganisatie;Naam\r\nGGZ Centraal;Els Bakker\r\n');
    await store.transaction(async (tx) => {
      await tx.saveImport(IMPORT);
      await tx.saveImportBestand('imp-1', csv);
    });
    await expect(store.saveImportBestand('imp-onbekend', csv)).rejects.toMatchObject({
      name: 'OpslagFout',
      code: 'verwijzing',
    });
    await store.close();
    const weer = await openTest({ gemeente: 'almere', pad });
    const terug = await weer.importBestand('imp-1');
    expect(terug).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(terug!).toString('utf8')).toBe('\uFEFFOrganisatie;Naam\r\nGGZ Centraal;Els Bakker\r\n');
    await weer.saveImportBestand('imp-1', new Uint8Array([1, 2, 3]).subarray(1));
    expect([...((await weer.importBestand('imp-1')) ?? [])]).toEqual([2, 3]);
    expect(await weer.importBestand('imp-2')).toBeUndefined();
    await weer.close();
  });
});

describe('indicator readings', () => {
  it('appends and lists oldest first, per indicator', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await store.saveIndicatorStanden([
      {
        tijd: '2024-05-01T10:00:07.000Z',
        indicatorId: 'training',
        waarde: 0.62,
        status: 'aandacht',
        aanleiding: 'import imp-1',
      },
      {
        tijd: '2024-05-01T10:00:07.000Z',
        indicatorId: 'veiligheid-zorg',
        waarde: 0.4,
        status: 'zorgelijk',
        aanleiding: 'import imp-1',
      },
    ]);
    await store.saveIndicatorStanden([
      {
        tijd: '2024-04-01T08:00:00.000Z',
        indicatorId: 'training',
        waarde: 0.5,
        status: 'aandacht',
        aanleiding: 'contactmoment c-1',
      },
    ]);
    await store.saveIndicatorStanden([]);
    expect(await store.listIndicatorStanden({ indicatorId: 'training' })).toEqual([
      {
        tijd: '2024-04-01T08:00:00.000Z',
        indicatorId: 'training',
        waarde: 0.5,
        status: 'aandacht',
        aanleiding: 'contactmoment c-1',
      },
      {
        tijd: '2024-05-01T10:00:07.000Z',
        indicatorId: 'training',
        waarde: 0.62,
        status: 'aandacht',
        aanleiding: 'import imp-1',
      },
    ]);
    expect((await store.listIndicatorStanden()).map((s) => s.indicatorId)).toEqual([
      'training',
      'training',
      'veiligheid-zorg',
    ]);
    await expect(
      store.saveIndicatorStanden([
        { tijd: 'x', indicatorId: 'silos', waarde: Number.NaN, status: 'goed', aanleiding: '' },
      ]),
    ).rejects.toThrow('Waarde van silos is geen getal.');
    await store.close();
  });
});
