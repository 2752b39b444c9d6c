import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import { BRON, cleanUp, fill, PERSONEN, TRAININGEN, tijdelijkeMap } from './_testhulp.js';
import { alleRijen, analyze, MOTOR, openTest, opgeslagenBytes, statistiek } from './_testmotor.js';

afterAll(cleanUp);

const FATIMA = PERSONEN[0]!; // Fatima el Ruïs, fatima.elruis@example.org, +31612345678
/** Every form in which her data could linger: stored values, an earlier name and e-mail, index tokens, phone digits. */
const SPOREN = [
  'Fatima el Ruïs',
  'Ruïs',
  'ruis',
  'RUIS',
  'Amrani',
  'amrani',
  'fatima.elruis@example.org',
  'f.amrani@example.org',
  'elruis',
  '+31612345678',
  '612345678',
];

function sporenIn(tekst: string): string[] {
  return SPOREN.filter((s) => tekst.includes(s));
}

function sporenInBytes(bytes: Buffer): string[] {
  return SPOREN.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
}

/** Where the search index keeps its text: FTS5's shadow tables, or PostgreSQL's tsvector table. */
// Both search indexes: the whole network's and the formal view's (see _zicht.ts).
const INDEXTABELLEN =
  MOTOR === 'sqlite'
    ? ['zoekindex_content', 'zoekindex_data', 'zoekindex_formeel_content', 'zoekindex_formeel_data']
    : ['zoekindex', 'zoekindex_formeel'];

/** Reads every row of every table of the store (index shadow tables included) and reports any trace. */
async function scanTabellen(pad: string): Promise<Record<string, string[]>> {
  const tabellen = await alleRijen(pad);
  const gevonden: Record<string, string[]> = {};
  for (const [tabel, rijen] of Object.entries(tabellen)) {
    for (const rij of rijen) {
      for (const waarde of Object.values(rij)) {
        const sporen =
          typeof waarde === 'string' ? sporenIn(waarde) : Buffer.isBuffer(waarde) ? sporenInBytes(waarde) : [];
        if (sporen.length > 0) gevonden[tabel] = [...new Set([...(gevonden[tabel] ?? []), ...sporen])];
      }
    }
  }
  expect(Object.keys(tabellen)).toEqual(
    expect.arrayContaining(['personen', 'historie', 'audit', 'imports', ...INDEXTABELLEN]),
  );
  return gevonden;
}

