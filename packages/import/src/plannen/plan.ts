import type { OvergeslagenBlad } from '../mappen/rijen.js';
import type { BladInfo, Melding } from '../types.js';
import type { Operaties } from './operaties.js';

export type Modus = 'aanvullend' | 'volledig';

export interface VeldWijziging {
  veld: string;
  voor: unknown;
  na: unknown;
}

/** One line of the plan a steward reads: what is added, changed (field by field) or missing. */
export interface PlanRegel {
  entiteit: 'organisatie' | 'persoon';
  id: string;
  naam: string;
  blad?: string;
  rij?: number;
  velden?: VeldWijziging[];
}

export interface Aantallen {
  toegevoegd: number;
  gewijzigd: number;
  ongewijzigd: number;
}

/** The summary of IMPORT.md's JSON, plus the plan's lines (`details`, capped for very large files). */
export interface ImportSamenvatting {
  id: string;
  bestand: string;
  sha256: string;
  modus: Modus;
  proefrun: boolean;
  toegepast: boolean;
  rijen: number;
  afgewezen: number;
  dubbel: number;
  organisaties: Aantallen;
  personen: Aantallen & { ontbrekend: number };
  onbekendeKolommen: string[];
  overgeslagenBladen: OvergeslagenBlad[];
  meldingen: Melding[];
  details: {
    toegevoegd: PlanRegel[];
    gewijzigd: PlanRegel[];
    ontbrekend: PlanRegel[];
    /** True when a list was cut at `MAX_DETAILS` lines; the counts above are always complete. */
    afgekapt: boolean;
  };
}

export interface ImportPlan {
  samenvatting: ImportSamenvatting;
  /** The writes applying makes, spooled outside the heap: read with `chunks`, closed by applyPlan (or `close()`). */
  operaties: Operaties;
  /** The sheets whose header rows the read stage found: the error report marks cells by them. */
  bladen: BladInfo[];
  /**
   * Every organisation the file names (added, changed or unchanged): applying confirms their data
   * (bevestigdOp). Read from the plan's spool when asked (applyPlan reads the spool itself, in
   * chunks); absent from a dry run's plan, which has no spool.
   */
  readonly organisatieIds?: string[];
}

export const MAX_DETAILS = 5000;
