import { stat } from 'node:fs/promises';
import type { Gemeente } from '@netwerkregie/domain';
import ExcelJS from 'exceljs';
import { BOM, csvRegel, Regelschrijver, schrijfVeilig } from './_schrijven.js';
import { leesWerkboek, zoekWerkboek } from './lezen/_pakket.js';
import { Zipmap } from './lezen/_zip.js';
import { Zipinvoer } from './lezen/_zipinvoer.js';
import { readSheet } from './lezen/bestand.js';
import type { BladInfo, Melding } from './types.js';

/** Columns of the `Fouten` sheet and of the CSV report. */
export const RAPPORT_KOPPEN = ['Blad', 'Rij', 'Kolom', 'Waarde', 'Code', 'Ernst', 'Melding'] as const;

/**
 * Largest workbook that is copied with its offending cells marked. exceljs holds a whole workbook
 * in memory for that: measured, 20,000 rows of 13 columns peak at about 500 MB and 100,000 rows
 * at 2 GB. Above this only the `Fouten` sheet is written (streaming).
 */
export const MAX_RAPPORTRIJEN = 20_000;
export const MAX_RAPPORTCELLEN = 300_000;

/** Soft red for a cell with an error, soft yellow for one with only warnings. */
export const KLEUR_FOUT = 'FFFFC7CE';
export const KLEUR_WAARSCHUWING = 'FFFFEB9C';

/**
 * The issues, the input and where to write. The offending cells are found by the header rows the
 * import pipeline found: pass them (`bladen`, from the plan or `bijBlad`), or the gemeente, with
 * which the pipeline's read stage finds them again. The writer never guesses a header itself.
 */
export type RapportOpties = {
  invoer: { pad: string; soort: 'csv' | 'xlsx' };
  meldingen: readonly Melding[];
  uit: string;
} & ({ bladen: readonly BladInfo[] } | { gemeente: Gemeente; blad?: string });

/** What was written: the issues as CSV, a marked copy of the workbook, or (too large to copy) only the `Fouten` sheet. */
export type Rapportsoort = 'csv' | 'werkmap' | 'lijst';

/**
 * The error report (IMPORT.md `--report`): for an XLSX input a copy of the workbook with each
 * offending cell filled red with a note holding the messages (a row-level issue marks the whole
 * row), plus a sheet `Fouten` listing every issue; for a CSV input a CSV of the issues.
 */
export async function writeFoutenrapport(opties: RapportOpties): Promise<{ soort: Rapportsoort }> {
  const { invoer, meldingen, uit } = opties;
  if (invoer.soort === 'csv') {
    await schrijfVeilig(uit, (tijdelijk) => schrijfCsvRapport(meldingen, tijdelijk));
    return { soort: 'csv' };
  }
  if (!(await isKlein(invoer.pad))) {
    await schrijfVeilig(uit, (tijdelijk) => schrijfLijst(meldingen, tijdelijk));
    return { soort: 'lijst' };
  }
  const werkboek = new ExcelJS.Workbook();
  await werkboek.xlsx.readFile(invoer.pad);
  if ((await isDatum1904(invoer.pad)) && !werkboek.properties.date1904) herstelDatum1904(werkboek);
  const bladen = 'bladen' in opties ? opties.bladen : await vindBladen(invoer.pad, opties.gemeente, opties.blad);
  markeer(werkboek, meldingen, bladen);
  const blad = werkboek.addWorksheet(vrijeNaam(werkboek, 'Fouten'));
  vulFoutenblad(blad, meldingen);
  werkboek.views = [
    {
      x: 0,
      y: 0,
      width: 20_000,
      height: 12_000,
      firstSheet: 0,
      activeTab: werkboek.worksheets.length - 1,
      visibility: 'visible',
    },
  ];
  await schrijfVeilig(uit, (tijdelijk) => werkboek.xlsx.writeFile(tijdelijk));
  return { soort: 'werkmap' };
}

async function schrijfCsvRapport(meldingen: readonly Melding[], pad: string): Promise<void> {
  const uit = new Regelschrijver(pad);
  try {
    await uit.schrijf(BOM + csvRegel(RAPPORT_KOPPEN));
    for (const m of meldingen) await uit.schrijf(csvRegel(rapportregel(m).map(String)));
  } finally {
    await uit.sluit();
  }
}

async function schrijfLijst(meldingen: readonly Melding[], pad: string): Promise<void> {
  const werkboek = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useStyles: true, useSharedStrings: true });
  const blad = werkboek.addWorksheet('Fouten', { views: [{ state: 'frozen', ySplit: 1 }] });
  blad.columns = KOLOMMEN;
  const kop = blad.addRow([...RAPPORT_KOPPEN]);
  kop.font = { bold: true };
  kop.commit();
  for (const m of meldingen) blad.addRow(xlsxRegel(m)).commit();
  blad.commit();
  await werkboek.commit();
}

const KOLOMMEN = [14, 6, 20, 30, 22, 13, 80].map((width, i) => ({ key: RAPPORT_KOPPEN[i]!, width }));

/** A report line; in XLSX every text is a text cell (never a formula), the CSV writer neutralises it. */
function rapportregel(m: Melding): [string, number, string, string, string, string, string] {
  return [m.blad ?? '', m.rij, m.kolom, m.waarde, m.code, m.ernst, m.melding];
}

/** In XLSX an empty text is an empty cell. */
function xlsxRegel(m: Melding): (string | number | null)[] {
  return rapportregel(m).map((waarde) => (waarde === '' ? null : waarde));
}

