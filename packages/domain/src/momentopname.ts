import type { Gemeente } from './gemeente.js';
import type {
  Contactmoment,
  Deelname,
  Lidmaatschap,
  Organisatie,
  Overleg,
  Persoon,
  Relatie,
  Training,
} from './schemas.js';

/** Everything the store holds for one gemeente at one moment: the input of the analysis. */
export interface Momentopname {
  gemeente: Gemeente;
  /** The day the snapshot speaks for, ISO `yyyy-mm-dd`; "days since last contact" count to it. */
  peildatum: string;
  organisaties: Organisatie[];
  personen: Persoon[];
  lidmaatschappen: Lidmaatschap[];
  overleggen: Overleg[];
  deelnames: Deelname[];
  relaties: Relatie[];
  contactmomenten: Contactmoment[];
  trainingen: Training[];
  /**
   * Per organisation that was ever confirmed or invited to confirm: its last confirmation by a trusted
   * source (ISO date or null) and whether its latest link is dead (bounced, or expired unanswered).
   * Absent in snapshots made without the store's confirmation rounds; an organisation not listed was never confirmed.
   */
  bevestigingen?: Array<{ organisatieId: string; bevestigdOp: string | null; dodeLink: boolean }>;
}