/** A store in which Fatima left traces everywhere: history of an old name and e-mail, audit, an import summary, a key. */
async function storeMetSporen(pad: string): Promise<Store> {
  const store = await openTest({ gemeente: 'almere', pad });
  await store.upsertPersoon({ ...FATIMA, naam: 'Fatima Ruïs-Amrani', email: 'f.amrani@example.org' }, BRON);
  await fill(store, { actor: 'import', importId: 'imp-1' });
  await store.audit({
    actor: 'regisseur',
    actie: 'lezen',
    entiteit: 'persoon',
    entiteitId: FATIMA.id,
    doel: 'bellen met Fatima el Ruïs',
  });
  // A surname alone and a phone with dashes: forms no pattern for her name or number would catch.
  await store.audit({
    actor: 'regisseur',
    actie: 'lezen',
    entiteit: 'persoon',
    entiteitId: FATIMA.id,
    doel: 'terugbellen: 06-12345678 (Amrani)',
  });
  await store.audit({
    actor: 'regisseur',
    actie: 'lezen',
    entiteit: 'persoon',
    entiteitId: 'p-jan',
    doel: 'netwerkoverzicht',
  });
  // Rows not about her whose purpose names her in another form: capitals without the accent, a phone
  // with spaces and the country code, her e-mail in capitals.
  await store.audit({
    actor: 'regisseur',
    actie: 'lezen',
    entiteit: 'organisatie',
    entiteitId: 'o-ggz',
    doel: 'overleg met FATIMA EL RUIS',
  });
  await store.audit({ actor: 'regisseur', actie: 'zoeken', entiteit: 'persoon', doel: 'bellen 0031 6 1234 5678' });
  await store.audit({
    actor: 'regisseur',
    actie: 'exporteren',
    entiteit: 'persoon',
    doel: 'mail FATIMA.ELRUIS@EXAMPLE.ORG',
  });
  await store.saveImport({
    id: 'imp-1',
    bestand: 'contactlijst Fatima el Ruïs.xlsx',
    sha256: 'ab'.repeat(32),
    actor: 'import',
    modus: 'aanvullend',
    status: 'toegepast',
    samenvatting: {
      rijen: 7,
      meldingen: [
        {
          rij: 3,
          kolom: 'Telefoon',
          waarde: '0612345678',
          code: 'persoon.dubbel',
          ernst: 'waarschuwing',
          melding: 'Fatima el Ruïs staat dubbel',
        },
        {
          rij: 5,
          kolom: 'Mailadres',
          waarde: 'jan@',
          code: 'email.ongeldig',
          ernst: 'fout',
          melding: 'Geen geldig e-mailadres.',
        },
      ],
    },
    tijd: '2024-05-01T10:00:00.000Z',
    toegepastOp: '2024-05-01T10:00:05.000Z',
    teruggedraaidOp: null,
  });
  // A rejected plan whose reason, against the rule, names her.
  await store.saveImport({
    id: 'imp-2',
    bestand: 'bevestiging.csv',
    sha256: 'cd'.repeat(32),
    actor: 'partner:o-ggz',
    modus: 'aanvullend',
    status: 'afgewezen',
    samenvatting: { rijen: 1, meldingen: [] },
    tijd: '2024-05-02T10:00:00.000Z',
    toegepastOp: null,
    teruggedraaidOp: null,
    afgewezenOp: '2024-05-03T10:00:00.000Z',
    afwijzingsreden: 'Fatima el Ruïs werkt hier nog',
  });
  const sheet = 'Organisatie;Naam;E-mail\nGGZ Centraal Polder;Fatima el Ruïs;fatima.elruis@example.org\n';
  await store.saveImportBestand('imp-1', new TextEncoder().encode(sheet));
  await store.saveSleutel({
    id: 'k-1',
    hash: 'cd'.repeat(32),
    rol: 'lezer',
    omschrijving: 'laptop van Fatima el Ruïs',
  });
  return store;
}

