/**
 * Folding of names and vocabulary words, so that "Ruïs", "ruis " and "RUIS" are one key.
 * Identity (organisation and person names) folds case, whitespace and diacritics;
 * vocabulary words additionally ignore spaces, hyphens and punctuation.
 */

/** Name key: lower case, no diacritics, whitespace collapsed. */
export function naamSleutel(tekst: string): string {
  // Plain ASCII has no diacritics to strip; skipping NFKD there keeps the import's hot path cheap.
  const zonderTekens = ALLEEN_ASCII.test(tekst) ? tekst : tekst.normalize('NFKD').replace(/\p{M}/gu, '');
  return zonderTekens.toLowerCase().replace(/\s+/g, ' ').trim();
}

const ALLEEN_ASCII = /^\p{ASCII}*$/u;

/** Vocabulary key: a name key without spaces, hyphens, underscores, dots or slashes. */
export function woordSleutel(tekst: string): string {
  return naamSleutel(tekst).replace(/[\s\-_.,:;'"/\\()]+/g, '');
}