function vulFoutenblad(blad: ExcelJS.Worksheet, meldingen: readonly Melding[]): void {
  blad.columns = KOLOMMEN;
  blad.views = [{ state: 'frozen', ySplit: 1 }];
  blad.addRow([...RAPPORT_KOPPEN]).font = { bold: true };
  for (const m of meldingen) blad.addRow(xlsxRegel(m));
  blad.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: RAPPORT_KOPPEN.length } };
}

const DAGEN_1900_TOT_1904 = 1462;

/** Whether the workbook counts its dates from 1904, as our own reader sees it (exceljs misses `date1904="true"`). */
async function isDatum1904(pad: string): Promise<boolean> {
  const zip = await Zipmap.open(pad, (await stat(pad)).size);
  try {
    const werkboekpad = await zoekWerkboek(zip);
    return werkboekpad !== undefined && (await leesWerkboek(zip, werkboekpad)).datum1904;
  } finally {
    zip.sluit();
  }
}

/**
 * exceljs read a 1904 workbook's dates as if they counted from 1900 and would write the copy without
 * the 1904 setting: every date in the marked copy would show four years early. Put the dates right
 * and keep the setting, as exceljs does for a workbook whose `date1904` it recognises.
 */
function herstelDatum1904(werkboek: ExcelJS.Workbook): void {
  const verschuif = (d: Date) => new Date(d.getTime() + DAGEN_1900_TOT_1904 * 86_400_000);
  for (const blad of werkboek.worksheets) {
    blad.eachRow((rij) =>
      rij.eachCell((cel) => {
        const waarde = cel.value;
        if (waarde instanceof Date) cel.value = verschuif(waarde);
        else if (waarde && typeof waarde === 'object' && 'result' in waarde && waarde.result instanceof Date) {
          cel.value = { ...waarde, result: verschuif(waarde.result) } as ExcelJS.CellValue;
        }
      }),
    );
  }
  werkboek.properties.date1904 = true;
}

/** Whether the workbook is small enough to copy (counted with the streaming reader). */
async function isKlein(pad: string): Promise<boolean> {
  const invoer = await Zipinvoer.open(pad, (await stat(pad)).size);
  const lezer = new ExcelJS.stream.xlsx.WorkbookReader(invoer, {
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let rijen = 0;
  let cellen = 0;
  try {
    for await (const blad of lezer) {
      for await (const rij of blad) {
        rijen++;
        cellen += rij.cellCount;
        if (rijen > MAX_RAPPORTRIJEN || cellen > MAX_RAPPORTCELLEN) return false;
      }
    }
    return true;
  } finally {
    invoer.stop();
  }
}

function vrijeNaam(werkboek: ExcelJS.Workbook, naam: string): string {
  const bestaand = new Set(werkboek.worksheets.map((b) => b.name.toLowerCase()));
  if (!bestaand.has(naam.toLowerCase())) return naam;
  for (let i = 2; ; i++) if (!bestaand.has(`${naam} (${i})`.toLowerCase())) return `${naam} (${i})`;
}

/** Fills every offending cell and gives it a note with its messages. */
function markeer(werkboek: ExcelJS.Workbook, meldingen: readonly Melding[], bladen: readonly BladInfo[]): void {
  const perBlad = new Map<string, Melding[]>();
  for (const m of meldingen) {
    const naam = m.blad ?? werkboek.worksheets[0]?.name;
    if (naam === undefined) continue;
    const lijst = perBlad.get(naam);
    if (lijst) lijst.push(m);
    else perBlad.set(naam, [m]);
  }
  for (const [naam, lijst] of perBlad) {
    const blad = werkboek.getWorksheet(naam);
    if (!blad) continue;
    const kolommen = kolomkaart(bladen.find((b) => b.naam === naam));
    const breedte = Math.max(1, blad.columnCount);
    const notities = new Map<string, { cel: ExcelJS.Cell; teksten: string[]; fout: boolean }>();
    for (const m of lijst) {
      const gevonden = m.kolom === '' ? [] : m.kolom.split(' + ').flatMap((kop) => kolommen.get(kop) ?? []);
      const nummers = gevonden.length > 0 ? gevonden : Array.from({ length: breedte }, (_, i) => i + 1);
      nummers.forEach((nummer, i) => {
        const cel = blad.getCell(m.rij, nummer);
        const notitie = notities.get(cel.address) ?? { cel, teksten: [], fout: false };
        notitie.fout ||= m.ernst === 'fout';
        if (i === 0) notitie.teksten.push(m.melding);
        notities.set(cel.address, notitie);
      });
    }
    for (const { cel, teksten, fout } of notities.values()) {
      cel.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fout ? KLEUR_FOUT : KLEUR_WAARSCHUWING } };
      if (teksten.length > 0) cel.note = teksten.join('\n');
    }
  }
}

/** Header text -> 1-based column numbers, from the sheet's header row as the pipeline found it. */
function kolomkaart(info: BladInfo | undefined): Map<string, number[]> {
  const kaart = new Map<string, number[]>();
  for (const kolom of info?.kolommen ?? []) kaart.set(kolom.kop, [...(kaart.get(kolom.kop) ?? []), kolom.index + 1]);
  return kaart;
}

/** The header rows of the workbook's sheets, found by the read stage itself (rows are read, not kept). */
async function vindBladen(pad: string, gemeente: Gemeente, blad?: string): Promise<BladInfo[]> {
  const bladen: BladInfo[] = [];
  for await (const g of readSheet({ pad }, { gemeente, soort: 'xlsx', ...(blad ? { blad } : {}) })) {
    if (g.soort === 'blad') bladen.push(g.blad);
  }
  return bladen;
}
