/** The operations on the fixture's real SQLite files: what they keep, and what they refuse unchanged. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALMERE, ARNHEM, FIXTURE_ALMERE, type Fixture, createFixture } from './_testhulp.js';
import { inzage, erasePersoon } from './avg.js';
import { recordContactmoment } from './contactmoment.js';
import { importWithTrend } from './importeren.js';
import {
  parseSleutelrol,
  parseVerloopdatum,
  listSleutels,
  createSleutel,
  SLEUTELROLLEN,
  revokeSleutel,
} from './sleutels.js';
import { revertImport } from './terugdraaien.js';
import { saveImportplan, applyPlannedImport } from './toepassen.js';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.opruimen());

const telling = async (store: Fixture['stores']['almere']) => ({
  contactmomenten: (await store.listContactmomenten({}, { limiet: 1 })).totaal,
  standen: (await store.listIndicatorStanden()).length,
});

describe('legContactmomentVast', () => {
  it('keeps the moment and the indicators for the trend', async () => {
    const store = f.stores.almere;
    const organisatie = (await store.listOrganisaties({}, { limiet: 1 })).items[0];
    if (!organisatie) throw new Error('fixture zonder organisaties');
    const voor = await telling(store);
    const moment = await recordContactmoment(
      store,
      ALMERE,
      {
        organisatieId: organisatie.id,
        persoonId: null,
        datum: '2026-03-02',
        kanaal: 'bezoek',
        aanleiding: 'signaal',
        initiatief: 'partner',
      },
      { actor: 'test' },
    );
    expect(moment).toEqual({
      id: moment.id,
      organisatieId: organisatie.id,
      persoonId: null,
      datum: '2026-03-02',
      kanaal: 'bezoek',
      aanleiding: 'signaal',
      initiatief: 'partner',
    });
    expect(await store.contactmoment(moment.id)).toEqual(moment);
    const na = await telling(store);
    expect(na.contactmomenten).toBe(voor.contactmomenten + 1);
    const nieuw = (await store.listIndicatorStanden()).slice(voor.standen);
    expect(nieuw.length).toBeGreaterThan(0);
    expect(new Set(nieuw.map((s) => s.aanleiding))).toEqual(new Set(['contactmoment']));
  });

  it('refuses an organisation and a person that do not exist, naming both fields, and keeps nothing', async () => {
    const store = f.stores.almere;
    const voor = await telling(store);
    await expect(
      recordContactmoment(
        store,
        ALMERE,
        {
          organisatieId: 'org-bestaat-niet',
          persoonId: 'p-bestaat-niet',
          kanaal: 'telefoon',
          aanleiding: 'regulier',
          initiatief: 'gemeente',
        },
        { actor: 'test' },
      ),
    ).rejects.toMatchObject({
      code: 'verwijzing.onbekend',
      velden: [
        { veld: 'organisatieId', reden: 'Deze organisatie bestaat niet.' },
        { veld: 'persoonId', reden: 'Deze persoon bestaat niet.' },
      ],
    });
    expect(await telling(store)).toEqual(voor);
  });

  it('refuses a date that does not exist as invoer.ongeldig, and keeps nothing', async () => {
    const store = f.stores.almere;
    const organisatie = (await store.listOrganisaties({}, { limiet: 1 })).items[0];
    if (!organisatie) throw new Error('fixture zonder organisaties');
    const voor = await telling(store);
    await expect(
      recordContactmoment(
        store,
        ALMERE,
        {
          organisatieId: organisatie.id,
          persoonId: null,
          datum: '2026-02-30',
          kanaal: 'telefoon',
          aanleiding: 'regulier',
          initiatief: 'gemeente',
        },
        { actor: 'test' },
      ),
    ).rejects.toMatchObject({ name: 'ToepassingFout', code: 'invoer.ongeldig' });
    expect(await telling(store)).toEqual(voor);
  });
});

describe('inzage and wisPersoon', () => {
  it('shows everything about a person, then erases them; an unknown person is persoon.onbekend', async () => {
    const store = f.stores.arnhem;
    const persoon = (await store.listPersonen({}, { limiet: 1 })).items[0];
    if (!persoon) throw new Error('fixture zonder personen');
    const alles = await inzage(store, ARNHEM, persoon.id);
    expect(alles.persoon.id).toBe(persoon.id);
    expect(alles.persoon.naam).toBe(persoon.naam);
    expect(alles.historie.filter((h) => h.entiteit === 'persoon').map((h) => h.entiteitId)).toEqual([persoon.id]);
    await erasePersoon(store, persoon.id, { actor: 'test', doel: 'verzoek tot wissen (AVG art. 17)' });
    expect(await store.persoon(persoon.id)).toBeUndefined();
    await expect(inzage(store, ARNHEM, persoon.id)).rejects.toMatchObject({
      code: 'persoon.onbekend',
      message: 'Deze persoon bestaat niet.',
    });
    await expect(erasePersoon(store, persoon.id, { actor: 'test', doel: 'nogmaals' })).rejects.toMatchObject({
      code: 'persoon.onbekend',
    });
  });
});

describe('keys', () => {
  it('creates, lists and revokes a key; the secret names the gemeente and is never kept', async () => {
    const store = f.stores.almere;
    const nieuw = await createSleutel(store, { rol: 'regisseur', omschrijving: 'test', verloopt: '2099-01-31' });
    expect(nieuw.sleutel).toMatch(/^nr_almere_[A-Za-z0-9_-]{43}$/);
    expect(nieuw.verloopt).toBe('2099-01-31');
    const record = (await listSleutels(store)).find((s) => s.id === nieuw.id);
    expect(record).toMatchObject({ rol: 'regisseur', omschrijving: 'test', verloopt: '2099-01-31', ingetrokken: null });
    expect(JSON.stringify(await listSleutels(store))).not.toContain(nieuw.sleutel);
    expect(await revokeSleutel(store, nieuw.id)).toBe(true);
    expect(await revokeSleutel(store, nieuw.id)).toBe(false);
  });

  it('reads a role and an expiry date from user input, or refuses them in Dutch', () => {
    expect(SLEUTELROLLEN).toEqual(['lezer', 'regisseur', 'beheerder']);
    expect(parseSleutelrol('beheerder')).toBe('beheerder');
    expect(() => parseSleutelrol('koning')).toThrow(
      expect.objectContaining({
        code: 'invoer.ongeldig',
        message: 'Kies een rol met --rol lezer, regisseur of beheerder.',
      }),
    );
    expect(parseVerloopdatum('2027-06-30', '2026-12-07')).toBe('2027-06-30');
    expect(() => parseVerloopdatum('2027-02-30', '2026-12-07')).toThrow(
      '--verloopt "2027-02-30" is geen datum; schrijf JJJJ-MM-DD, zoals 2027-06-30.',
    );
    expect(() => parseVerloopdatum('2026-12-07', '2026-12-07')).toThrow(
      '--verloopt 2026-12-07 ligt niet in de toekomst; de sleutel zou meteen verlopen zijn.',
    );
  });
});

describe('importeerMetTrend and draaiImportTerug', () => {
  it('applies an import, keeps its trend, and reverts it once', async () => {
    const store = f.stores.almere;
    const voor = (await store.listIndicatorStanden()).length;
    // The same list again: it changes little, but is applied and has a trend of its own.
    const { samenvatting, waarschuwingen } = await importWithTrend(store, {
      pad: FIXTURE_ALMERE,
      gemeente: ALMERE,
      modus: 'aanvullend',
      actor: 'test',
    });
    expect(samenvatting.toegepast).toBe(true);
    expect(waarschuwingen).toEqual([]);
    const nieuw = (await store.listIndicatorStanden()).slice(voor);
    expect(nieuw.length).toBeGreaterThan(0);
    expect(new Set(nieuw.map((s) => s.aanleiding))).toEqual(new Set([`import ${samenvatting.id}`]));
    const terug = await revertImport(store, samenvatting.id, 'test');
    expect(terug.importId).toBe(samenvatting.id);
    await expect(revertImport(store, samenvatting.id, 'test')).rejects.toMatchObject({
      name: 'ToepassingFout',
      code: 'import.al-teruggedraaid',
    });
    await expect(revertImport(store, 'bestaat-niet', 'test')).rejects.toMatchObject({
      code: 'import.onbekend',
      message: 'Import bestaat-niet bestaat niet.',
    });
  });

  it('writes nothing and keeps no trend on a dry run', async () => {
    const store = f.stores.almere;
    const voor = (await store.listIndicatorStanden()).length;
    const { samenvatting } = await importWithTrend(store, {
      pad: FIXTURE_ALMERE,
      gemeente: ALMERE,
      modus: 'aanvullend',
      actor: 'test',
      proefrun: true,
    });
    expect(samenvatting.toegepast).toBe(false);
    expect((await store.listIndicatorStanden()).length).toBe(voor);
  });
});

describe('bewaarImportplan and pasGeplandeImportToe', () => {
  it('keeps a plan as gepland, applies it once with its trend, and refuses a second time unchanged', async () => {
    const store = f.stores.almere;
    const inhoud = new Uint8Array(await readFile(FIXTURE_ALMERE));
    const gepland = await saveImportplan(store, ALMERE, {
      pad: FIXTURE_ALMERE,
      inhoud,
      bestandsnaam: 'contactlijst.csv',
      modus: 'aanvullend',
      actor: 'test',
    });
    expect(gepland).toMatchObject({ bestand: 'contactlijst.csv', status: 'gepland', toegepastOp: null });
    expect(await store.importRecord(gepland.id)).toEqual(gepland);
    expect(await store.importBestand(gepland.id)).toEqual(inhoud);
    const voor = (await store.listIndicatorStanden()).length;
    const { record, waarschuwingen } = await applyPlannedImport(store, ALMERE, {
      importId: gepland.id,
      pad: FIXTURE_ALMERE,
      actor: 'test',
    });
    expect(record).toMatchObject({ id: gepland.id, status: 'toegepast' });
    expect(waarschuwingen).toEqual([]);
    expect(await store.importRecord(gepland.id)).toEqual(record);
    const standen = (await store.listIndicatorStanden()).slice(voor);
    expect(new Set(standen.map((s) => s.aanleiding))).toEqual(new Set([`import ${gepland.id}`]));
    await expect(
      applyPlannedImport(store, ALMERE, { importId: gepland.id, pad: FIXTURE_ALMERE, actor: 'test' }),
    ).rejects.toMatchObject({ code: 'import.al-toegepast', message: 'Deze import is al toegepast.' });
    expect(await store.importRecord(gepland.id)).toEqual(record);
    await expect(
      applyPlannedImport(store, ALMERE, { importId: 'bestaat-niet', pad: FIXTURE_ALMERE, actor: 'test' }),
    ).rejects.toMatchObject({ code: 'import.onbekend' });
  });
});
