import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEMEENTEN } from '@netwerkregie/domain';
import {
  type ImportPlan,
  type ImportSamenvatting,
  type Operaties,
  planImport,
  writeFoutenrapport,
} from '@netwerkregie/import';
import { openStore, type Store } from '@netwerkregie/store';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakZip } from '../_testhulp.js';
import { KLEUR_FOUT } from '../rapport/rapport.js';
import { Bron } from './_bron.js';
import { leesWerkboek, zoekWerkboek } from './_pakket.js';
import { Zipmap } from './_zip.js';

/**
 * The writer matrix (issue 12): one small contact list written by every tool a partner uses that
 * runs here (LibreOffice, openpyxl, xlsxwriter, exceljs, and hand-built XML for what the .NET SDK
 * and others write) must import to exactly the rows and meldingen of the same list saved as CSV
 * by Dutch Excel. The workbooks are generated at test time by test-werkmappen/*.py and soffice;
 * scripts/zorg-voor-werkmapprogrammas.sh (run by `npm test`) installs those programs.
 */

const almere = GEMEENTEN.almere!;
const pakketmap = fileURLToPath(new URL('../../', import.meta.url));
/** Debian's python, which has python3-openpyxl and python3-xlsxwriter (python3 on PATH may be a pyenv shim). */
const PYTHON = '/usr/bin/python3';

type Waarde = string | null | { datum: string };
interface Lijst {
  blad: string;
  verborgenBlad: string;
  tabel: Waarde[][];
  verborgenRijen: (string | null)[][];
}

let map: string;
let lijst: Lijst;
let store: Store;

beforeAll(async () => {
  // Idempotent: installs LibreOffice and the python modules only when they are missing.
  execFileSync('bash', [join(pakketmap, 'scripts/zorg-voor-werkmapprogrammas.sh')], { stdio: 'inherit' });
  map = mkdtempSync(join(tmpdir(), 'nr-werkmapmatrix-'));
  execFileSync(PYTHON, [join(pakketmap, 'test-werkmappen/maak.py'), map], {
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  // One soffice call for both files: its first start (profile creation) is the slow part.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(map, 'lo-profiel')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      map,
      join(map, 'libreoffice.fods'),
      join(map, 'libreoffice-1904.fods'),
    ],
    { timeout: 240_000, stdio: 'ignore' },
  );
  lijst = JSON.parse(readFileSync(join(map, 'lijst.json'), 'utf8')) as Lijst;
  await schrijfMetExceljs('exceljs.xlsx', false);
  await schrijfMetExceljs('exceljs-1904.xlsx', true);
  writeFileSync(
    join(map, 'hand-voorvoegsel.xlsx'),
    handgebouwd({ voorvoegsel: 'x:', werkboekpad: 'werkmap/boek.xml' }),
  );
  writeFileSync(join(map, 'hand-cdata-zonder-r.xlsx'), handgebouwd({ cdata: true, zonderR: true }));
  writeFileSync(join(map, 'hand-foutwaarde.xlsx'), handgebouwd({ foutwaarde: true }));
  store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
}, 300_000);

afterAll(async () => {
  await store?.close();
  rmSync(map, { recursive: true, force: true });
});

const alsDatum = (w: { datum: string }) => new Date(`${w.datum}T00:00:00Z`);

