import { TelefoonSchema } from '@netwerkregie/domain';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Cel } from '../types.js';
import { celAlsTekst } from './tekst.js';
import { gelukt, mislukt, type Uitkomst } from './uitkomst.js';

/**
 * A phone number in E.164 (`+31612345678`), parsed with region NL and validated against
 * libphonenumber's full metadata. A number cell that lost its leading 0 (612345678) is fine, and
 * so are the government's short numbers `14 0xx(x)`: the metadata knows them (type UAN) and they
 * are stored in the same E.164 form, `14 036` as `+3114036`.
 */
export function normaliseerTelefoon(cel: Cel): Uitkomst<string> {
  const tekst = celAlsTekst(cel).trim();
  // The outcome depends only on the text (a fractional number is always invalid, and not remembered).
  if (typeof cel === 'number' && !Number.isInteger(cel)) return leesTelefoon(tekst, false);
  const bekend = GEHEUGEN.get(tekst);
  if (bekend !== undefined) return bekend;
  const uitkomst = leesTelefoon(tekst, true);
  if (GEHEUGEN.size >= MAX_GEHEUGEN) GEHEUGEN.clear();
  GEHEUGEN.set(tekst, uitkomst);
  return uitkomst;
}

/**
 * Parsing with the full metadata is the costliest step of a row; files repeat numbers (a switchboard
 * for a whole organisation), so outcomes are remembered per text, at most this many at a time.
 */
const MAX_GEHEUGEN = 20_000;
const GEHEUGEN = new Map<string, Uitkomst<string>>();

function leesTelefoon(tekst: string, geheel: boolean): Uitkomst<string> {
  const ongeldig = mislukt<string>('telefoon.ongeldig', `Het telefoonnummer "${tekst}" is ongeldig.`);
  if (!geheel) return ongeldig;
  const nummer = parsePhoneNumberFromString(tekst.replace(/^tel:/i, ''), 'NL');
  if (!nummer?.isValid()) return ongeldig;
  const e164 = TelefoonSchema.safeParse(nummer.number);
  return e164.success ? gelukt(e164.data) : ongeldig;
}
