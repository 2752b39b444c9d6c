/**
 * Failures a caller can act on, in words of the store and the same on every engine (SQLite and
 * PostgreSQL word them differently): `uniek` (the value is taken already), `verwijzing` (it refers to
 * something that does not exist, or is still referred to), `bezet` (another writer held the
 * gemeente's lock too long: try again), `onbereikbaar` (the database server cannot be reached),
 * `onbekend` (opened with `bestaand`, the file or schema does not exist).
 */
export class OpslagFout extends Error {
  constructor(
    readonly code: 'uniek' | 'verwijzing' | 'bezet' | 'onbereikbaar' | 'onbekend',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OpslagFout';
  }
}

/** PostgreSQL's codes for a server that is going away or not there (class 08, 57P0x). */
const ONBEREIKBAAR = /^(08|57P0[1-3])|^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH)$/;

/** Turns an engine's error into an OpslagFout where the caller can act on it; any other error comes back as it was. */
export function translateFout(e: unknown): unknown {
  if (e instanceof OpslagFout || !(e instanceof Error)) return e;
  const { code, constraint } = e as Error & { code?: string; constraint?: string };
  // SQLite names the columns or index in its message; PostgreSQL in `constraint`.
  const waar = constraint ?? e.message.replace(/^.*constraint failed:\s*/i, '');
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new OpslagFout('uniek', `Bestaat al: deze waarde is uniek en al in gebruik (${waar}).`, { cause: e });
  }
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new OpslagFout('verwijzing', `Verwijst naar iets dat niet bestaat, of wordt nog gebruikt (${waar}).`, {
      cause: e,
    });
  }
  // SQLITE_BUSY after busy_timeout; PostgreSQL's lock_timeout (55P03) on the writers' advisory lock.
  if (code === '55P03' || code?.startsWith('SQLITE_BUSY')) {
    return new OpslagFout(
      'bezet',
      'De database is bezet door een andere schrijver (een import); probeer het zo opnieuw.',
      {
        cause: e,
      },
    );
  }
  if (code !== undefined && ONBEREIKBAAR.test(code)) {
    return new OpslagFout('onbereikbaar', 'De databaseserver is niet bereikbaar.', { cause: e });
  }
  return e;
}
