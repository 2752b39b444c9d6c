import type { Cel } from '../types.js';

/** Why a reader skipped a sheet without reading it: hidden in the workbook (`hidden` or `veryHidden`). */
export type Overslagreden = 'verborgen';

/** An Excel error value (`#N/A`, `#REF!`) that the reader turned into an empty cell. */
export interface Foutwaarde {
  /** 0-based column index. */
  index: number;
  waarde: string;
}

/** A row as a reader hands it on: the sheet's own 1-based row number and its cells (0-based, trailing empties cut). */
export interface RuweRij {
  /** Sheet name; null for CSV. */
  blad: string | null;
  rij: number;
  cellen: Cel[];
  /** Error values read as empty; absent when there are none. */
  foutwaarden?: Foutwaarde[];
}

/**
 * What a reader yields: a `blad` marker before the rows of each sheet (also for an empty sheet, so
 * that it can be named; with a `reden` and no rows for a sheet skipped unread), the rows, and
 * progress now and then.
 */
export type RuweGebeurtenis =
  | { soort: 'blad'; naam: string | null; reden?: Overslagreden }
  | { soort: 'rij'; rij: RuweRij }
  | { soort: 'voortgang'; gelezenBytes: number; totaalBytes: number };
