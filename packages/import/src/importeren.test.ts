import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GEMEENTEN } from '@netwerkregie/domain';
import { buildExportRijen, importSheet, revertImport, writeExport, TerugdraaiFout } from '@netwerkregie/import';
import { openStore, type Store } from '@netwerkregie/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const almere = GEMEENTEN.almere!;
const KOP = 'Organisatie;Domein;Wijk;Naam;Functie;Rol;E-mail;Telefoon;Getraind;Overleggen;Laatste contact';
const LIJST = [
  KOP,
  'Politie Almere;Politie;Almere Stad;Jan van der Meulen;Wijkagent;Contactpersoon radicalisering;Jan.vdMeulen@example.org;06-12345678;3-2-2016;Veiligheidshuis;1-10-2026',
  'GGZ Centraal;GGZ;Almere Buiten;Fatima el Ruïs;Psychiater;;fatima@example.org;036 123 4567;ja;Veiligheidshuis;',
  'Moskee Al Fath;Religieus;;Şükrü Öztürk;Voorzitter;Sleutelfiguur;;;;;',
  'Politie Almere;;;Jan van der Meulen;Wijkagent;contactpersoon-radicalisering;jan.vdmeulen@EXAMPLE.org;;;;',
  'Buurthuis De Schakel;Jeugd;Almere Haven;;;;;;;;',
  ';Zorg;;Piet Fictief;;;;;;;',
  'Nieuwe Partner;;;Kees Verzonnen;;;;;;;',
];

let map: string;
let store: Store;
let db: string;

function bestand(naam: string, regels: string[]): string {
  const pad = join(map, naam);
  writeFileSync(pad, `\uFEFF${regels.join('\r\n')}\r\n`);
  return pad;
}

beforeEach(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-import-'));
  db = join(map, 'almere.db');
  store = await openStore({ gemeente: 'almere', pad: db });
});
afterEach(async () => {
  await store.close();
});

