import type { Cel } from '../types.js';

/** A cell value as exceljs gives it, turned into a `Cel`; `fout` holds an Excel error value read as empty. */
export interface Celwaarde {
  cel: Cel;
  fout?: string;
}

const LEEG: Celwaarde = { cel: null };

/**
 * exceljs cell values: text, number, boolean, Date, `{ formula, result }` (also shared formulas,
 * whose `formula` is empty), `{ richText: [{ text }] }`, `{ text, hyperlink }`, `{ error }`.
 * Formulas give their cached result; a numeric result in a date format becomes a Date.
 */
export function celwaarde(waarde: unknown, getalnotatie: string | undefined): Celwaarde {
  if (waarde === null || waarde === undefined) return LEEG;
  if (typeof waarde === 'string') return { cel: ontsnapXml(waarde) };
  if (typeof waarde === 'number') {
    if (Number.isNaN(waarde)) return { cel: null, fout: '#WAARDE!' };
    return { cel: isDatumnotatie(getalnotatie) ? serieelNaarDatum(waarde) : waarde };
  }
  if (typeof waarde === 'boolean') return { cel: waarde };
  if (waarde instanceof Date) return Number.isNaN(waarde.getTime()) ? LEEG : { cel: waarde };
  if (typeof waarde !== 'object') return LEEG;
  const object = waarde as Record<string, unknown>;
  if ('error' in object) return { cel: null, fout: String(object.error) };
  if (Array.isArray(object.richText)) {
    return { cel: ontsnapXml(object.richText.map((deel) => String((deel as { text?: unknown }).text ?? '')).join('')) };
  }
  if ('formula' in object || 'sharedFormula' in object || 'result' in object) {
    return celwaarde(object.result, getalnotatie);
  }
  if ('text' in object) return celwaarde(object.text, getalnotatie);
  return LEEG;
}

/** exceljs's own test for a date number format: y, m, d, h, s outside quotes and brackets. */
export function isDatumnotatie(notatie: string | undefined): boolean {
  if (!notatie) return false;
  const zonder = notatie.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(zonder);
}

/** An Excel serial day number (1900 system) as a Date at UTC midnight, as exceljs makes date cells. */
function serieelNaarDatum(serieel: number): Date {
  return new Date(Math.round((serieel - 25_569) * 86_400_000));
}

/** Excel writes control characters in text as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
function ontsnapXml(tekst: string): string {
  return tekst.includes('_x')
    ? tekst.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : tekst;
}
