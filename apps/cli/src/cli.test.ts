import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli, createSleutel } from './_testhulp.js';

const wortel = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (pad: string) => join(wortel, 'fixtures', pad);
const messy = JSON.parse(readFileSync(fixture('messy/verwacht.json'), 'utf8')).bestanden as Record<
  string,
  { exit: number; rijen?: number; afgewezen?: number; dubbel?: number; organisaties?: number; personen?: number }
>;
const almere = JSON.parse(readFileSync(fixture('almere/verwacht.json'), 'utf8'));

let map: string;
let db: string;
beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), 'nr-cli-'));
  db = join(map, 'almere.db');
});

describe('netwerkregie import', () => {
  it('imports the Almere sample and prints exactly one JSON object', async () => {
    const r = await cli('import', fixture('almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db, '--json');
    expect(r.status).toBe(0);
    const s = r.json();
    expect([s.rijen, s.afgewezen, s.dubbel, s.organisaties.toegevoegd, s.personen.toegevoegd]).toEqual([
      almere.rijen,
      0,
      almere.dubbel,
      almere.organisaties,
      almere.personen,
    ]);
    expect(Object.keys(s).slice(0, 15)).toEqual([
      'id',
      'bestand',
      'sha256',
      'modus',
      'proefrun',
      'toegepast',
      'rijen',
      'afgewezen',
      'dubbel',
      'organisaties',
      'personen',
      'onbekendeKolommen',
      'overgeslagenBladen',
      'meldingen',
      'details',
    ]);
    const list = await cli('imports', '--gemeente', 'almere', '--db', db, '--json');
    expect(list.json().map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([[s.id, 'toegepast']]);
  });

  it.each(Object.entries(messy))('%s ends as IMPORT.md says', async (bestand, verwacht) => {
    // Against a store that already holds data, so "unchanged" is a real claim.
    await cli('import', fixture('almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db);
    const voor = readFileSync(db);
    const r = await cli('import', fixture(`messy/${bestand}`), '--gemeente', 'almere', '--db', db, '--json');
    expect(r.status).toBe(verwacht.exit);
    if (verwacht.exit === 2) {
      expect(r.json().fout.melding).toMatch(/\S/);
      expect(readFileSync(db).equals(voor)).toBe(true);
      return;
    }
    const s = r.json();
    expect([s.rijen, s.afgewezen, s.dubbel]).toEqual([verwacht.rijen, verwacht.afgewezen, verwacht.dubbel]);
  });

  it('names every exit-2 problem with its code', async () => {
    const codes: Record<string, string> = {};
    for (const bestand of [
      'leeg.csv',
      'pdf-als-xlsx.xlsx',
      'kapot.xlsx',
      'geen-kop.csv',
      'dubbele-kop.csv',
      'ongeldige-utf8.csv',
    ]) {
      codes[bestand] = (
        await cli('import', fixture(`messy/${bestand}`), '--gemeente', 'almere', '--db', db, '--json')
      ).json().fout.code;
    }
    expect(codes).toEqual({
      'leeg.csv': 'bestand.leeg',
      'pdf-als-xlsx.xlsx': 'bestand.onleesbaar',
      'kapot.xlsx': 'bestand.onleesbaar',
      'geen-kop.csv': 'bestand.geen-kop',
      'dubbele-kop.csv': 'kop.dubbel',
      'ongeldige-utf8.csv': 'bestand.codering',
    });
    expect(existsSync(db)).toBe(false);
  });

  it('rejects rows with exit 1 and writes the error report', async () => {
    const rapport = join(map, 'fouten.csv');
    const r = await cli(
      'import',
      fixture('messy/elke-fout.csv'),
      '--gemeente',
      'almere',
      '--db',
      db,
      '--report',
      rapport,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Rijen gelezen: 10, afgewezen: 8');
    expect(r.stdout).toContain('Onbekende kolommen, genegeerd: Opmerkingen');
    const regels = readFileSync(rapport, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(regels).toHaveLength(9);
    expect(regels.slice(1).map((r) => r.split(';')[4])).toEqual([
      'organisatie.ontbreekt',
      'naam.ontbreekt',
      'email.ongeldig',
      'telefoon.ongeldig',
      'domein.onbekend',
      'wijk.onbekend',
      'datum.ongeldig',
      'rol.onbekend',
    ]);
  });

  it('marks offending cells red with a note in an XLSX report', async () => {
    const bron = join(map, 'fout.xlsx');
    const wb = new ExcelJS.Workbook();
    const blad = wb.addWorksheet('Lijst');
    blad.addRow(['Organisatie', 'Domein', 'Naam', 'E-mail']);
    blad.addRow(['Politie Almere', 'Politie', 'Jan Fictief', 'jan@']);
    await wb.xlsx.writeFile(bron);
    const rapport = join(map, 'rapport.xlsx');
    const r = await cli('import', bron, '--gemeente', 'almere', '--db', db, '--report', rapport);
    expect(r.status).toBe(1);
    const uit = new ExcelJS.Workbook();
    await uit.xlsx.readFile(rapport);
    const cel = uit.getWorksheet('Lijst')!.getCell('D2');
    expect(cel.value).toBe('jan@');
    expect(JSON.stringify(cel.note)).toContain('Het e-mailadres \\"jan@\\" is ongeldig.');
    expect((cel.fill as ExcelJS.FillPattern).pattern).toBe('solid');
    expect(uit.getWorksheet('Fouten')!.getRow(2).getCell(5).value).toBe('email.ongeldig');
  });

  it('applies nothing with --strict when a row is rejected', async () => {
    const r = await cli(
      'import',
      fixture('messy/elke-fout.csv'),
      '--gemeente',
      'almere',
      '--db',
      db,
      '--strict',
      '--json',
    );
    expect([r.status, r.json().toegepast]).toEqual([1, false]);
    const list = await cli(
      'export',
      '--gemeente',
      'almere',
      '--db',
      db,
      '--format',
      'csv',
      '--out',
      join(map, 'leeg.csv'),
    );
    expect(list.status).toBe(0);
    expect(readFileSync(join(map, 'leeg.csv'), 'utf8').trim().split(/\r?\n/)).toHaveLength(1);
  });

  it('imports one sheet of the Arnhem workbook with --sheet', async () => {
    const r = await cli(
      'import',
      fixture('arnhem/netwerk.xlsx'),
      '--gemeente',
      'arnhem',
      '--db',
      join(map, 'arnhem.db'),
      '--sheet',
      'Zorg',
      '--json',
    );
    expect(r.status).toBe(0);
    const s = r.json();
    expect(s.overgeslagenBladen).toEqual([]);
    expect(s.organisaties.toegevoegd).toBeGreaterThan(0);
    const onbekend = await cli(
      'import',
      fixture('arnhem/netwerk.xlsx'),
      '--gemeente',
      'arnhem',
      '--db',
      join(map, 'arnhem.db'),
      '--sheet',
      'Bestaat niet',
      '--json',
    );
    expect([onbekend.status, onbekend.json().fout.code]).toEqual([2, 'blad.onbekend']);
  });

  it('refuses unknown gemeenten and options in Dutch', async () => {
    const r = await cli('import', fixture('almere/contactlijst.csv'), '--gemeente', 'zwolle', '--db', db);
    expect([r.status, r.stderr]).toEqual([
      2,
      'Fout: Onbekende gemeente "zwolle". Maak een configuratie met: netwerkregie init zwolle\n',
    ]);
    const optie = await cli('import', fixture('almere/contactlijst.csv'), '--gemeente', 'almere', '--kleur', 'rood');
    expect(optie.status).toBe(2);
    expect(optie.stderr).toMatch(/^Fout: Ongeldige opdracht: /);
    expect(existsSync(db)).toBe(false);
  });
});

describe('export, revert and history', () => {
  it('exports a list that re-imports as all unchanged', async () => {
    await cli('import', fixture('almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db);
    for (const formaat of ['csv', 'xlsx']) {
      const uit = join(map, `lijst.${formaat}`);
      expect((await cli('export', '--gemeente', 'almere', '--db', db, '--format', formaat, '--out', uit)).status).toBe(
        0,
      );
      const s = (await cli('import', uit, '--gemeente', 'almere', '--db', db, '--dry-run', '--json')).json();
      expect([formaat, s.organisaties, s.personen, s.meldingen]).toEqual([
        formaat,
        { toegevoegd: 0, gewijzigd: 0, ongewijzigd: almere.organisaties },
        { toegevoegd: 0, gewijzigd: 0, ongewijzigd: almere.personen, ontbrekend: 0 },
        [],
      ]);
    }
  });

  it('reverts an import and shows what changed when', async () => {
    const bron = join(map, 'lijst.csv');
    copyFileSync(fixture('messy/dubbel-email.csv'), bron);
    const s = (await cli('import', bron, '--gemeente', 'almere', '--db', db, '--json')).json();
    const email = 'yassin.amrani@jongerenwerk-de-brug.example.org';
    const h = await cli('history', '--gemeente', 'almere', '--db', db, '--persoon', email, '--json');
    expect(h.json().map((r: { veld: string; importId: string }) => [r.veld, r.importId])).toEqual([['*', s.id]]);
    const r = await cli('revert', s.id, '--gemeente', 'almere', '--db', db, '--json');
    expect(r.status).toBe(0);
    expect(r.json().geweigerd).toEqual([]);
    const weg = await cli('history', '--gemeente', 'almere', '--db', db, '--persoon', email);
    expect([weg.status, weg.stderr]).toEqual([2, 'Geen persoon met dit e-mailadres.\n']);
    const nogmaals = await cli('revert', s.id, '--gemeente', 'almere', '--db', db);
    expect([nogmaals.status, nogmaals.stderr]).toEqual([2, `Fout: Import ${s.id} is al teruggedraaid.\n`]);
  });
});

describe('the built binary', () => {
  it('exits with the status IMPORT.md gives', () => {
    const bin = join(wortel, 'apps/cli/dist/main.js');
    const r = spawnSync(
      process.execPath,
      [bin, 'import', fixture('messy/elke-fout.csv'), '--gemeente', 'almere', '--db', db, '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).afgewezen).toBe(8);
    const leeg = spawnSync(
      process.execPath,
      [bin, 'import', fixture('messy/leeg.csv'), '--gemeente', 'almere', '--db', db],
      {
        encoding: 'utf8',
      },
    );
    expect([leeg.status, leeg.stdout]).toEqual([2, '']);
    expect(leeg.stderr).toBe('Fout: Het bestand "leeg.csv" is leeg (0 bytes).\n');
  });
});

describe('analysis commands', () => {
  beforeEach(async () => {
    await cli('import', fixture('almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db);
  });

  it('reports every health indicator as JSON, Markdown and XLSX', async () => {
    const json = await cli(
      'report',
      '--gemeente',
      'almere',
      '--db',
      db,
      '--format',
      'json',
      '--peildatum',
      '2026-11-01',
    );
    expect(json.status).toBe(0);
    const rapport = json.json();
    expect(rapport.peildatum).toBe('2026-11-01');
    expect(rapport.indicatoren.map((i: { id: string }) => i.id)).toEqual([
      'contactpersoon-radicalisering',
      'veiligheid-zorg',
      'informeel-formeel',
      'wederkerigheid',
      'kwetsbaarheid',
      'training',
      'wijkdekking',
      'overlegdruk',
      'silos',
      'regisseurkandidaten',
    ]);
    const md = await cli('report', '--gemeente', 'almere', '--db', db);
    expect(md.stdout.split('\n')[0]).toBe('# Netwerkanalyse Almere');
    const uit = join(map, 'rapport.xlsx');
    expect((await cli('report', '--gemeente', 'almere', '--db', db, '--format', 'xlsx', '--out', uit)).status).toBe(0);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.readFile(uit);
    expect(boek.worksheets[0]?.name).toBe('Overzicht');
    const geenUit = await cli('report', '--gemeente', 'almere', '--db', db, '--format', 'xlsx');
    expect([geenUit.status, geenUit.stderr]).toEqual([2, 'Fout: Een XLSX-rapport heeft --out <pad> nodig.\n']);
  });

  it('lists partners to contact with their reasons', async () => {
    const r = await cli('worklist', '--gemeente', 'almere', '--db', db, '--json', '--peildatum', '2026-11-01');
    const lijst = r.json();
    expect(lijst.partners.length).toBeGreaterThan(0);
    for (const p of lijst.partners) expect(p.redenen.length).toBeGreaterThan(0);
    const tekst = await cli('worklist', '--gemeente', 'almere', '--db', db, '--peildatum', '2026-11-01');
    expect(tekst.stdout.split('\n')[0]).toBe('Werklijst Almere, peildatum 2026-11-01');
  });

  it('logs a contact moment and keeps the indicators for the trend', async () => {
    const voor = (await cli('report', '--gemeente', 'almere', '--db', db, '--format', 'json')).json();
    const org = voor.werklijst.partners[0].naam as string;
    const r = await cli('contact', '--gemeente', 'almere', '--db', db, '--organisatie', org, '--datum', '2026-11-27');
    expect([r.status, r.stdout]).toEqual([
      0,
      `Contactmoment met ${org} op 2026-11-27 vastgelegd (telefoon, regulier).\n`,
    ]);
    const { openStore } = await import('@netwerkregie/store');
    const store = await openStore({ gemeente: 'almere', pad: db });
    try {
      const standen = await store.listIndicatorStanden();
      expect(standen.filter((s) => s.aanleiding === 'contactmoment')).toHaveLength(10);
      expect(standen.filter((s) => s.aanleiding.startsWith('import '))).toHaveLength(10);
    } finally {
      await store.close();
    }
    const fout = await cli('contact', '--gemeente', 'almere', '--db', db, '--organisatie', 'Bestaat Niet BV');
    expect([fout.status, fout.stderr]).toEqual([
      2,
      'Fout: Geen organisatie "Bestaat Niet BV" in de lijst van Almere.\n',
    ]);
    const kanaal = await cli('contact', '--gemeente', 'almere', '--db', db, '--organisatie', org, '--kanaal', 'duif');
    expect(kanaal.stderr).toBe('Fout: Onbekende kanaal "duif"; kies uit bezoek, telefoon, email, bijeenkomst.\n');
  });

  it('exports the network for Gephi', async () => {
    for (const formaat of ['gexf', 'graphml']) {
      const uit = join(map, `netwerk.${formaat}`);
      expect((await cli('export', '--gemeente', 'almere', '--db', db, '--format', formaat, '--out', uit)).status).toBe(
        0,
      );
      const inhoud = readFileSync(uit, 'utf8');
      expect(inhoud).toContain(formaat === 'gexf' ? '<gexf' : '<graphml');
      expect(inhoud).toContain('domein');
    }
  });

  it('creates, lists and revokes API keys, showing the secret once', async () => {
    const r = await createSleutel(db, 'lezer', 'proef');
    expect(r.status).toBe(0);
    const [kop, geheim] = r.stdout.trim().split('\n');
    expect(geheim).toMatch(/^nr_almere_[A-Za-z0-9_-]{43}$/);
    const id = /^Sleutel (\S+) \(lezer\)/.exec(kop!)![1]!;
    const lijst = await cli('keys', 'list', '--gemeente', 'almere', '--db', db);
    expect(lijst.stdout).toContain(id);
    expect(lijst.stdout).not.toContain(geheim!);
    expect((await cli('keys', 'revoke', id, '--gemeente', 'almere', '--db', db)).stdout).toBe(
      `Sleutel ${id} ingetrokken.\n`,
    );
    expect((await cli('keys', 'revoke', id, '--gemeente', 'almere', '--db', db)).status).toBe(1);
  });
});

describe('netwerkregie init', () => {
  it('scaffolds a configuration that another gemeente imports with, without code', async () => {
    const config = join(map, 'zwolle.json');
    const r = await cli(
      'init',
      'zwolle',
      '--naam',
      'Zwolle',
      '--wijken',
      'Stadshagen, Holtenbroek, Assendorp',
      '--uit',
      config,
    );
    expect([r.status, r.stdout]).toEqual([
      0,
      `Configuratie van Zwolle geschreven naar ${config}. Pas de toelichting aan waar nodig.\n`,
    ]);
    expect(readFileSync(config, 'utf8')).toContain('// De wijken of stadsdelen');
    const bron = join(map, 'zwolle.csv');
    writeFileSync(
      bron,
      'Organisatie;Domein;Wijk;Naam;E-mail\r\nWijkteam Noord;Welzijn;stadshagen;Ilse Verzonnen;ilse@example.org\r\n',
    );
    const s = await cli(
      'import',
      bron,
      '--gemeente',
      'zwolle',
      '--config',
      config,
      '--db',
      join(map, 'zwolle.db'),
      '--json',
    );
    expect([s.status, s.json().organisaties.toegevoegd, s.json().meldingen]).toEqual([0, 1, []]);
    const nogmaals = await cli('init', 'zwolle', '--naam', 'Zwolle', '--wijken', 'Stadshagen', '--uit', config);
    expect([nogmaals.status, nogmaals.stderr]).toEqual([
      2,
      `Fout: ${config} bestaat al; verwijder het eerst of kies een ander pad met --uit.\n`,
    ]);
  });

  it('names what is wrong in a broken configuration', async () => {
    const config = join(map, 'kapot.json');
    writeFileSync(config, '{ "slug": "kapot", "naam": "Kapot", "wijken": [] }');
    const r = await cli(
      'import',
      fixture('almere/contactlijst.csv'),
      '--gemeente',
      'kapot',
      '--config',
      config,
      '--db',
      db,
    );
    expect([r.status, r.stderr]).toEqual([
      2,
      'Fout: De configuratie van de gemeente klopt niet:\n- wijken: Noem ten minste een wijk.\n',
    ]);
  });
});

describe('netwerkregie retention', () => {
  it('erases persons whose every membership ended before the retention period', async () => {
    await cli('import', fixture('almere/contactlijst.csv'), '--gemeente', 'almere', '--db', db);
    const { openStore } = await import('@netwerkregie/store');
    const store = await openStore({ gemeente: 'almere', pad: db });
    let verlopen: { id: string; email: string | null };
    try {
      const p = (await store.listPersonen({}, { limiet: 1, sortering: 'naam' })).items[0]!;
      verlopen = { id: p.id, email: p.email };
      for (const l of p.lidmaatschappen) {
        const { organisatieNaam: _n, domein: _d, netwerk: _w, ...lid } = l;
        await store.upsertLidmaatschap({ ...lid, einde: '2024-05-31' }, { actor: 'test' });
      }
    } finally {
      await store.close();
    }
    // Almere keeps 24 months: on 2026-05-31 the limit is 2024-05-31, so nobody is due yet.
    const nog = await cli('retention', '--gemeente', 'almere', '--db', db, '--peildatum', '2026-05-31');
    expect(nog.stdout).toBe(
      '0 personen gewist: elk lidmaatschap eindigde voor 2024-05-31 (bewaartermijn 24 maanden).\n',
    );
    const proef = await cli('retention', '--gemeente', 'almere', '--db', db, '--peildatum', '2026-06-01', '--dry-run');
    expect(proef.stdout).toBe(
      '1 personen zou wissen: elk lidmaatschap eindigde voor 2024-06-01 (bewaartermijn 24 maanden).\n',
    );
    const echt = await cli('retention', '--gemeente', 'almere', '--db', db, '--peildatum', '2026-06-01');
    expect(echt.stdout).toBe(
      '1 personen gewist: elk lidmaatschap eindigde voor 2024-06-01 (bewaartermijn 24 maanden).\n',
    );
    const weer = await openStore({ gemeente: 'almere', pad: db });
    try {
      expect(await weer.persoon(verlopen.id)).toBeUndefined();
    } finally {
      await weer.close();
    }
  });

  it('clamps the limit to the end of a shorter month', async () => {
    const { grensdatum } = await import('@netwerkregie/toepassing');
    expect(grensdatum('2026-03-31', 1)).toBe('2026-02-28');
    expect(grensdatum('2026-11-28', 24)).toBe('2024-11-28');
  });
});