describe('importeer', () => {
  it('imports a list, merging duplicates and rejecting bad rows with their reasons', async () => {
    const s = await importSheet(store, { pad: bestand('lijst.csv', LIJST), gemeente: almere, actor: 'test' });
    expect({
      bestand: s.bestand,
      toegepast: s.toegepast,
      proefrun: s.proefrun,
      rijen: s.rijen,
      afgewezen: s.afgewezen,
      dubbel: s.dubbel,
      organisaties: s.organisaties,
      personen: s.personen,
      onbekendeKolommen: s.onbekendeKolommen,
    }).toEqual({
      bestand: 'lijst.csv',
      toegepast: true,
      proefrun: false,
      rijen: 7,
      afgewezen: 2,
      dubbel: 1,
      organisaties: { toegevoegd: 4, gewijzigd: 0, ongewijzigd: 0 },
      personen: { toegevoegd: 3, gewijzigd: 0, ongewijzigd: 0, ontbrekend: 0 },
      onbekendeKolommen: [],
    });
    expect(s.meldingen.map((m) => [m.rij, m.kolom, m.code, m.ernst])).toEqual([
      [7, 'Organisatie', 'organisatie.ontbreekt', 'fout'],
      [8, 'Domein', 'domein.onbekend', 'fout'],
    ]);
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);

    const jan = await store.persoonOpEmail('jan.vdmeulen@example.org');
    expect(jan).toMatchObject({ naam: 'Jan van der Meulen', telefoon: '+31612345678' });
    const m = await store.momentopname(almere);
    expect(m.organisaties.map((o) => [o.naam, o.domein, o.netwerk, o.wijken]).sort()).toEqual([
      ['Buurthuis De Schakel', 'jeugd-en-welzijn', 'formeel', ['Almere Haven']],
      ['GGZ Centraal', 'zorg', 'formeel', ['Almere Buiten']],
      ['Moskee Al Fath', 'gemeenschap', 'informeel', []],
      ['Politie Almere', 'veiligheid', 'formeel', ['Almere Stad']],
    ]);
    expect(m.lidmaatschappen).toHaveLength(3);
    expect(m.trainingen.map((t) => t.datum).sort()).toEqual(['2016-02-03', null]);
    expect(m.overleggen.map((o) => o.naam)).toEqual(['Veiligheidshuis']);
    expect(m.deelnames).toHaveLength(4);
    expect(m.contactmomenten.map((c) => [c.datum, c.aanleiding, c.initiatief])).toEqual([
      ['2026-10-01', 'regulier', 'gemeente'],
    ]);
    expect((await store.importRecord(s.id))?.status).toBe('toegepast');
  });

  it('changes nothing when the same file is applied twice', async () => {
    const pad = bestand('lijst.csv', LIJST);
    await importSheet(store, { pad, gemeente: almere, actor: 'test' });
    const historie = (await store.historie({})).length;
    const tweede = await importSheet(store, { pad, gemeente: almere, actor: 'test' });
    expect(tweede.organisaties).toEqual({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 4 });
    expect(tweede.personen).toEqual({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 3, ontbrekend: 0 });
    expect((await store.historie({})).length).toBe(historie);
  });

  it('plans an update field by field, and a dry run writes nothing', async () => {
    await importSheet(store, { pad: bestand('lijst.csv', LIJST), gemeente: almere, actor: 'test' });
    await store.close();
    const voor = readFileSync(db);
    store = await openStore({ gemeente: 'almere', pad: db });
    const gewijzigd = LIJST.slice(0, 2).map((r) => r.replace('Wijkagent', 'Teamchef'));
    const s = await importSheet(store, {
      pad: bestand('nieuw.csv', gewijzigd),
      gemeente: almere,
      actor: 'test',
      proefrun: true,
    });
    expect(s.proefrun).toBe(true);
    expect(s.toegepast).toBe(false);
    expect(s.personen).toEqual({ toegevoegd: 0, gewijzigd: 1, ongewijzigd: 0, ontbrekend: 0 });
    expect(s.details.gewijzigd).toEqual([
      {
        entiteit: 'persoon',
        id: (await store.persoonOpEmail('jan.vdmeulen@example.org'))!.id,
        naam: 'Jan van der Meulen',
        rij: 2,
        velden: [{ veld: 'functie (Politie Almere)', voor: 'Wijkagent', na: 'Teamchef' }],
      },
    ]);
    await store.close();
    expect(readFileSync(db).equals(voor)).toBe(true);
    store = await openStore({ gemeente: 'almere', pad: db });
  });

  it('reports persons missing from a full list without deleting them', async () => {
    await importSheet(store, { pad: bestand('lijst.csv', LIJST), gemeente: almere, actor: 'test' });
    const s = await importSheet(store, {
      pad: bestand('alleen-ggz.csv', [LIJST[0]!, LIJST[2]!]),
      gemeente: almere,
      actor: 'test',
      modus: 'volledig',
    });
    expect(s.personen).toEqual({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 1, ontbrekend: 2 });
    expect(s.details.ontbrekend.map((r) => r.naam).sort()).toEqual(['Jan van der Meulen', 'Şükrü Öztürk']);
    expect((await store.momentopname(almere)).personen).toHaveLength(3);
  });

  it('applies nothing in strict mode when a row is rejected', async () => {
    const s = await importSheet(store, {
      pad: bestand('lijst.csv', LIJST),
      gemeente: almere,
      actor: 'test',
      strikt: true,
    });
    expect([s.toegepast, s.afgewezen]).toEqual([false, 2]);
    expect((await store.momentopname(almere)).organisaties).toEqual([]);
    expect((await store.listImports()).totaal).toBe(0);
  });

  it('warns when duplicates disagree, naming the earlier row', async () => {
    const s = await importSheet(store, {
      pad: bestand('dubbel.csv', [KOP, LIJST[1]!, LIJST[1]!.replace('Wijkagent', 'Teamchef')]),
      gemeente: almere,
      actor: 'test',
    });
    expect(s.dubbel).toBe(1);
    expect(s.meldingen).toEqual([
      {
        rij: 3,
        kolom: 'Functie',
        waarde: 'Teamchef',
        code: 'persoon.dubbel',
        ernst: 'waarschuwing',
        melding: 'Jan van der Meulen staat ook in rij 2 met functie "Wijkagent"; deze rij wint.',
      },
    ]);
    const jan = await store.persoonOpEmail('jan.vdmeulen@example.org');
    expect((await store.lidmaatschappenVanPersoon(jan!.id))[0]?.functie).toBe('Teamchef');
  });
});

describe('kinds of training', () => {
  // One row per attention officer and training, as a gemeente that keeps its training register in the list does.
  const TRAININGEN = [
    'Organisatie;Domein;Naam;E-mail;Getraind op;Soort training',
    'GGD Almere;Zorg;Ilse Verzonnen;ilse@ggd.example.org;3-2-2016;Basistraining',
    'GGD Almere;;Ilse Verzonnen;ilse@ggd.example.org;14-9-2018;Terugkomdag',
    'GGD Almere;;Kees Fictief;;;Verdieping',
    'GGD Almere;;Bram Bedacht;;1-3-2017;',
  ];

  it('keeps one training per person and kind, and re-importing changes nothing', async () => {
    const pad = bestand('trainingen.csv', TRAININGEN);
    const s = await importSheet(store, { pad, gemeente: almere, actor: 'test' });
    expect([s.rijen, s.afgewezen, s.dubbel, s.meldingen, s.onbekendeKolommen]).toEqual([4, 0, 1, [], []]);
    const m = await store.momentopname(almere);
    const naam = new Map(m.personen.map((p) => [p.id, p.naam]));
    expect(m.trainingen.map((t) => [naam.get(t.persoonId), t.soort, t.datum]).sort()).toEqual([
      ['Bram Bedacht', 'basistraining', '2017-03-01'],
      ['Ilse Verzonnen', 'basistraining', '2016-02-03'],
      ['Ilse Verzonnen', 'terugkomdag', '2018-09-14'],
      ['Kees Fictief', 'verdieping', null],
    ]);
    const historie = (await store.historie({})).length;
    const tweede = await importSheet(store, { pad, gemeente: almere, actor: 'test' });
    expect(tweede.personen).toEqual({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 3, ontbrekend: 0 });
    expect((await store.historie({})).length).toBe(historie);

    // A new date for a kind updates that training only, named by its kind.
    const later = TRAININGEN.map((r) => r.replace('14-9-2018', '2-10-2020'));
    const derde = await importSheet(store, { pad: bestand('later.csv', later), gemeente: almere, actor: 'test' });
    expect(derde.details.gewijzigd.map((r) => [r.naam, r.velden])).toEqual([
      ['Ilse Verzonnen', [{ veld: 'getraind (terugkomdag)', voor: '2018-09-14', na: '2020-10-02' }]],
    ]);
    expect((await store.momentopname(almere)).trainingen).toHaveLength(4);
  });
});

