import type {
  Contactmoment,
  Deelname,
  Lidmaatschap,
  Organisatie,
  Overleg,
  Persoon,
  Training,
} from '@netwerkregie/domain';
import Database from 'better-sqlite3';

/** The kinds of write, in the foreign-key order a plan is applied in. */
export const SOORTEN = [
  'organisaties',
  'overleggen',
  'personen',
  'lidmaatschappen',
  'deelnames',
  'trainingen',
  'contactmomenten',
] as const;
export type Soort = (typeof SOORTEN)[number];

/** What each kind of write holds. */
export interface Schrijfwaarden {
  organisaties: Organisatie;
  overleggen: Overleg;
  personen: Persoon;
  lidmaatschappen: Lidmaatschap;
  deelnames: Deelname;
  trainingen: Training;
  contactmomenten: Contactmoment;
}

/** A run of writes of one kind: all new entities (fresh ids, added in bulk) or all updates (upserts). */
export interface Stuk<S extends Soort> {
  nieuw: boolean;
  waarden: Array<Schrijfwaarden[S]>;
}

/** Changes made to each write as it is read (such as the sample loader's shifted dates). */
export type Bewerkingen = { [S in Soort]?: (waarde: Schrijfwaarden[S]) => void };

/** Writes per page read back, and so the largest run a reader hands out. */
const STUK = 5000;
/** Writes buffered before one multi-row insert. */
const BUFFER = 200;

/**
 * The writes an applied plan makes, spooled into a private temporary SQLite database (a file in
 * the OS temp dir that SQLite deletes itself, paged out past a small cache) instead of one JS
 * object each, so that a plan of a million rows costs no more heap than one of a hundred. Read
 * back with `chunks`, a page at a time; `close()` when the plan is applied or dropped (applyPlan
 * does it itself).
 */
export class Operaties {
  private readonly db: Database.Database;
  private readonly buffers = new Map<Soort, unknown[]>();
  private readonly teBevestigen: string[] = [];
  private readonly insert = new Map<string, Database.Statement>();
  private readonly bewerkingen: Bewerkingen[] = [];
  private readonly totaal = new Map<Soort, number>();
  private gesloten = false;

  constructor() {
    this.db = new Database('');
    this.db.pragma('journal_mode = off');
    this.db.pragma('synchronous = off');
    // Written once in order and read once in order: a small cache is enough.
    this.db.pragma('cache_size = -8192');
    for (const soort of SOORTEN) {
      this.db.exec(`create table ${soort} (nr integer primary key, nieuw integer not null, waarde text not null)`);
    }
    // The organisations the file names, each once, in the order named (applying confirms them).
    this.db.exec('create table bevestigen (nr integer primary key, id text not null unique)');
    // One transaction for the database's whole life (it is thrown away, never committed).
    this.db.exec('begin');
  }

  /** Adds a write at the end of its kind; `nieuw` for a new entity (a fresh id). */
  add<S extends Soort>(soort: S, waarde: Schrijfwaarden[S], nieuw: boolean): void {
    let buffer = this.buffers.get(soort);
    if (!buffer) {
      buffer = [];
      this.buffers.set(soort, buffer);
    }
    buffer.push(nieuw ? 1 : 0, JSON.stringify(waarde));
    this.totaal.set(soort, (this.totaal.get(soort) ?? 0) + 1);
    if (buffer.length >= 2 * BUFFER) this.flush(soort);
  }

  /** Adds an organisation the file names (a second time is ignored): applying confirms its data. */
  addOrganisatieId(id: string): void {
    this.teBevestigen.push(id);
    if (this.teBevestigen.length >= BUFFER) this.flushOrganisatieIds();
  }

  /** The organisations `addOrganisatieId` was given, each once, in order, a few thousand at a time. */
  *organisatieIdStukken(): Generator<string[]> {
    this.open();
    this.flushOrganisatieIds();
    const pagina = this.db.prepare<[number, number], { nr: number; id: string }>(
      'select nr, id from bevestigen where nr > ? order by nr limit ?',
    );
    let vanaf = 0;
    for (;;) {
      const rijen = pagina.all(vanaf, STUK);
      if (rijen.length > 0) yield rijen.map((r) => r.id);
      if (rijen.length < STUK) return;
      vanaf = rijen[rijen.length - 1]!.nr;
    }
  }

