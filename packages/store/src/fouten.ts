/** Constraint violations in words of the store, the same on every engine (SQLite and PostgreSQL word them differently). */
export class OpslagFout extends Error {
  constructor(
    /** `uniek`: the value is taken already; `verwijzing`: it refers to something that does not exist (or is still referred to). */
    readonly code: 'uniek' | 'verwijzing',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OpslagFout';
  }
}

/** Turns an engine's constraint error into an OpslagFout; any other error comes back as it was. */
export function vertaalFout(e: unknown): unknown {
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
  return e;
}