async function schrijfMetExceljs(naam: string, datum1904: boolean): Promise<void> {
  const werkboek = new ExcelJS.Workbook();
  if (datum1904) werkboek.properties.date1904 = true;
  const blad = werkboek.addWorksheet(lijst.blad);
  lijst.tabel.forEach((rij, r) => {
    rij.forEach((waarde, k) => {
      if (waarde === null) return;
      const cel = blad.getCell(r + 1, k + 1);
      if (typeof waarde === 'string') cel.value = waarde;
      else {
        cel.value = alsDatum(waarde);
        cel.numFmt = 'd-m-yyyy';
      }
    });
  });
  blad.mergeCells(1, 1, 1, lijst.tabel[0]!.length);
  const oud = werkboek.addWorksheet(lijst.verborgenBlad, { state: 'hidden' });
  for (const rij of lijst.verborgenRijen) oud.addRow(rij);
  await werkboek.xlsx.writeFile(join(map, naam));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const ontsnap = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const kolom = (k: number) => String.fromCharCode(65 + k);
/** Days from 1899-12-30 (serial 0 of the 1900 system) to 1970-01-01. */
const serieel = (w: { datum: string }) => alsDatum(w).getTime() / 86_400_000 + 25_569;

/**
 * The list as XML written by hand, the way other tools than Excel write it: `voorvoegsel`
 * SpreadsheetML under a prefix with shared strings as a plain `<t>` followed by a rich-text run,
 * the workbook part elsewhere, absolute targets and the 1904 date system; `cdata` inline strings
 * in CDATA; `zonderR` cells and rows without `r`; `foutwaarde` a formula whose cached value is
 * `#N/A` in the empty Laatste contact of Café Zoë (row 5).
 */
function handgebouwd(opties: {
  voorvoegsel?: string;
  werkboekpad?: string;
  cdata?: boolean;
  zonderR?: boolean;
  foutwaarde?: boolean;
}): Buffer {
  const x = opties.voorvoegsel ?? '';
  const ns = x ? `xmlns:${x.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const datum1904 = x !== '';
  const werkboekpad = opties.werkboekpad ?? 'xl/workbook.xml';
  const werkmap = werkboekpad.slice(0, werkboekpad.lastIndexOf('/') + 1);
  const gedeeld: string[] = [];
  const tekstcel = (ref: string, tekst: string) => {
    if (opties.cdata) return `<${x}c${ref} t="inlineStr"><${x}is><${x}t><![CDATA[${tekst}]]></${x}t></${x}is></${x}c>`;
    gedeeld.push(tekst);
    return `<${x}c${ref} t="s"><${x}v>${gedeeld.length - 1}</${x}v></${x}c>`;
  };
  const bladXml = (tabel: Waarde[][], metFout: boolean) => {
    const rijen = tabel.map((rij, r) => {
      const rijRef = opties.zonderR ? '' : ` r="${r + 1}"`;
      const cellen = rij.map((waarde, k) => {
        const ref = opties.zonderR ? '' : ` r="${kolom(k)}${r + 1}"`;
        if (metFout && r === 4 && k === 10)
          return `<${x}c${ref} t="e"><${x}f>VERT.ZOEKEN(A5;Oud!A:K;11;0)</${x}f><${x}v>#N/A</${x}v></${x}c>`;
        if (waarde === null) return opties.zonderR ? `<${x}c/>` : '';
        if (typeof waarde === 'string') return tekstcel(ref, waarde);
        const dag = serieel(waarde) - (datum1904 ? 1_462 : 0);
        return `<${x}c${ref} s="1"><${x}v>${dag}</${x}v></${x}c>`;
      });
      return `<${x}row${rijRef}>${cellen.join('')}</${x}row>`;
    });
    const samengevoegd =
      tabel === lijst.tabel ? `<${x}mergeCells count="1"><${x}mergeCell ref="A1:K1"/></${x}mergeCells>` : '';
    return `${XML}<${x}worksheet ${ns}><${x}sheetData>${rijen.join('')}</${x}sheetData>${samengevoegd}</${x}worksheet>`;
  };
  const hoofd = bladXml(lijst.tabel, opties.foutwaarde === true);
  const oud = bladXml(lijst.verborgenRijen, false);
  const sst = `${XML}<${x}sst ${ns} count="${gedeeld.length}" uniqueCount="${gedeeld.length}">${gedeeld
    .map((t) => {
      if (!x || t.length < 2) return `<${x}si><${x}t>${ontsnap(t)}</${x}t></${x}si>`;
      const helft = Math.floor(t.length / 2);
      // A plain text first, then a bold run: both are the text.
      return `<${x}si><${x}t xml:space="preserve">${ontsnap(t.slice(0, helft))}</${x}t><${x}r><${x}rPr><${x}b/></${x}rPr><${x}t xml:space="preserve">${ontsnap(t.slice(helft))}</${x}t></${x}r></${x}si>`;
    })
    .join('')}</${x}sst>`;
  const doel = (deel: string) => (x ? `/${werkmap}${deel}` : deel);
  const staat = x ? 'veryHidden' : 'hidden';
  return maakZip([
    {
      naam: '[Content_Types].xml',
      inhoud: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    },
    {
      naam: '_rels/.rels',
      inhoud: `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${werkboekpad}"/></Relationships>`,
    },
    {
      naam: werkboekpad,
      inhoud: `${XML}<${x}workbook ${ns} xmlns:r="${R}"><${x}workbookPr${datum1904 ? ' date1904="1"' : ''}/><${x}sheets><${x}sheet name="${lijst.blad}" sheetId="1" r:id="rId1"/><${x}sheet name="${lijst.verborgenBlad}" sheetId="2" state="${staat}" r:id="rId2"/></${x}sheets></${x}workbook>`,
    },
    {
      naam: `${werkmap}_rels/${werkboekpad.slice(werkmap.length)}.rels`,
      inhoud: `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="${doel('bladen/blad1.xml')}"/><Relationship Id="rId2" Type="${R}/worksheet" Target="${doel('bladen/blad2.xml')}"/><Relationship Id="rId3" Type="${R}/sharedStrings" Target="${doel('teksten.xml')}"/><Relationship Id="rId4" Type="${R}/styles" Target="${doel('stijlen.xml')}"/></Relationships>`,
    },
    { naam: `${werkmap}bladen/blad1.xml`, inhoud: hoofd },
    { naam: `${werkmap}bladen/blad2.xml`, inhoud: oud },
    { naam: `${werkmap}teksten.xml`, inhoud: sst },
    {
      naam: `${werkmap}stijlen.xml`,
      inhoud: `${XML}<${x}styleSheet ${ns}><${x}numFmts count="1"><${x}numFmt numFmtId="164" formatCode="d\\-m\\-yyyy"/></${x}numFmts><${x}cellXfs count="2"><${x}xf numFmtId="0"/><${x}xf numFmtId="164" applyNumberFormat="1"/></${x}cellXfs></${x}styleSheet>`,
    },
  ]);
}

