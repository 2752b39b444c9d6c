import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { BestandsFout } from '../fouten.js';
import { ontneutraliseer } from '../neutraliseren.js';
import type { Cel } from '../types.js';
import { alsBestandsFout, bestandsgrootte } from './_bestand.js';
import { celwaarde } from './_cel.js';
import { controleerBreedte, controleerGrenzen, isLeeg, MAX_KOLOMMEN, snijLegeStaart } from './_grenzen.js';
import { Rijenopslag } from './_spool.js';
import { Zipinvoer } from './_zipinvoer.js';
import type { Foutwaarde, RuweGebeurtenis, RuweRij } from './types.js';

/** What the streaming reader exposes beyond its typings. */
interface Werkbladlezer extends AsyncIterable<ExcelJS.Row> {
  name: string;
  iterator?: { destroy?: () => void };
}
interface Werkboeklezer {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

const VOORTGANG_RIJEN = 2_000;

/**
 * Reads a workbook with exceljs's streaming reader (never the whole workbook in memory), sheet by
 * sheet in workbook order, each preceded by a `blad` marker. Cells: text, numbers, booleans and
 * dates as they are; formulas give their cached result; rich text and hyperlinks their text;
 * Excel error values (`#N/A`) are read as empty and listed in `foutwaarden`. Merged cells keep
 * their value in the top-left cell only (the streaming reader does not see merges).
 */
export async function* leesXlsx(
  pad: string,
  opties: { naam?: string; blad?: string } = {},
): AsyncGenerator<RuweGebeurtenis> {
  const naam = opties.naam ?? basename(pad);
  const totaalBytes = await bestandsgrootte(pad);
  if (totaalBytes === 0) throw new BestandsFout('bestand.leeg', `Het bestand "${naam}" is leeg (0 bytes).`);

  const invoer = await Zipinvoer.open(pad, totaalBytes);
  const lezer = new ExcelJS.stream.xlsx.WorkbookReader(invoer, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    // Styles give the number formats that tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  const interne = lezer as unknown as Werkboeklezer;
  const bladen = lezer[Symbol.asyncIterator]();
  const onleesbaar = (fout: unknown) => {
    if (invoer.invoerfout !== undefined) return alsBestandsFout(invoer.invoerfout, pad);
    if (fout instanceof BestandsFout) return fout;
    return new BestandsFout(
      'bestand.onleesbaar',
      `De werkmap "${naam}" is beschadigd of onvolledig en kan niet worden gelezen. ` +
        'Open en bewaar hem opnieuw in Excel, of lever hem aan als CSV.',
      { cause: fout },
    );
  };
  const volgendBlad = async () => {
    try {
      return await invoer.bewaak(bladen.next());
    } catch (fout) {
      throw onleesbaar(fout);
    }
  };
  async function* rijenVan(blad: Werkbladlezer): AsyncGenerator<RuweRij> {
    const rijen = blad[Symbol.asyncIterator]();
    for (;;) {
      let stap: IteratorResult<ExcelJS.Row>;
      try {
        stap = await invoer.bewaak(rijen.next());
      } catch (fout) {
        throw onleesbaar(fout);
      }
      if (stap.done) return;
      const rij = ruweRij(blad.name, stap.value);
      if (rij) yield rij;
    }
  }

  const opslag = new Rijenopslag();
  const afgehandeld = new Set<string>();
  let volgorde: string[] | undefined;
  let aantalBladen = 0;
  try {
    for (;;) {
      const stap = await volgendBlad();
      if (stap.done) break;
      const blad = stap.value as unknown as Werkbladlezer;
      volgorde ??= werkboekvolgorde(interne);
      if (opties.blad !== undefined && volgorde && !volgorde.includes(opties.blad)) {
        throw bladOnbekend(naam, opties.blad, volgorde);
      }
      if (opties.blad !== undefined && blad.name !== opties.blad) {
        blad.iterator?.destroy?.();
        continue;
      }
      aantalBladen++;
      const positie = volgorde?.indexOf(blad.name) ?? -1;
      const eerderOpen =
        opties.blad === undefined && positie > 0 && volgorde!.slice(0, positie).some((n) => !afgehandeld.has(n));
      if (eerderOpen) {
        // The zip holds this sheet before one that comes earlier in the workbook: keep it aside.
        await opslag.schrijf(blad.name, rijenVan(blad));
        continue;
      }
      yield { soort: 'blad', naam: blad.name };
      let teller = 0;
      for await (const rij of rijenVan(blad)) {
        yield { soort: 'rij', rij };
        if (++teller % VOORTGANG_RIJEN === 0)
          yield { soort: 'voortgang', gelezenBytes: invoer.gelezenBytes, totaalBytes };
      }
      afgehandeld.add(blad.name);
      for (const volgende of volgorde?.slice(positie + 1) ?? []) {
        if (!opslag.heeft(volgende) || afgehandeld.has(volgende)) break;
        yield* uitOpslag(opslag, volgende);
        afgehandeld.add(volgende);
      }
      yield { soort: 'voortgang', gelezenBytes: invoer.gelezenBytes, totaalBytes };
    }
    for (const blad of volgorde ?? []) {
      if (opslag.heeft(blad) && !afgehandeld.has(blad)) yield* uitOpslag(opslag, blad);
    }
    if (!interne.model) {
      throw new BestandsFout(
        'bestand.onleesbaar',
        `Het bestand "${naam}" is een zip-archief, maar geen Excel-werkmap (xl/workbook.xml ontbreekt).`,
      );
    }
    if (opties.blad !== undefined && aantalBladen === 0) throw bladOnbekend(naam, opties.blad, volgorde ?? []);
    if (aantalBladen === 0) throw new BestandsFout('bestand.leeg', `De werkmap "${naam}" heeft geen werkbladen.`);
    yield { soort: 'voortgang', gelezenBytes: totaalBytes, totaalBytes };
  } finally {
    invoer.stop();
    // Not awaited: after a failure the reader may wait forever on a stream that will not end.
    void bladen.return?.(undefined).catch(() => undefined);
    await opslag.ruimOp();
  }
}

async function* uitOpslag(opslag: Rijenopslag, blad: string): AsyncGenerator<RuweGebeurtenis> {
  yield { soort: 'blad', naam: blad };
  for await (const rij of opslag.lees(blad)) yield { soort: 'rij', rij };
}

/** Names of the worksheets (not chart sheets) in the order the workbook shows them. */
function werkboekvolgorde(lezer: Werkboeklezer): string[] | undefined {
  const { model, workbookRels } = lezer;
  if (!model?.sheets || !workbookRels) return undefined;
  const doel = new Map(workbookRels.map((r) => [r.Id, r.Target]));
  return model.sheets.filter((s) => /worksheets\/sheet\d+\.xml$/.test(doel.get(s.rId) ?? '')).map((s) => s.name);
}

function bladOnbekend(naam: string, blad: string, bladen: readonly string[]): BestandsFout {
  const lijst = bladen.map((b) => `"${b}"`).join(', ');
  return new BestandsFout(
    'blad.onbekend',
    `De werkmap "${naam}" heeft geen blad "${blad}"${bladen.length > 0 ? `; wel ${lijst}` : ''}.`,
  );
}

/** A row of exceljs as a raw row; null when it holds nothing. */
function ruweRij(blad: string, rij: ExcelJS.Row): RuweRij | null {
  const cellen: Cel[] = [];
  const foutwaarden: Foutwaarde[] = [];
  let breedte = 0;
  rij.eachCell({ includeEmpty: false }, (cel, kolom) => {
    const { cel: waarde, fout } = celwaarde(cel.value, cel.numFmt);
    if (fout !== undefined) foutwaarden.push({ index: kolom - 1, waarde: fout });
    if (isLeeg(waarde)) return;
    breedte = Math.max(breedte, kolom);
    if (breedte > MAX_KOLOMMEN) return;
    cellen[kolom - 1] = typeof waarde === 'string' ? ontneutraliseer(waarde) : waarde;
  });
  controleerBreedte(blad, rij.number, breedte);
  const dicht = snijLegeStaart(Array.from(cellen, (c) => c ?? null));
  if (dicht.length === 0 && foutwaarden.length === 0) return null;
  controleerGrenzen(blad, rij.number, dicht);
  return { blad, rij: rij.number, cellen: dicht, ...(foutwaarden.length > 0 ? { foutwaarden } : {}) };
}
