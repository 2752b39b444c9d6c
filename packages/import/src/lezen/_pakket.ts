import { isDatumnotatie } from './_cel.js';
import { Tekstverzamelaar } from './_tekst.js';
import { leesXml, PAKKETRELATIES_NS, RELATIES_NS, SPREADSHEETML } from './_xml.js';
import { ZipFout, type Zipmap } from './_zip.js';

/** A relationship of a part, its target resolved to a part name. */
interface Relatie {
  id: string;
  soort: string;
  doel: string;
}

export type Zichtbaarheid = 'zichtbaar' | 'verborgen';

export interface Werkbladverwijzing {
  naam: string;
  pad: string;
  zichtbaarheid: Zichtbaarheid;
}

export interface Werkboek {
  /** False when the part is no SpreadsheetML workbook (the officeDocument of a Word or PowerPoint file). */
  isWerkboek: boolean;
  /** Worksheets (no chart or dialog sheets) in the order the workbook shows them. */
  bladen: Werkbladverwijzing[];
  /** Serial day numbers count from 1904-01-01 (LibreOffice and old Mac Excel can write this). */
  datum1904: boolean;
  gedeeldeTeksten?: string;
  stijlen?: string;
}

/** The relationship type's last segment, the same in transitional and strict OOXML. */
const soortVan = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/**
 * Finds the workbook part the way a package says where it is: `_rels/.rels`, its officeDocument
 * relationship. Without package relationships (some hand-made files) the usual `xl/workbook.xml`.
 * Undefined when the package has no workbook at all.
 */
export async function zoekWerkboek(zip: Zipmap): Promise<string | undefined> {
  const relaties = await leesRelaties(zip, '');
  const document = relaties?.find((r) => soortVan(r.soort) === 'officeDocument');
  if (document) {
    if (!zip.deel(document.doel)) throw new ZipFout(`werkboek ${document.doel} ontbreekt`);
    return document.doel;
  }
  return zip.deel('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

/** Reads the workbook part and its relationships: sheets, their parts and visibility, date system. */
export async function leesWerkboek(zip: Zipmap, pad: string): Promise<Werkboek> {
  const relaties = new Map((await leesRelaties(zip, pad))?.map((r) => [r.id, r]) ?? []);
  const bladen: Werkbladverwijzing[] = [];
  let datum1904 = false;
  let isWerkboek: boolean | undefined;
  await leesXml(zip.tekst(deelOf(zip, pad)), {
    open(e) {
      isWerkboek ??= SPREADSHEETML.has(e.uri) && e.naam === 'workbook';
      if (!isWerkboek || !SPREADSHEETML.has(e.uri)) return;
      if (e.naam === 'workbookPr') datum1904 = isWaar(e.attribuut('date1904'));
      if (e.naam !== 'sheet') return;
      const naam = e.attribuut('name');
      const relatie = relaties.get(e.attribuut('id', RELATIES_NS) ?? '');
      if (naam === undefined || !relatie) throw new ZipFout('blad zonder naam of relatie');
      if (soortVan(relatie.soort) !== 'worksheet') return;
      const staat = e.attribuut('state');
      bladen.push({
        naam,
        pad: relatie.doel,
        zichtbaarheid: staat === 'hidden' || staat === 'veryHidden' ? 'verborgen' : 'zichtbaar',
      });
    },
  });
  const alle = [...relaties.values()];
  const gedeeldeTeksten = alle.find((r) => soortVan(r.soort) === 'sharedStrings')?.doel;
  const stijlen = alle.find((r) => soortVan(r.soort) === 'styles')?.doel;
  return {
    isWerkboek: isWerkboek === true,
    bladen,
    datum1904,
    ...(gedeeldeTeksten ? { gedeeldeTeksten } : {}),
    ...(stijlen ? { stijlen } : {}),
  };
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, and the East Asian ones). */
const DATUMNOTATIES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Per cell style (`s` of a cell) whether its number format shows a date. */
export async function leesStijlen(zip: Zipmap, pad: string): Promise<boolean[]> {
  const eigen = new Map<number, string>();
  const stijlen: boolean[] = [];
  const stijlnummers: number[] = [];
  let inCelstijlen = false;
  await leesXml(zip.tekst(deelOf(zip, pad)), {
    open(e) {
      if (!SPREADSHEETML.has(e.uri)) return;
      if (e.naam === 'numFmt') eigen.set(Number(e.attribuut('numFmtId')), e.attribuut('formatCode') ?? '');
      else if (e.naam === 'cellXfs') inCelstijlen = true;
      else if (e.naam === 'xf' && inCelstijlen) stijlnummers.push(Number(e.attribuut('numFmtId') ?? 0));
    },
    sluit(e) {
      if (SPREADSHEETML.has(e.uri) && e.naam === 'cellXfs') inCelstijlen = false;
    },
  });
  for (const id of stijlnummers) {
    const code = eigen.get(id);
    stijlen.push(code === undefined ? DATUMNOTATIES.has(id) : isDatumnotatie(code));
  }
  return stijlen;
}

/** The shared strings, each the text of all its runs (phonetic runs left out). */
export async function leesGedeeldeTeksten(zip: Zipmap, pad: string): Promise<string[]> {
  const teksten: string[] = [];
  const verzamelaar = new Tekstverzamelaar();
  await leesXml(zip.tekst(deelOf(zip, pad)), {
    open(e) {
      if (SPREADSHEETML.has(e.uri) && e.naam === 'si') verzamelaar.begin();
      else verzamelaar.open(e);
    },
    sluit(e) {
      if (SPREADSHEETML.has(e.uri) && e.naam === 'si') teksten.push(verzamelaar.eind());
      else verzamelaar.sluit(e);
    },
    tekst: (t) => verzamelaar.tekst(t),
  });
  return teksten;
}

/** A part's relationships; undefined when it has none. */
async function leesRelaties(zip: Zipmap, bron: string): Promise<Relatie[] | undefined> {
  const map = bron.includes('/') ? bron.slice(0, bron.lastIndexOf('/') + 1) : '';
  const deel = zip.deel(`${map}_rels/${bron.slice(map.length)}.rels`);
  if (!deel) return undefined;
  const relaties: Relatie[] = [];
  await leesXml(zip.tekst(deel), {
    open(e) {
      if (e.uri !== PAKKETRELATIES_NS || e.naam !== 'Relationship') return;
      const id = e.attribuut('Id');
      const soort = e.attribuut('Type');
      const doel = e.attribuut('Target');
      if (id === undefined || soort === undefined || doel === undefined) throw new ZipFout('onvolledige relatie');
      if (e.attribuut('TargetMode') === 'External') return;
      relaties.push({ id, soort, doel: doelpad(map, doel) });
    },
  });
  return relaties;
}

/** A relationship target as a part name: absolute from the package root, else relative to the source's folder. */
function doelpad(map: string, doel: string): string {
  let pad: string;
  try {
    pad = decodeURIComponent(doel);
  } catch {
    pad = doel;
  }
  const delen: string[] = [];
  for (const deel of (pad.startsWith('/') ? pad : map + pad).split('/')) {
    if (deel === '..') delen.pop();
    else if (deel !== '' && deel !== '.') delen.push(deel);
  }
  return delen.join('/');
}

function deelOf(zip: Zipmap, pad: string) {
  const deel = zip.deel(pad);
  if (!deel) throw new ZipFout(`deel ${pad} ontbreekt`);
  return deel;
}

/** An XML boolean (`1`, `true`). */
export function isWaar(waarde: string | undefined): boolean {
  return waarde === '1' || waarde === 'true';
}
