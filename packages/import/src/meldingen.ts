import type { Ernst, Melding } from './types.js';

/**
 * The closed set of row issue codes (IMPORT.md "Row issues"), with severity and Dutch default text.
 * The concrete `melding` of an issue names the value (see the normalisers); this is the fallback.
 */
export const MELDINGCODES = {
  'organisatie.ontbreekt': { ernst: 'fout', tekst: 'De organisatie ontbreekt.' },
  'naam.ontbreekt': { ernst: 'fout', tekst: 'De naam ontbreekt, terwijl de rij gegevens van een persoon bevat.' },
  'email.ongeldig': { ernst: 'fout', tekst: 'Het e-mailadres is ongeldig.' },
  'telefoon.ongeldig': { ernst: 'fout', tekst: 'Het telefoonnummer is ongeldig.' },
  'domein.onbekend': { ernst: 'fout', tekst: 'Het domein is onbekend.' },
  'netwerk.onbekend': { ernst: 'fout', tekst: 'Het netwerk is onbekend; kies formeel of informeel.' },
  'wijk.onbekend': { ernst: 'fout', tekst: 'De wijk is onbekend.' },
  'rol.onbekend': { ernst: 'fout', tekst: 'De rol is onbekend.' },
  'datum.ongeldig': { ernst: 'fout', tekst: 'De datum is ongeldig; schrijf dag-maand-jaar, zoals 3-2-2016.' },
  'getraind.ongeldig': { ernst: 'fout', tekst: 'Getraind is een datum, ja of nee.' },
  'training.onbekend': {
    ernst: 'fout',
    tekst: 'De soort training is onbekend; kies basistraining, terugkomdag of verdieping.',
  },
  'tekst.te-lang': { ernst: 'fout', tekst: 'De tekst is te lang.' },
  'cel.foutwaarde': { ernst: 'waarschuwing', tekst: 'De cel bevat een Excel-foutwaarde en is als leeg gelezen.' },
  'persoon.onbekend': {
    ernst: 'fout',
    tekst: 'Het persoon-id hoort niet bij een persoon van deze organisatie.',
  },
  'email.bezet': { ernst: 'fout', tekst: 'Het e-mailadres is al van een andere persoon.' },
  'persoon.dubbel': {
    ernst: 'waarschuwing',
    tekst: 'Deze persoon staat al eerder in het bestand bij dezelfde organisatie; de latere rij telt.',
  },
} as const satisfies Record<string, { ernst: Ernst; tekst: string }>;

export type Meldingcode = keyof typeof MELDINGCODES;

/** Where an issue sits: sheet (null for CSV), row and the header text as written. */
export interface Plek {
  blad: string | null;
  rij: number;
  kolom: string;
}

/** Builds a `Melding` with the code's severity; `blad` is left out for CSV (IMPORT.md). */
export function maakMelding(
  plek: Plek,
  waarde: string,
  code: Meldingcode,
  melding: string = MELDINGCODES[code].tekst,
): Melding {
  return {
    ...(plek.blad === null ? {} : { blad: plek.blad }),
    rij: plek.rij,
    kolom: plek.kolom,
    waarde,
    code,
    ernst: MELDINGCODES[code].ernst,
    melding,
  };
}