describe('erasePersoon', () => {
  it('leaves no trace of name, e-mail or phone in any table, the index, the statistics or the files', async () => {
    const pad = join(await tijdelijkeMap(), 'almere.db');
    const store = await storeMetSporen(pad);
    await store.close();
    // ANALYZE copies column values (e-mail addresses) into the statistics.
    await analyze(pad);
    expect(sporenIn(await statistiek(pad))).toEqual(expect.arrayContaining(['fatima.elruis@example.org']));
    const voor = await scanTabellen(pad);
    expect(Object.keys(voor)).toEqual(
      expect.arrayContaining([
        'audit',
        'historie',
        'importbestanden',
        'imports',
        'personen',
        'sleutels',
        ...INDEXTABELLEN,
      ]),
    );
    expect(sporenInBytes(await opgeslagenBytes(pad))).toEqual(expect.arrayContaining(['fatima.elruis@example.org']));

    const weer = await openTest({ gemeente: 'almere', pad });
    expect((await weer.searchPersonen('ruis')).totaal).toBe(1);
    expect(
      await weer.erasePersoon(FATIMA.id, { actor: 'gegevensbeheerder', doel: 'verzoek van betrokkene (AVG art. 17)' }),
    ).toBe(true);
    // Cleaned at once (SQLite: checkpoint; PostgreSQL: VACUUM FULL): no file holds her bytes while the store stays open.
    expect(sporenInBytes(await opgeslagenBytes(pad))).toEqual([]);
    expect(sporenIn(await statistiek(pad))).toEqual([]);

    expect(await weer.persoon(FATIMA.id)).toBeUndefined();
    expect(await weer.persoonOpEmail(FATIMA.email!)).toBeUndefined();
    expect((await weer.searchPersonen('ruis')).totaal).toBe(0);
    expect((await weer.searchPersonen('amrani')).totaal).toBe(0);
    expect(await weer.lidmaatschappenVanPersoon(FATIMA.id)).toEqual([]);
    expect((await weer.listTrainingen({ persoonId: FATIMA.id })).totaal).toBe(0);
    expect((await weer.deelnamesVanOverleg('ov-casus')).map((d) => d.id)).toEqual(['d-1']);
    expect(await weer.relatie('r-1')).toBeUndefined();
    expect(await weer.relatie('r-2')).toBeDefined();
    // The contact moment belongs to the organisation and stays.
    expect((await weer.contactmoment('c-2'))?.persoonId).toBeNull();
    // Others are untouched.
    expect(await weer.persoon('p-jan')).toEqual(PERSONEN[1]);
    expect((await weer.listPersonen({})).totaal).toBe(PERSONEN.length - 1);

    const historie = await weer.historie({ entiteit: 'persoon', entiteitId: FATIMA.id });
    expect(historie.map((h) => [h.veld, h.voor, h.na, h.actor, h.importId])).toEqual([
      ['*', null, { id: FATIMA.id, naam: '[gewist]', email: '[gewist]', telefoon: '[gewist]' }, 'test', null],
      ['naam', '[gewist]', '[gewist]', 'import', 'imp-1'],
      ['email', '[gewist]', '[gewist]', 'import', 'imp-1'],
      ['*', '[gewist]', null, 'gegevensbeheerder', null],
    ]);
    // Her training's and membership's history keep their shape, not their values (finding 7 of issue 13).
    expect(
      (await weer.historie({ entiteitId: 't-3' })).map((h) => [h.entiteit, h.veld, h.voor, h.na, h.actor]),
    ).toEqual([
      [
        'training',
        '*',
        null,
        {
          id: 't-3',
          persoonId: '[gewist]',
          soort: '[gewist]',
          datum: TRAININGEN[2]?.datum === null ? null : '[gewist]',
        },
        'import',
      ],
      ['training', '*', '[gewist]', null, 'gegevensbeheerder'],
    ]);
    const lid = JSON.stringify(await weer.historie({ entiteit: 'lidmaatschap', entiteitId: 'l-fatima-ggz' }));
    for (const waarde of [FATIMA.id, 'o-ggz', 'Sociaal psychiatrisch verpleegkundige', 'aandachtfunctionaris']) {
      expect(lid).not.toContain(waarde);
    }
    // Only her own rows (their shape, per the erasure above) still carry her id.
    const andere = (await weer.historie({})).filter((h) => h.entiteit !== 'persoon');
    expect(JSON.stringify(andere)).not.toContain(FATIMA.id);
    expect((await weer.historie({ entiteitId: 'c-2', veld: 'persoonId' })).map((h) => [h.voor, h.na])).toEqual([
      ['[gewist]', null],
    ]);
    const anders = await weer.listAudit({ actor: 'regisseur' }, { sortering: 'id' });
    expect(anders.items.filter((a) => a.entiteitId !== FATIMA.id).map((a) => a.doel)).toEqual([
      'netwerkoverzicht',
      '[gewist]',
      '[gewist]',
      'mail [gewist]',
    ]);
    expect(await weer.verifyKeten()).toEqual({ intact: true, regels: 7 });

    const audit = await weer.listAudit({ entiteitId: FATIMA.id }, { sortering: 'id' });
    expect(audit.items.map((a) => [a.actor, a.actie, a.entiteit, a.entiteitId, a.doel, a.route])).toEqual([
      ['regisseur', 'lezen', 'persoon', FATIMA.id, '[gewist]', null],
      ['regisseur', 'lezen', 'persoon', FATIMA.id, '[gewist]', null],
      ['gegevensbeheerder', 'wissen', 'persoon', FATIMA.id, 'verzoek van betrokkene (AVG art. 17)', null],
    ]);
    expect((await weer.listAudit({ entiteitId: 'p-jan' })).items.map((a) => a.doel)).toEqual(['netwerkoverzicht']);
    const imp = await weer.importRecord('imp-1');
    expect(imp?.bestand).toBe('contactlijst [gewist].xlsx');
    expect(imp?.samenvatting).toEqual({
      rijen: 7,
      meldingen: [
        {
          rij: 3,
          kolom: 'Telefoon',
          waarde: '[gewist]',
          code: 'persoon.dubbel',
          ernst: 'waarschuwing',
          melding: '[gewist] staat dubbel',
        },
        {
          rij: 5,
          kolom: 'Mailadres',
          waarde: 'jan@',
          code: 'email.ongeldig',
          ernst: 'fout',
          melding: 'Geen geldig e-mailadres.',
        },
      ],
    });
    expect((await weer.listSleutels()).map((s) => s.omschrijving)).toEqual(['laptop van [gewist]']);
    expect(await weer.importBestand('imp-1')).toBeUndefined();
    await weer.close();

    if (MOTOR === 'sqlite') expect(existsSync(`${pad}-wal`)).toBe(false);
    expect(sporenInBytes(await opgeslagenBytes(pad))).toEqual([]);
    expect(await scanTabellen(pad)).toEqual({});
  });

  it('returns false for an unknown person and writes nothing', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    const voor = (await store.historie({})).length;
    expect(await store.erasePersoon('p-onbekend', { actor: 'beheerder', doel: 'verzoek' })).toBe(false);
    expect((await store.historie({})).length).toBe(voor);
    expect((await store.listAudit({})).totaal).toBe(0);
    await expect(store.erasePersoon('p-jan', { actor: 'beheerder', doel: ' ' })).rejects.toThrow('Wissen zonder doel.');
    await store.close();
  });

  it('erases inside a caller transaction and rolls back with it', async () => {
    const store = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 't.db') });
    await fill(store);
    await expect(
      store.transaction(async (tx) => {
        await tx.erasePersoon('p-jan', { actor: 'beheerder', doel: 'bewaartermijn verlopen' });
        expect(await tx.persoon('p-jan')).toBeUndefined();
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    expect(await store.persoon('p-jan')).toEqual(PERSONEN[1]);
    expect((await store.searchPersonen('meulen')).totaal).toBe(1);
    const gewist = await store.transaction(async (tx) => [
      await tx.erasePersoon('p-jan', { actor: 'beheerder', doel: 'bewaartermijn verlopen' }),
      await tx.erasePersoon('p-els', { actor: 'beheerder', doel: 'bewaartermijn verlopen' }),
    ]);
    expect(gewist).toEqual([true, true]);
    expect((await store.listPersonen({})).items.map((p) => p.id)).toEqual(['p-fatima', 'p-mohamed', 'p-sanne']);
    await store.close();
  });
});

describe('personenZonderActiefLidmaatschapSinds', () => {
  it('names persons whose every membership ended before the date', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    await fill(store);
    await store.upsertPersoon({ id: 'p-los', naam: 'Kees Zonderlid', email: null, telefoon: null }, BRON);
    expect(await store.personenZonderActiefLidmaatschapSinds('2022-01-01')).toEqual(['p-els']);
    expect(await store.personenZonderActiefLidmaatschapSinds('2021-12-31')).toEqual([]);
    await store.upsertLidmaatschap(
      {
        id: 'l-jan-politie',
        persoonId: 'p-jan',
        organisatieId: 'o-politie',
        functie: 'Wijkagent',
        rollen: [],
        begin: null,
        einde: '2023-05-31',
      },
      BRON,
    );
    expect(await store.personenZonderActiefLidmaatschapSinds('2024-01-01')).toEqual(['p-els', 'p-jan']);
    await expect(store.personenZonderActiefLidmaatschapSinds('2024')).rejects.toThrow(RangeError);
    await store.close();
  });
});