/** Whether a workbook uses the 1904 date system, read from its workbook part. */
async function datum1904(naam: string): Promise<boolean> {
  const pad = join(map, naam);
  const zip = await Zipmap.open(await Bron.van(pad).willekeurig());
  try {
    return (await leesWerkboek(zip, (await zoekWerkboek(zip))!)).datum1904;
  } finally {
    zip.sluit();
  }
}

/** What must be the same for every writer: rows, meldingen (without the sheet name CSV lacks) and the plan's lines. */
function inhoud(s: ImportSamenvatting) {
  const zonderBlad = <T extends { blad?: string }>({ blad: _, ...rest }: T) => rest;
  return {
    rijen: s.rijen,
    afgewezen: s.afgewezen,
    dubbel: s.dubbel,
    organisaties: s.organisaties,
    personen: s.personen,
    onbekendeKolommen: s.onbekendeKolommen,
    meldingen: s.meldingen.map(zonderBlad),
    toegevoegd: s.details.toegevoegd.map(({ id: _, ...regel }) => zonderBlad(regel)),
    gewijzigd: s.details.gewijzigd.map(({ id: _, ...regel }) => zonderBlad(regel)),
  };
}

/** The writes of a plan with its fresh ids replaced by their order of appearance, so that links still count. */
function schrijfacties(operaties: Operaties): unknown {
  const namen = new Map<string, string>();
  const alias = (id: string) => {
    if (!namen.has(id)) namen.set(id, `#${namen.size + 1}`);
    return namen.get(id);
  };
  const soorten = [
    'organisaties',
    'overleggen',
    'personen',
    'lidmaatschappen',
    'deelnames',
    'trainingen',
    'contactmomenten',
  ] as const;
  const rest = Object.fromEntries(soorten.map((s) => [s, operaties.list(s)]));
  return JSON.parse(
    JSON.stringify(rest, (sleutel, waarde) =>
      typeof waarde === 'string' && (sleutel === 'id' || sleutel.endsWith('Id')) ? alias(waarde) : waarde,
    ),
  );
}

