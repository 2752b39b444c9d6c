/**
 * The one error this package throws: a closed `code` union with a Dutch `melding` for end users.
 * Every operation either returns its data or throws a ToepassingFout; anything else is a bug.
 */
import { OpslagFout } from '@netwerkregie/store';

export const FOUTCODES = [
  /** --db or DATABASE_URL names no usable database location. */
  'database.ongeldig',
  /** The database (file or PostgreSQL schema) does not exist and the operation may not create it. */
  'database.onbekend',
  /** The database engine failed (disk full, locked, unreachable, refused login ...): nothing was kept. */
  'database.fout',
  /** Input that breaks a rule (an unknown channel, an expiry date in the past). */
  'invoer.ongeldig',
  /** The organisation or person referred to does not exist. */
  'verwijzing.onbekend',
  /** The person asked for does not exist. */
  'persoon.onbekend',
  /** The import to apply or revert does not exist, was never applied, or was applied or reverted already. */
  'import.onbekend',
  'import.niet-toegepast',
  'import.al-toegepast',
  'import.al-teruggedraaid',
  /** The import to apply was rejected by the beheerder; one to reject is no longer planned. */
  'import.al-afgewezen',
  'import.niet-gepland',
  /** Strict was asked and rows were rejected: nothing applied. */
  'import.afgewezen-rijen',
  /** A confirmation round that would invite no organisation, or that does not exist. */
  'ronde.leeg',
  'ronde.onbekend',
  /** A partner's link that is unknown, expired, revoked or already answered. */
  'uitnodiging.ongeldig',
  'uitnodiging.beantwoord',
  /** The SMTP server could not be reached or refused the messages (not one recipient): what was sent is recorded. */
  'verzending.mislukt',
  /** A planned import that was not applied within the configured time: plan it again. */
  'import.verlopen',
  /** The segment asked for does not exist. */
  'segment.onbekend',
] as const;
export type ToepassingFoutcode = (typeof FOUTCODES)[number];

/** One field that refers to nothing: for an API's invalidParams. */
export interface OngeldigVeld {
  veld: string;
  reden: string;
}

export class ToepassingFout extends Error {
  constructor(
    readonly code: ToepassingFoutcode,
    melding: string,
    /** For `verwijzing.onbekend`: each field that refers to nothing. */
    readonly velden: readonly OngeldigVeld[] = [],
  ) {
    super(melding);
    this.name = 'ToepassingFout';
  }

  get melding(): string {
    return this.message;
  }

  /** A refusal of the input or the state, the caller's to fix; false for an engine failure (`database.fout`). */
  get weigering(): boolean {
    return this.code !== 'database.fout';
  }
}

/** What an engine failure means for the user, in Dutch; the store is left as it was either way. */
const MOTORFOUTEN: ReadonlyArray<readonly [string, string]> = [
  ['SQLITE_FULL', 'De schijf is vol; er is niets opgeslagen.'],
  ['SQLITE_IOERR', 'De database kon niet worden geschreven (schijf- of I/O-fout); er is niets opgeslagen.'],
  ['SQLITE_READONLY', 'De database is alleen-lezen; er is niets opgeslagen.'],
  ['SQLITE_CANTOPEN', 'De database kan niet worden geopend; controleer het pad en de rechten.'],
  ['SQLITE_BUSY', 'De database is bezet door een andere import; probeer het zo opnieuw.'],
  ['SQLITE_CORRUPT', 'Het databasebestand is beschadigd; zet een reservekopie terug.'],
  // The store's own codes (OpslagFout), the same for SQLite and PostgreSQL.
  ['bezet', 'De database is bezet door een andere import; probeer het zo opnieuw.'],
  ['onbereikbaar', 'De PostgreSQL-server is niet bereikbaar; controleer DATABASE_URL en of de server draait.'],
  // PostgreSQL's codes for a refused login and a database that does not exist.
  ['28P01', 'PostgreSQL weigert de inlog; controleer gebruiker en wachtwoord in DATABASE_URL.'],
  ['28000', 'PostgreSQL weigert de inlog; controleer gebruiker en wachtwoord in DATABASE_URL.'],
  ['3D000', 'Deze PostgreSQL-database bestaat niet; maak haar aan of controleer DATABASE_URL.'],
];

/**
 * The Dutch meaning of a database engine's failure (an OpslagFout code, a SQLite or PostgreSQL
 * code), or undefined when the error is not one the engine reports (a refusal, or a bug).
 */
export function translateMotorfout(fout: unknown): ToepassingFout | undefined {
  if (fout instanceof ToepassingFout) return fout.weigering ? undefined : fout;
  const code = fout instanceof OpslagFout ? fout.code : String((fout as { code?: unknown } | null)?.code ?? '');
  if (code === '') return undefined;
  const uitleg = MOTORFOUTEN.find(([prefix]) => code.startsWith(prefix))?.[1];
  return uitleg ? new ToepassingFout('database.fout', uitleg) : undefined;
}
