import { isBestaandeDatum } from '@netwerkregie/domain';
import type { Cel } from '../types.js';
import { celAlsTekst } from './tekst.js';
import { gelukt, mislukt, type Uitkomst } from './uitkomst.js';

/** Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999. */
export const EEUWGRENS = 70;
const VROEGSTE_JAAR = 1900;
const LAATSTE_JAAR = 2100;
/**
 * Serial day numbers we take as dates: five digits, 18-5-1927 to 14-10-2173. A smaller number
 * in a date column is far more likely a year or a typo than a date before 1927.
 */
const MIN_SERIEEL = 10_000;
const MAX_SERIEEL = 99_999;

// biome-ignore format: a table reads better in rows
const MAANDEN: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2,
  mrt: 3, mar: 3, maart: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const TIJD = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIJD}$`);
const DAG_EERST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIJD}$`);
const IN_WOORDEN = /^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.-]+(\d{4})$/;
const SERIEEL = /^\d{5}(?:[.,]\d+)?$/;

/**
 * A date as ISO `yyyy-mm-dd`. Accepts Excel date cells (UTC midnight: the UTC date counts), Excel
 * serial numbers of five digits (1900 system), `d-m-yyyy`, `dd-mm-yy`, `d/m/yyyy`,
 * `d.m.yyyy`, ISO `yyyy-mm-dd` (a time after it is ignored) and `3 februari 2016`. Day first,
 * always. Dates that do not exist or fall outside 1900-2100 are `datum.ongeldig`.
 */
export function leesDatum(cel: Cel): Uitkomst<string> {
  // A list repeats its dates (a training day, the day of the last round): text cells are remembered.
  if (typeof cel !== 'string') return leesDatumcel(cel);
  const bekend = DATUMGEHEUGEN.get(cel);
  if (bekend !== undefined) return bekend;
  const uitkomst = leesDatumcel(cel);
  if (DATUMGEHEUGEN.size >= MAX_DATUMGEHEUGEN) DATUMGEHEUGEN.clear();
  DATUMGEHEUGEN.set(cel, uitkomst);
  return uitkomst;
}

const MAX_DATUMGEHEUGEN = 10_000;
const DATUMGEHEUGEN = new Map<string, Uitkomst<string>>();

function leesDatumcel(cel: Cel): Uitkomst<string> {
  const tekst = celAlsTekst(cel).trim();
  const ongeldig = mislukt<string>(
    'datum.ongeldig',
    `De datum "${tekst}" is ongeldig; schrijf dag-maand-jaar, zoals 3-2-2016.`,
  );
  if (cel instanceof Date) {
    if (Number.isNaN(cel.getTime())) return ongeldig;
    return controleer(cel.getUTCFullYear(), cel.getUTCMonth() + 1, cel.getUTCDate(), tekst);
  }
  if (typeof cel === 'number') return serieel(cel, tekst) ?? ongeldig;
  if (typeof cel !== 'string') return ongeldig;

  const iso = ISO.exec(tekst);
  if (iso) return controleer(Number(iso[1]), Number(iso[3]), Number(iso[4]), tekst);
  const dagEerst = DAG_EERST.exec(tekst);
  if (dagEerst) {
    const jaar = dagEerst[4]!.length === 2 ? tweeCijferigJaar(Number(dagEerst[4])) : Number(dagEerst[4]);
    return controleer(jaar, Number(dagEerst[3]), Number(dagEerst[1]), tekst);
  }
  const inWoorden = IN_WOORDEN.exec(tekst.toLowerCase());
  if (inWoorden) {
    const maand = MAANDEN[inWoorden[2]!];
    return maand ? controleer(Number(inWoorden[3]), maand, Number(inWoorden[1]), tekst) : ongeldig;
  }
  if (SERIEEL.test(tekst)) return serieel(Number(tekst.replace(',', '.')), tekst) ?? ongeldig;
  return ongeldig;
}

export function tweeCijferigJaar(jaar: number): number {
  return jaar < EEUWGRENS ? 2000 + jaar : 1900 + jaar;
}

/**
 * Excel serial day (1900 system, the time of day ignored). Excel counts a 29-2-1900 that never
 * was, so from March 1900 on day 0 is 30-12-1899.
 */
function serieel(getal: number, tekst: string): Uitkomst<string> | undefined {
  const dag = Math.floor(getal);
  if (!Number.isFinite(getal) || dag < MIN_SERIEEL || dag > MAX_SERIEEL) return undefined;
  const datum = new Date(Date.UTC(1899, 11, 30) + dag * 86_400_000);
  return controleer(datum.getUTCFullYear(), datum.getUTCMonth() + 1, datum.getUTCDate(), tekst);
}

function controleer(jaar: number, maand: number, dag: number, tekst: string): Uitkomst<string> {
  const iso = `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
  if (!isBestaandeDatum(iso)) return mislukt('datum.ongeldig', `De datum "${tekst}" bestaat niet.`);
  if (jaar < VROEGSTE_JAAR || jaar > LAATSTE_JAAR) {
    return mislukt('datum.ongeldig', `De datum "${tekst}" ligt niet tussen ${VROEGSTE_JAAR} en ${LAATSTE_JAAR}.`);
  }
  return gelukt(iso);
}
