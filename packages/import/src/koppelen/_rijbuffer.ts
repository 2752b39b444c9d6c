import type Database from 'better-sqlite3';

/** Rows per multi-row insert: far below SQLite's limit of 32,766 parameters. */
const PER_KEER = 200;

/**
 * Inserts into one scratch table in runs: the rows wait in an array and go in by one multi-row
 * statement of up to 200 rows, in the order added (so their row numbers keep the file's order). A
 * caller that reads the table calls `flush()` first.
 */
export class RijBuffer {
  private readonly waarden: unknown[] = [];
  private readonly vol: Database.Statement;
  private readonly kolommen: number;

  constructor(
    private readonly db: Database.Database,
    /** `insert [or ignore] into tabel (a, b, c)`: the values are appended. */
    private readonly kop: string,
    kolommen: number,
  ) {
    this.kolommen = kolommen;
    this.vol = db.prepare(this.sql(PER_KEER));
  }

  /** Adds one row (its values in the order of the columns named). */
  add(...rij: unknown[]): void {
    for (const w of rij) this.waarden.push(w);
    if (this.waarden.length >= PER_KEER * this.kolommen) this.flush();
  }

  flush(): void {
    const n = this.waarden.length / this.kolommen;
    if (n === 0) return;
    (n === PER_KEER ? this.vol : this.db.prepare(this.sql(n))).run(this.waarden);
    this.waarden.length = 0;
  }

  private sql(n: number): string {
    const rij = `(${Array(this.kolommen).fill('?').join(', ')})`;
    return `${this.kop} values ${Array(n).fill(rij).join(', ')}`;
  }
}
