import type { Domein, Netwerk, Rol, Trainingsoort, Veld } from '@netwerkregie/domain';

/** A cell as a reader hands it on: text, number, boolean, a date (Excel date cell) or empty. */
export type Cel = string | number | boolean | Date | null;

export type Ernst = 'fout' | 'waarschuwing';

/** One row issue, exactly as IMPORT.md's JSON shows it. `blad` is absent for CSV. */
export interface Melding {
  blad?: string;
  rij: number;
  kolom: string;
  waarde: string;
  code: string;
  ernst: Ernst;
  melding: string;
}

/** A sheet column mapped to a field: `kop` is the header text as written, `index` its 0-based position. */
export interface Kolom {
  veld: Veld;
  kop: string;
  index: number;
}

/** A sheet whose header row was found. */
export interface BladInfo {
  /** Sheet name; null for CSV. */
  naam: string | null;
  /** 1-based row number of the header row. */
  kopRij: number;
  kolommen: Kolom[];
  /** Header texts that name no field: reported once as unknown, never silently dropped. */
  onbekendeKolommen: string[];
}

/** A data row with its cells picked out by field (the map stage's output). */
export interface GemapteRij {
  blad: BladInfo;
  /** The sheet's own 1-based row number, as Excel shows it. */
  rij: number;
  /** Only non-empty cells; `naam` is composed from voornaam, tussenvoegsel and achternaam when the row has no name. */
  waarden: Partial<Record<Veld, Cel>>;
  /** Issues found while reading the row (an Excel error value in a mapped cell); `normalizeRij` carries them on. */
  meldingen?: Melding[];
}

/**
 * A row after normalisation and validation. Fields that are absent or empty in the sheet are
 * undefined: an empty cell never erases what the store holds.
 */
export interface GenormaliseerdeRij {
  blad: BladInfo;
  rij: number;
  organisatie: {
    naam: string;
    domein?: Domein;
    netwerk?: Netwerk;
    soort?: string;
    wijken?: string[];
  };
  /** Absent for an organisation-only row. */
  persoon?: {
    /** The store's id of the person (a `Persoon-id` column): identity by id, not by e-mail. */
    id?: string;
    naam: string;
    email?: string;
    telefoon?: string;
  };
  lidmaatschap?: {
    functie?: string;
    rollen?: Rol[];
    /** ISO date the person left: ends the membership. */
    einde?: string;
  };
  /**
   * `{ datum: null }` for "ja"; `false` for "nee"; undefined when empty. `soort` only when the
   * sheet names the kind of training (a `trainingsoort` column); absent means basistraining.
   */
  getraind?: { datum: string | null; soort?: Trainingsoort } | false;
  overleggen?: string[];
  /** ISO date of the last contact: a routine contact moment. */
  laatsteContact?: string;
  /** Issues on this row; any `fout` rejects it. */
  meldingen: Melding[];
}