describe('revertImport', () => {
  it('restores updated fields and removes additions', async () => {
    const eerste = await importSheet(store, { pad: bestand('lijst.csv', LIJST), gemeente: almere, actor: 'test' });
    const tweede = await importSheet(store, {
      pad: bestand('nieuw.csv', [
        KOP,
        LIJST[1]!.replace('Wijkagent', 'Teamchef'),
        'Jongerenwerk Noord;Jongerenwerk;;;;;;;;;',
      ]),
      gemeente: almere,
      actor: 'test',
    });
    const jan = (await store.persoonOpEmail('jan.vdmeulen@example.org'))!;
    expect((await store.lidmaatschappenVanPersoon(jan.id))[0]?.functie).toBe('Teamchef');

    const uitkomst = await revertImport(store, tweede.id, 'test');
    expect(uitkomst).toEqual({ importId: tweede.id, verwijderd: 1, hersteld: 1, geweigerd: [] });
    expect((await store.lidmaatschappenVanPersoon(jan.id))[0]?.functie).toBe('Wijkagent');
    expect(await store.organisatieOpNaam('Jongerenwerk Noord')).toBeUndefined();
    expect((await store.importRecord(tweede.id))?.status).toBe('teruggedraaid');
    await expect(revertImport(store, tweede.id, 'test')).rejects.toThrow(TerugdraaiFout);
    void eerste;
  });

  it('refuses a field that a later change touched, and says which change', async () => {
    const eerste = await importSheet(store, { pad: bestand('lijst.csv', LIJST), gemeente: almere, actor: 'test' });
    const tweede = await importSheet(store, {
      pad: bestand('nieuw.csv', [KOP, LIJST[1]!.replace('Wijkagent', 'Teamchef')]),
      gemeente: almere,
      actor: 'test',
    });
    const uitkomst = await revertImport(store, eerste.id, 'test');
    const jan = (await store.persoonOpEmail('jan.vdmeulen@example.org'))!;
    const lid = (await store.lidmaatschappenVanPersoon(jan.id))[0]!;
    expect(uitkomst.geweigerd).toContainEqual({
      entiteit: 'lidmaatschap',
      id: lid.id,
      veld: '*',
      reden: expect.stringContaining(`Na deze import gewijzigd door import ${tweede.id}`),
    });
    expect(uitkomst.geweigerd.find((w) => w.entiteit === 'persoon')?.reden).toBe(
      `Gegevens die blijven staan verwijzen ernaar (lidmaatschap ${lid.id}).`,
    );
    // Everything no later change touched is gone.
    const m = await store.momentopname(almere);
    expect(m.personen.map((p) => p.naam)).toEqual(['Jan van der Meulen']);
    expect(m.organisaties.map((o) => o.naam)).toEqual(['Politie Almere']);
  });

  it('refuses an unknown import', async () => {
    await expect(revertImport(store, 'bestaat-niet', 'test')).rejects.toThrow('Import bestaat-niet bestaat niet.');
  });
});

describe('export', () => {
  it('re-imports as all unchanged', async () => {
    await importSheet(store, { pad: bestand('lijst.csv', LIJST), gemeente: almere, actor: 'test' });
    for (const formaat of ['csv', 'xlsx'] as const) {
      const uit = join(map, `export.${formaat}`);
      await writeExport(buildExportRijen(await store.momentopname(almere)), { formaat, uit });
      const s = await importSheet(store, { pad: uit, gemeente: almere, actor: 'test', proefrun: true });
      expect([formaat, s.afgewezen, s.organisaties, s.personen, s.meldingen]).toEqual([
        formaat,
        0,
        { toegevoegd: 0, gewijzigd: 0, ongewijzigd: 4 },
        { toegevoegd: 0, gewijzigd: 0, ongewijzigd: 3, ontbrekend: 0 },
        [],
      ]);
    }
  });
});
