import Papa from 'papaparse';

export type Scheidingsteken = ';' | ',' | '\t';
export type Regeleinde = '\r\n' | '\n' | '\r';

const KANDIDATEN: readonly Scheidingsteken[] = [';', ',', '\t'];
const PROEFRIJEN = 50;

/**
 * The line ending most lines use, outside quoted fields (papaparse's own guess, which its
 * low-level parser does not make).
 */
export function raadRegeleinde(proef: string): Regeleinde {
  const buitenAanhalingstekens = proef.replace(/"[^"]*"/g, '');
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < buitenAanhalingstekens.length; i++) {
    const teken = buitenAanhalingstekens.charCodeAt(i);
    if (teken === 13) {
      if (buitenAanhalingstekens.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (teken === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

/**
 * The delimiter among `;` `,` and tab that gives the most rows of one consistent width (more
 * than one column); title rows of one cell do not count. Ties go to the wider split, then to `;`
 * (the Dutch Excel default). A sample without any split gives `;`.
 */
export function raadScheidingsteken(proef: string, regeleinde: Regeleinde): Scheidingsteken {
  // The last line of the sample may be cut off: leave it out.
  const einde = proef.lastIndexOf(regeleinde);
  const tekst = einde > 0 ? proef.slice(0, einde) : proef;
  let beste: { teken: Scheidingsteken; rijen: number; breedte: number } = { teken: ';', rijen: 0, breedte: 0 };
  for (const teken of KANDIDATEN) {
    const { data } = Papa.parse<string[]>(tekst, { delimiter: teken, newline: regeleinde, preview: PROEFRIJEN });
    const breedtes = new Map<number, number>();
    for (const rij of data) {
      if (rij.length > 1) breedtes.set(rij.length, (breedtes.get(rij.length) ?? 0) + 1);
    }
    for (const [breedte, rijen] of breedtes) {
      if (rijen > beste.rijen || (rijen === beste.rijen && breedte > beste.breedte)) {
        beste = { teken, rijen, breedte };
      }
    }
  }
  return beste.teken;
}