  /** How many writes of a kind the plan makes. */
  count(soort: Soort): number {
    return this.totaal.get(soort) ?? 0;
  }

  /** Changes every write of the kinds named as it is read, after the changes registered before. */
  transform(bewerkingen: Bewerkingen): void {
    this.bewerkingen.push(bewerkingen);
  }

  /**
   * The writes of one kind in the plan's order, as runs of new entities and of updates, each at
   * most a few thousand long (the next page is read when the caller asks for it).
   */
  *chunks<S extends Soort>(soort: S): Generator<Stuk<S>> {
    this.open();
    this.flush(soort);
    const pagina = this.db.prepare<[number, number], { nr: number; nieuw: number; waarde: string }>(
      `select nr, nieuw, waarde from ${soort} where nr > ? order by nr limit ?`,
    );
    const bewerk = this.bewerkingen.map((b) => b[soort]).filter((b) => b !== undefined) as Array<
      (waarde: Schrijfwaarden[S]) => void
    >;
    let vanaf = 0;
    for (;;) {
      const rijen = pagina.all(vanaf, STUK);
      let stuk: Stuk<S> | undefined;
      for (const r of rijen) {
        const waarde = JSON.parse(r.waarde) as Schrijfwaarden[S];
        for (const b of bewerk) b(waarde);
        const nieuw = r.nieuw === 1;
        if (stuk && stuk.nieuw !== nieuw) {
          yield stuk;
          stuk = undefined;
        }
        stuk ??= { nieuw, waarden: [] };
        stuk.waarden.push(waarde);
      }
      if (stuk) yield stuk;
      if (rijen.length < STUK) return;
      vanaf = rijen[rijen.length - 1]!.nr;
    }
  }

  /** Every write of one kind, in order: for small plans and tests (a large plan is read with `chunks`). */
  list<S extends Soort>(soort: S): Array<Schrijfwaarden[S]> {
    const uit: Array<Schrijfwaarden[S]> = [];
    for (const stuk of this.chunks(soort)) for (const w of stuk.waarden) uit.push(w);
    return uit;
  }

  /** Closes (and so deletes) the scratch database; reading afterwards is an error. Safe to call twice. */
  close(): void {
    if (this.gesloten) return;
    this.gesloten = true;
    this.db.close();
  }

  private open(): void {
    if (this.gesloten) throw new Error('Dit importplan is al toegepast of gesloten; maak een nieuw plan.');
  }

  private flushOrganisatieIds(): void {
    const n = this.teBevestigen.length;
    if (n === 0) return;
    this.open();
    const sleutel = `bevestigen|${n}`;
    let stmt = this.insert.get(sleutel);
    if (!stmt) {
      stmt = this.db.prepare(`insert or ignore into bevestigen (id) values ${Array(n).fill('(?)').join(', ')}`);
      if (n === BUFFER) this.insert.set(sleutel, stmt);
    }
    stmt.run(this.teBevestigen);
    this.teBevestigen.length = 0;
  }

  /** Writes a kind's buffered writes in one statement. */
  private flush(soort: Soort): void {
    const buffer = this.buffers.get(soort);
    if (!buffer || buffer.length === 0) return;
    this.open();
    const n = buffer.length / 2;
    const sleutel = `${soort}|${n}`;
    let stmt = this.insert.get(sleutel);
    if (!stmt) {
      stmt = this.db.prepare(`insert into ${soort} (nieuw, waarde) values ${Array(n).fill('(?, ?)').join(', ')}`);
      // Only the full buffer's statement is worth keeping; a last, shorter one is made once per kind.
      if (n === BUFFER) this.insert.set(sleutel, stmt);
    }
    stmt.run(buffer);
    buffer.length = 0;
  }
}
