/**
 * Errors that make a file unusable as a whole (IMPORT.md: exit status 2, nothing written).
 * Row-level problems are never thrown: they are `Melding`s (see meldingen.ts).
 */

/** Every code a `BestandsFout` can carry, with its Dutch default text. */
export const FOUTCODES = {
  'bestand.niet-gevonden': 'Het bestand bestaat niet of is niet te openen.',
  'bestand.leeg': 'Het bestand is leeg.',
  'bestand.te-groot': 'Het bestand is groter dan toegestaan.',
  'bestand.onleesbaar': 'Het bestand is geen leesbare Excel-werkmap (.xlsx) of CSV-bestand.',
  'bestand.versleuteld': 'De werkmap is beveiligd met een wachtwoord.',
  'bestand.codering': 'De tekencodering van het bestand is niet UTF-8 of Windows-1252.',
  'bestand.geen-kop': 'Er is geen koprij gevonden.',
  'bestand.te-breed': 'Het bestand heeft te veel kolommen.',
  'cel.te-groot': 'Een cel bevat meer tekens dan Excel toestaat.',
  'rij.te-groot': 'Een rij is te groot; waarschijnlijk ontbreekt een afsluitend aanhalingsteken.',
  'kop.dubbel': 'Twee kolommen betekenen hetzelfde veld.',
  'kop.ontbreekt': 'Er is geen kolom met de organisatie.',
  'blad.onbekend': 'Het gevraagde blad bestaat niet.',
} as const;

export type Foutcode = keyof typeof FOUTCODES;

/** A file that cannot be used at all; `melding` is Dutch and names the problem concretely. */
export class BestandsFout extends Error {
  override readonly name = 'BestandsFout';
  readonly code: Foutcode;
  readonly melding: string;

  constructor(code: Foutcode, melding: string = FOUTCODES[code], opties?: { cause?: unknown }) {
    super(melding, opties);
    this.code = code;
    this.melding = melding;
  }

  /** The shape IMPORT.md prints: `{ "fout": { "code": "...", "melding": "..." } }` wraps this. */
  toJSON(): { code: Foutcode; melding: string } {
    return { code: this.code, melding: this.melding };
  }
}

export function isBestandsFout(fout: unknown): fout is BestandsFout {
  return fout instanceof BestandsFout;
}
