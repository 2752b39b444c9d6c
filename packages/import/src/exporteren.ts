import ExcelJS from 'exceljs';
import { BOM, csvRegel, Regelschrijver, schrijfVeilig } from './_schrijven.js';

/** The sheet layout of IMPORT.md, Dutch headers in this order; an export re-imports as all unchanged. */
export const EXPORT_KOPPEN = [
  'Organisatie',
  'Domein',
  'Netwerk',
  'Soort',
  'Wijk',
  'Naam',
  'Functie',
  'Rol',
  'E-mail',
  'Telefoon',
  'Getraind',
  'Soort training',
  'Overleggen',
  'Laatste contact',
] as const;

export interface ExportOpties {
  formaat: 'xlsx' | 'csv';
  uit: string;
}

const KOLOMBREEDTES = [32, 16, 11, 20, 24, 26, 24, 30, 30, 16, 12, 15, 30, 15];

/**
 * Writes rows (cells in the order of `EXPORT_KOPPEN`) as XLSX (streaming, every value a text
 * cell, never a formula) or as CSV (`;`, UTF-8 with BOM, values neutralised against formula
 * injection). Returns the number of rows written, header excluded.
 */
export async function writeExport(
  rijen: AsyncIterable<string[]> | Iterable<string[]>,
  opties: ExportOpties,
): Promise<{ rijen: number }> {
  let aantal = 0;
  const controleer = (rij: string[]) => {
    if (rij.length !== EXPORT_KOPPEN.length) {
      throw new Error(`Exportrij ${aantal + 1} heeft ${rij.length} cellen in plaats van ${EXPORT_KOPPEN.length}.`);
    }
    aantal++;
    return rij;
  };
  await schrijfVeilig(opties.uit, async (tijdelijk) => {
    if (opties.formaat === 'csv') {
      const uit = new Regelschrijver(tijdelijk);
      try {
        await uit.schrijf(BOM + csvRegel(EXPORT_KOPPEN));
        for await (const rij of rijen) await uit.schrijf(csvRegel(controleer(rij)));
      } finally {
        await uit.sluit();
      }
      return;
    }
    // Shared strings: every value is a text cell (`t="s"`), which Excel never evaluates.
    const werkboek = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: tijdelijk,
      useStyles: true,
      useSharedStrings: true,
    });
    const blad = werkboek.addWorksheet('Contactlijst', { views: [{ state: 'frozen', ySplit: 1 }] });
    blad.columns = EXPORT_KOPPEN.map((kop, i) => ({ key: kop, width: KOLOMBREEDTES[i] ?? 20 }));
    const kop = blad.addRow([...EXPORT_KOPPEN]);
    kop.font = { bold: true };
    kop.commit();
    for await (const rij of rijen) {
      blad.addRow(controleer(rij).map((waarde) => (waarde === '' ? null : waarde))).commit();
    }
    blad.commit();
    await werkboek.commit();
  });
  return { rijen: aantal };
}