const GEWOON = [
  'libreoffice.xlsx',
  'libreoffice-1904.xlsx',
  'openpyxl.xlsx',
  'openpyxl-1904.xlsx',
  'xlsxwriter.xlsx',
  'xlsxwriter-1904.xlsx',
  'exceljs.xlsx',
  'exceljs-1904.xlsx',
  'hand-voorvoegsel.xlsx',
  'hand-cdata-zonder-r.xlsx',
];

describe('writer matrix', () => {
  let csv: ImportPlan;
  beforeAll(async () => {
    csv = await planImport(store, { pad: join(map, 'lijst.csv'), gemeente: almere });
  });

  it('reads the CSV as Dutch Excel saves it (the reference)', () => {
    const fout = (kolom: string, waarde: string, code: string, melding: string) => ({
      rij: 7,
      kolom,
      waarde,
      code,
      ernst: 'fout',
      melding,
    });
    expect(inhoud(csv.samenvatting)).toEqual({
      rijen: 4,
      afgewezen: 1,
      dubbel: 0,
      organisaties: { toegevoegd: 3, gewijzigd: 0, ongewijzigd: 0 },
      personen: { toegevoegd: 3, gewijzigd: 0, ongewijzigd: 0, ontbrekend: 0 },
      onbekendeKolommen: [],
      meldingen: [
        fout(
          'Wijk',
          'Lelystad',
          'wijk.onbekend',
          'De wijk "Lelystad" is onbekend in Almere; kies uit Almere Stad, Almere Buiten, Almere Haven, Almere Poort, Almere Hout, Almere Pampus.',
        ),
        fout('E-mail', 'piet@', 'email.ongeldig', 'Het e-mailadres "piet@" is ongeldig.'),
      ],
      toegevoegd: [
        { entiteit: 'organisatie', naam: 'Politie Almere', rij: 4 },
        { entiteit: 'organisatie', naam: 'Café Zoë', rij: 5 },
        { entiteit: 'organisatie', naam: 'GGZ Centraal', rij: 6 },
        { entiteit: 'persoon', naam: 'Mehmet Çelik', rij: 4 },
        { entiteit: 'persoon', naam: 'José Ruïs', rij: 5 },
        { entiteit: 'persoon', naam: 'Fatima el Amrani', rij: 6 },
      ],
      gewijzigd: [],
    });
    expect(csv.samenvatting.overgeslagenBladen).toEqual([]);
    const [personen, trainingen, contactmomenten] = [
      csv.operaties.list('personen'),
      csv.operaties.list('trainingen'),
      csv.operaties.list('contactmomenten'),
    ];
    expect(personen.map((p) => [p.naam, p.telefoon])).toEqual([
      ['Mehmet Çelik', '+31612345678'],
      ['José Ruïs', '+31361234567'],
      ['Fatima el Amrani', '+31367654321'],
    ]);
    expect(trainingen.map((t) => t.datum)).toEqual(['2021-01-01', null]);
    expect(contactmomenten.map((c) => c.datum)).toEqual(['2026-10-01', '2025-03-15']);
  });

  it.each(GEWOON)(
    'imports %s to exactly the rows and meldingen of the CSV, skipping the hidden sheet',
    async (naam) => {
      const { samenvatting, operaties } = await planImport(store, { pad: join(map, naam), gemeente: almere });
      expect(inhoud(samenvatting)).toEqual(inhoud(csv.samenvatting));
      expect(schrijfacties(operaties)).toEqual(schrijfacties(csv.operaties));
      expect(samenvatting.meldingen.map((m) => m.blad)).toEqual(['Contacten', 'Contacten']);
      expect(samenvatting.details.toegevoegd.every((r) => r.blad === 'Contacten')).toBe(true);
      expect(samenvatting.overgeslagenBladen).toEqual([{ blad: 'Oud', reden: 'verborgen' }]);
      // The writer really used the date system the file name says (else the 1904 cases prove nothing).
      expect(await datum1904(naam)).toBe(naam.includes('1904') || naam === 'hand-voorvoegsel.xlsx');
    },
  );

  it('adds only the cel.foutwaarde warning for a formula whose cached value is an error', async () => {
    const { samenvatting, operaties } = await planImport(store, {
      pad: join(map, 'hand-foutwaarde.xlsx'),
      gemeente: almere,
    });
    const verwacht = inhoud(csv.samenvatting);
    expect(inhoud(samenvatting)).toEqual({
      ...verwacht,
      meldingen: [
        {
          rij: 5,
          kolom: 'Laatste contact',
          waarde: '#N/A',
          code: 'cel.foutwaarde',
          ernst: 'waarschuwing',
          melding: 'De cel bevat de Excel-foutwaarde #N/A en is als leeg gelezen.',
        },
        ...verwacht.meldingen,
      ],
    });
    expect(schrijfacties(operaties)).toEqual(schrijfacties(csv.operaties));
  });

  it('marks the offending cells of an openpyxl workbook in the error report (its sheet names are right)', async () => {
    const pad = join(map, 'openpyxl.xlsx');
    const { samenvatting, bladen } = await planImport(store, { pad, gemeente: almere });
    const uit = join(map, 'openpyxl-rapport.xlsx');
    await writeFoutenrapport({ invoer: { pad, soort: 'xlsx' }, meldingen: samenvatting.meldingen, bladen, uit });
    const rapport = new ExcelJS.Workbook();
    await rapport.xlsx.readFile(uit);
    const blad = rapport.getWorksheet('Contacten')!;
    const vulling = (adres: string) => (blad.getCell(adres).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(['C7', 'G7', 'A7', 'C6'].map(vulling)).toEqual([KLEUR_FOUT, KLEUR_FOUT, undefined, undefined]);
    expect(blad.getCell('G7').note).toBe('Het e-mailadres "piet@" is ongeldig.');
  });

  it.each(GEWOON.filter((naam) => naam.includes('1904')))(
    'keeps the dates of %s in its marked copy (the error report)',
    async (naam) => {
      const pad = join(map, naam);
      const { samenvatting, bladen } = await planImport(store, { pad, gemeente: almere });
      const uit = join(map, `rapport-${naam}`);
      await writeFoutenrapport({ invoer: { pad, soort: 'xlsx' }, meldingen: samenvatting.meldingen, bladen, uit });
      const datums = async (bestand: string) => {
        const { operaties } = await planImport(store, { pad: bestand, gemeente: almere, blad: 'Contacten' });
        return [
          ...operaties.list('trainingen').map((t) => t.datum),
          ...operaties.list('contactmomenten').map((c) => c.datum),
        ];
      };
      expect(await datums(uit)).toEqual(['2021-01-01', null, '2026-10-01', '2025-03-15']);
      expect(await datums(uit)).toEqual(await datums(pad));
    },
  );

  it.each(['openpyxl.xlsx', 'libreoffice.xlsx', 'hand-voorvoegsel.xlsx'])(
    'still imports the hidden sheet of %s when it is asked for by name',
    async (naam) => {
      const { samenvatting, operaties } = await planImport(store, {
        pad: join(map, naam),
        gemeente: almere,
        blad: 'Oud',
      });
      expect({ rijen: samenvatting.rijen, overgeslagen: samenvatting.overgeslagenBladen }).toEqual({
        rijen: 1,
        overgeslagen: [],
      });
      expect(operaties.list('personen').map((p) => [p.naam, p.email])).toEqual([
        ['Kees Verzonnen', 'kees@example.org'],
      ]);
    },
  );
});
