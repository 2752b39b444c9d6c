import type { Cel } from '../types.js';
import { ontsnapXml } from './_tekst.js';

/** A cell as read, turned into a `Cel`; `fout` holds an Excel error value read as empty. */
export interface Celwaarde {
  cel: Cel;
  fout?: string;
}

/** What a worksheet's `<c>` element holds. */
export interface Celinhoud {
  /** The `t` attribute: s, str, inlineStr, b, e, d or n (the default). */
  type: string | undefined;
  /** The text of `<v>`; undefined when the cell has none. */
  waarde: string | undefined;
  /** The text of `<is>` (an inline string). */
  tekst: string | undefined;
  /** Whether the cell's style shows a date. */
  isDatum: boolean;
}

const LEEG: Celwaarde = { cel: null };
/** Days from 1899-12-30 (where the 1900 system's serials count from) to 1970-01-01. */
const DAGEN_TOT_1970 = 25_569;
/** Serial 0 of the 1904 system is day 1462 of the 1900 system. */
const VERSCHUIVING_1904 = 1_462;

/**
 * A cell's value: shared and inline strings and formula text as text, numbers (a date when its
 * style shows a date, in the workbook's date system), booleans, ISO dates (`t="d"`); a formula
 * gives its cached result, and an error value (`#N/A`, also a formula's cached one) an empty cell
 * with `fout`.
 */
export function celwaarde(inhoud: Celinhoud, gedeeld: readonly string[], datum1904: boolean): Celwaarde {
  const { type, waarde } = inhoud;
  switch (type) {
    case 's': {
      const tekst = gedeeld[Number(waarde)];
      if (tekst === undefined) throw new RangeError(`gedeelde tekst ${waarde} ontbreekt`);
      return { cel: tekst };
    }
    case 'inlineStr':
      return { cel: inhoud.tekst ?? (waarde === undefined ? null : ontsnapXml(waarde)) };
    case 'str':
      return waarde === undefined ? LEEG : { cel: ontsnapXml(waarde) };
    case 'b':
      return waarde === undefined ? LEEG : { cel: waarde.trim() === '1' || waarde.trim() === 'true' };
    case 'e':
      return { cel: null, fout: (waarde ?? '').trim() || '#WAARDE!' };
    case 'd': {
      if (waarde === undefined || waarde.trim() === '') return LEEG;
      // An ISO date without a zone is the date as shown: read it as UTC, as the other dates.
      const iso = /T.*(Z|[+-]\d\d:?\d\d)$/.test(waarde) || !waarde.includes('T') ? waarde : `${waarde}Z`;
      const datum = new Date(iso);
      return Number.isNaN(datum.getTime()) ? LEEG : { cel: datum };
    }
    default: {
      if (waarde === undefined || waarde.trim() === '') return LEEG;
      const getal = Number(waarde);
      if (Number.isNaN(getal)) return { cel: null, fout: '#WAARDE!' };
      return { cel: inhoud.isDatum ? serieelNaarDatum(getal, datum1904) : getal };
    }
  }
}

/** exceljs's own test for a date number format: y, m, d, h, s outside quotes and brackets. */
export function isDatumnotatie(notatie: string | undefined): boolean {
  if (!notatie) return false;
  const zonder = notatie.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(zonder);
}

/** An Excel serial day number as a Date at UTC midnight (plus the time of day it holds). */
export function serieelNaarDatum(serieel: number, datum1904: boolean): Date {
  const dagen = serieel + (datum1904 ? VERSCHUIVING_1904 : 0) - DAGEN_TOT_1970;
  return new Date(Math.round(dagen * 86_400_000));
}
