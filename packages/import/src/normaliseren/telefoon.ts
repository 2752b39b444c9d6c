import { TelefoonSchema } from '@netwerkregie/domain';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Cel } from '../types.js';
import { snelTelefoon } from './_telefoonsnel.js';
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
  // The outcome depends only on the text (a fractional number is always invalid).
  if (typeof cel === 'number' && !Number.isInteger(cel)) return ongeldig(tekst);
  const nummer = tekst.replace(/^tel:/i, '');
  // The common Dutch forms take the fast path (same answers, see `_telefoonsnel.ts`).
  const snel = snelTelefoon(nummer);
  if (snel !== undefined) return alsUitkomst(snel, tekst);
  const bekend = GEHEUGEN.get(tekst);
  if (bekend !== undefined) return bekend;
  const uitkomst = alsUitkomst(volledigE164(nummer), tekst);
  if (GEHEUGEN.size >= MAX_GEHEUGEN) GEHEUGEN.clear();
  GEHEUGEN.set(tekst, uitkomst);
  return uitkomst;
}

/**
 * The rest is parsed with the full metadata, the costliest step of a row; files repeat numbers (a
 * switchboard for a whole organisation), so those outcomes are remembered per text, at most this
 * many at a time.
 */
const MAX_GEHEUGEN = 20_000;
const GEHEUGEN = new Map<string, Uitkomst<string>>();

function alsUitkomst(e164: string | null, tekst: string): Uitkomst<string> {
  if (e164 === null) return ongeldig(tekst);
  // E.164 as the domain defines it; every valid Dutch number already is.
  return TelefoonSchema.safeParse(e164).success ? gelukt(e164) : ongeldig(tekst);
}

/** libphonenumber's answer: the E.164 form of a valid number, or null. */
export function volledigE164(nummer: string): string | null {
  const telefoon = parsePhoneNumberFromString(nummer, 'NL');
  return telefoon?.isValid() ? telefoon.number : null;
}

function ongeldig(tekst: string): Uitkomst<string> {
  return mislukt<string>('telefoon.ongeldig', `Het telefoonnummer "${tekst}" is ongeldig.`);
}
