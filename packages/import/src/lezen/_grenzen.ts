import { BestandsFout } from '../fouten.js';
import type { Cel } from '../types.js';

/** Widest sheet we accept; a contact list has about fifteen columns. */
export const MAX_KOLOMMEN = 200;
/** Excel's own limit for the text of one cell. */
export const MAX_CELTEKENS = 32_767;

const getal = (n: number) => n.toLocaleString('nl-NL');

/** Column letters as Excel shows them: 0 -> A, 25 -> Z, 26 -> AA. */
export function kolomLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `blad "Contacten", ` or empty for CSV: the start of a location in a message. */
export function bladTekst(blad: string | null): string {
  return blad === null ? '' : `blad "${blad}", `;
}

/** Throws `bestand.te-breed` or `cel.te-groot` when a row breaks the limits. */
export function controleerGrenzen(blad: string | null, rij: number, cellen: readonly Cel[]): void {
  controleerBreedte(blad, rij, cellen.length);
  for (let i = 0; i < cellen.length; i++) {
    const cel = cellen[i];
    if (typeof cel === 'string' && cel.length > MAX_CELTEKENS) {
      throw new BestandsFout(
        'cel.te-groot',
        `De cel in ${bladTekst(blad)}rij ${rij}, kolom ${kolomLetter(i)} bevat ${getal(cel.length)} tekens; ` +
          `het maximum is ${getal(MAX_CELTEKENS)} (de grens van Excel).`,
      );
    }
  }
}

/** Throws `bestand.te-breed` when a row has content beyond column `MAX_KOLOMMEN`. */
export function controleerBreedte(blad: string | null, rij: number, breedte: number): void {
  if (breedte > MAX_KOLOMMEN) {
    throw new BestandsFout(
      'bestand.te-breed',
      `Het bestand is te breed: ${bladTekst(blad)}rij ${rij} heeft ${getal(breedte)} kolommen; ` +
        `het maximum is ${MAX_KOLOMMEN}.`,
    );
  }
}

/** Cuts trailing empty cells, so that a row padded with delimiters is as wide as its content. */
export function snijLegeStaart(cellen: Cel[]): Cel[] {
  let einde = cellen.length;
  while (einde > 0 && isLeeg(cellen[einde - 1])) einde--;
  return einde === cellen.length ? cellen : cellen.slice(0, einde);
}

export function isLeeg(cel: Cel | undefined): boolean {
  return cel === null || cel === undefined || (typeof cel === 'string' && cel.trim() === '');
}
