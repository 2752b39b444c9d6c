import type { Cel } from '../types.js';

const ONZICHTBAAR = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Anything the cleaning below would change: whitespace other than one inner space, or an invisible character. */
const TE_SCHONEN = /[^\S ]| {2}|^ | $|[\u200B-\u200D\u2060\uFEFF]/;

/**
 * A cell as clean text: whitespace (also non-breaking spaces and line breaks) collapsed to one
 * space and trimmed, invisible characters removed. Undefined when nothing is left.
 */
export function schoneTekst(cel: Cel | undefined): string | undefined {
  if (cel === null || cel === undefined) return undefined;
  // Most cells are clean already: one test instead of three replacements.
  if (typeof cel === 'string' && !TE_SCHONEN.test(cel)) return cel === '' ? undefined : cel;
  const tekst = celAlsTekst(cel).replace(ONZICHTBAAR, '').replace(/\s+/g, ' ').trim();
  return tekst === '' ? undefined : tekst;
}

/** The raw cell as text, for a message's `waarde`: dates as `dd-mm-jjjj`, numbers as written. */
export function celAlsTekst(cel: Cel | undefined): string {
  if (cel === null || cel === undefined) return '';
  if (cel instanceof Date) {
    if (Number.isNaN(cel.getTime())) return '';
    const [jaar, maand, dag] = cel.toISOString().slice(0, 10).split('-');
    return `${dag}-${maand}-${jaar}`;
  }
  if (typeof cel === 'number') return Number.isInteger(cel) ? cel.toFixed(0) : String(cel);
  return String(cel);
}

/** Splits a list cell on the given separators; parts cleaned, empty parts dropped. */
export function splitsLijst(tekst: string, scheiding: RegExp): string[] {
  return tekst
    .split(scheiding)
    .map((deel) => deel.replace(/\s+/g, ' ').trim())
    .filter((deel) => deel !== '');
}
