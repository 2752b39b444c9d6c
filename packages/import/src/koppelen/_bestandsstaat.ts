import { type Domein, type Netwerk, naamSleutel, type Rol, type Trainingsoort } from '@netwerkregie/domain';
import Database from 'better-sqlite3';
import { maakMelding } from '../meldingen.js';
import type { GenormaliseerdeRij, Melding } from '../types.js';
import { RijBuffer } from './_rijbuffer.js';

/** Where a value came from, to name the earlier row in a `persoon.dubbel` warning. */
export interface RijPlek {
  blad: string | null;
  rij: number;
}

export type Status = 'toegevoegd' | 'gewijzigd' | 'ongewijzigd';

export interface OrganisatieInBestand {
  /** Its place in the file's order, and its reference in the scratch database. */
  nr: number;
  sleutel: string;
  naam: string;
  domein?: Domein;
  netwerk?: Netwerk;
  soort?: string;
  wijken?: string[];
  plek: RijPlek;
}

export interface PersoonInBestand {
  nr: number;
  sleutel: string;
  naam: string;
  email?: string;
  telefoon?: string;
  /** Organisation (nr) of the row that introduced the person (for name-within-organisation identity). */
  organisatieNr: number;
  /** Per kind of training, its date (null: trained, day unknown), in the order the file names them. */
  trainingen?: Map<Trainingsoort, string | null>;
  plek: RijPlek;
}

/** A membership as the file has it, with the ids its person and organisation were matched to. */
export interface LidmaatschapInBestand {
  persoonNr: number;
  functie?: string;
  rollen?: Rol[];
  einde?: string;
  persoonId: string;
  organisatieId: string;
  organisatieNaam: string;
  /** The person's outcome so far: a change to an added person is no change of its own. */
  persoonStatus: Status;
}

/** A meeting participation, with the matched ids (persoonNr and persoonId null for an organisation's). */
export interface DeelnameInBestand {
  organisatieNr: number;
  persoonNr: number | null;
  overlegId: string;
  overlegNaam: string;
  organisatieId: string;
  persoonId: string | null;
  /** The outcome so far of the person (or, without one, the organisation) the change is marked on. */
  status: Status;
}

export interface ContactInBestand {
  organisatieNr: number;
  persoonNr: number | null;
  organisatieId: string;
  persoonId: string | null;
  datum: string;
  /** The outcome so far of the person (or, without one, the organisation) the change is marked on. */
  status: Status;
}

/** What the plan decided for an organisation or person of the file. */
export interface Uitkomst {
  id: string;
  status: Status;
  wijzigingen: unknown[];
}

/**
 * The scratch database's page cache. Past it pages go to its temp file, that is to the OS's file
 * cache, which does not count in the process's memory: 64 MB cost a dry run 60 to 80 MB of RSS more
 * than 16 MB (docs/BENCHMARKS.md); its CPU effect could not be measured on the loaded machine.
 */
const CACHE_KB = 16384;

/** Rows per page when the merged view is read back: bounded memory however large the file. */
const PAGINA = 2000;

const SCHEMA = `
  create table organisatie (
    nr integer primary key, sleutel text not null unique, naam text not null, domein text, netwerk text,
    soort text, wijken text, blad text, rij integer not null, id text, status text, wijzigingen text);
  create table persoon (
    nr integer primary key, sleutel text not null unique, naam text not null, email text, telefoon text,
    organisatie_nr integer not null, trainingen text, blad text, rij integer not null,
    id text, status text, wijzigingen text);
  create table naam_binnen_organisatie (naam_index text primary key, sleutel text not null) without rowid;
  create table lidmaatschap (
    nr integer primary key, persoon_nr integer not null, organisatie_nr integer not null,
    functie text, rollen text, einde text, blad text, rij integer not null, unique (persoon_nr, organisatie_nr));
  create table overleg (nr integer primary key, sleutel text not null unique, naam text not null, id text);
  create table deelname (
    nr integer primary key, overleg_nr integer not null, organisatie_nr integer not null,
    persoon_nr integer not null, unique (overleg_nr, organisatie_nr, persoon_nr));
  create table contact (
    nr integer primary key, organisatie_nr integer not null, persoon_nr integer not null, datum text not null,
    unique (organisatie_nr, persoon_nr, datum));
  create table gezien (id text primary key) without rowid;
`;

interface OrganisatieRij {
  nr: number;
  sleutel: string;
  naam: string;
  domein: string | null;
  netwerk: string | null;
  soort: string | null;
  wijken: string | null;
  blad: string | null;
  rij: number;
}

interface PersoonRij {
  nr: number;
  sleutel: string;
  naam: string;
  email: string | null;
  telefoon: string | null;
  organisatie_nr: number;
  trainingen: string | null;
  blad: string | null;
  rij: number;
}

/** A person with, in `l_*`, their membership of one organisation when the file has it already. */
interface PersoonMetLidmaatschap extends PersoonRij {
  l_nr: number | null;
  l_functie: string | null;
  l_rollen: string | null;
  l_einde: string | null;
  l_blad: string | null;
  l_rij: number | null;
}

/** The organisation of the last row, as its scratch row holds it: sheets repeat it on consecutive rows. */
interface LaatsteOrganisatie extends OrganisatieRij {
  /** Meetings whose organisation-level participation is written already. */
  overleggen: Set<number>;
}

/** A membership this file added that waits in `wachtendeLeden` for its multi-row insert. */
interface WachtendLid {
  persoonNr: number;
  organisatieNr: number;
  functie: string | null;
  rollen: string | null;
  einde: string | null;
  blad: string | null;
  rij: number;
}

interface LidmaatschapRij {
  /** Its row number, or null while it waits to be inserted. */
  nr: number | null;
  functie: string | null;
  rollen: string | null;
  einde: string | null;
  blad: string | null;
  rij: number;
}

/**
 * The file's own view of the list, rows merged by identity (IMPORT.md, "Identity and changes"):
 * later rows win field by field, and disagreeing duplicates are reported. Kept in a private
 * temporary SQLite database (on disk in the OS temp dir, removed when closed), not in JS maps, so
 * that memory stays flat however long the file is; the plan writes its matches (id, status,
 * changes) beside each entity. `close()` when done.
 */
export class Bestandsstaat {
  /** Rows merged into an earlier row of the same membership. */
  dubbel = 0;
  private readonly db: Database.Database;
  private readonly orgSleutels = new Map<string, string>();
  /** Meeting key -> nr: a file names few meetings, on many rows. */
  private readonly overlegNrs = new Map<string, number>();
  private laatste: LaatsteOrganisatie | undefined;
  private readonly q;
  /**
   * Rows written in runs (one multi-row statement per 200) instead of one statement each; they
   * are flushed before anything reads their tables. New memberships wait as objects, so that a
   * later row of the same membership can still merge into one (`wachtendLid`).
   */
  private readonly nieuweDeelnames: RijBuffer;
  private readonly nieuweContacten: RijBuffer;
  private readonly nieuweLeden: RijBuffer;
  private readonly wachtendeLeden = new Map<string, WachtendLid>();

  constructor() {
    // '' is SQLite's private temporary database: a file it deletes itself, paged to disk past its cache.
    this.db = new Database('');
    this.db.pragma('journal_mode = off');
    this.db.pragma('synchronous = off');
    this.db.pragma(`cache_size = -${CACHE_KB}`);
    this.db.exec(SCHEMA);
    // One transaction for the database's whole life (it is thrown away, never committed): without it
    // every statement would be a transaction of its own, writing its pages out and reading them back.
    this.db.exec('begin');
    const db = this.db;
    this.q = {
      organisatie: db.prepare<[string], OrganisatieRij>('select * from organisatie where sleutel = ?'),
      heeftOrganisatie: db.prepare<[string], { nr: number }>('select nr from organisatie where sleutel = ?'),
      nieuweOrganisatie: db.prepare(
        'insert into organisatie (sleutel, naam, domein, netwerk, soort, wijken, blad, rij) values (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      werkOrganisatieBij: db.prepare(
        'update organisatie set naam = ?, domein = ?, netwerk = ?, soort = ?, wijken = ? where nr = ?',
      ),
      naamIndex: db.prepare<[string], { sleutel: string }>(
        'select sleutel from naam_binnen_organisatie where naam_index = ?',
      ),
      nieuweNaamIndex: db.prepare('insert or ignore into naam_binnen_organisatie (naam_index, sleutel) values (?, ?)'),
      persoon: db.prepare<[number, string], PersoonMetLidmaatschap>(
        `select p.*, l.nr as l_nr, l.functie as l_functie, l.rollen as l_rollen, l.einde as l_einde,
           l.blad as l_blad, l.rij as l_rij
         from persoon p left join lidmaatschap l on l.persoon_nr = p.nr and l.organisatie_nr = ?
         where p.sleutel = ?`,
      ),
      nieuwePersoon: db.prepare(
        'insert into persoon (sleutel, naam, email, telefoon, organisatie_nr, trainingen, blad, rij) values (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      werkPersoonBij: db.prepare('update persoon set naam = ?, email = ?, telefoon = ?, trainingen = ? where nr = ?'),
      werkLidmaatschapBij: db.prepare('update lidmaatschap set functie = ?, rollen = ?, einde = ? where nr = ?'),
      overleg: db.prepare<[string], { nr: number }>('select nr from overleg where sleutel = ?'),
      nieuwOverleg: db.prepare('insert into overleg (sleutel, naam) values (?, ?)'),
      organisatieId: db.prepare<[number], { id: string | null }>('select id from organisatie where nr = ?'),
      uitkomst: {
        organisatie: db.prepare<[number], UitkomstRij>('select id, status, wijzigingen from organisatie where nr = ?'),
        persoon: db.prepare<[number], UitkomstRij>('select id, status, wijzigingen from persoon where nr = ?'),
      },
      zetUitkomst: {
        organisatie: db.prepare('update organisatie set id = ?, status = ?, wijzigingen = ? where nr = ?'),
        persoon: db.prepare('update persoon set id = ?, status = ?, wijzigingen = ? where nr = ?'),
      },
      zetOverlegId: db.prepare('update overleg set id = ? where sleutel = ?'),
      zie: db.prepare('insert or ignore into gezien (id) values (?)'),
      isGezien: db.prepare<[string], { id: string }>('select id from gezien where id = ?'),
    };
    this.nieuweDeelnames = new RijBuffer(
      db,
      'insert or ignore into deelname (overleg_nr, organisatie_nr, persoon_nr)',
      3,
    );
    this.nieuweContacten = new RijBuffer(db, 'insert or ignore into contact (organisatie_nr, persoon_nr, datum)', 3);
    this.nieuweLeden = new RijBuffer(
      db,
      'insert into lidmaatschap (persoon_nr, organisatie_nr, functie, rollen, einde, blad, rij)',
      7,
    );
  }

  close(): void {
    this.db.close();
  }

  /**
   * The issues the file as a whole gives a row, checked for every row (also one already rejected,
   * so that the steward sees all of a row's problems at once): a new organisation must have its
   * domain (IMPORT.md). `isBekendeOrganisatie` says whether the store has the organisation.
   */
  controleer(rij: GenormaliseerdeRij, isBekendeOrganisatie: (sleutel: string) => boolean): Melding[] {
    if (rij.organisatie.naam === '' || rij.organisatie.domein !== undefined) return [];
    // An unknown domain was reported already by the normalise stage.
    if (rij.meldingen.some((m) => m.code === 'domein.onbekend')) return [];
    const orgSleutel = this.organisatieSleutel(rij.organisatie.naam);
    if (this.laatste?.sleutel === orgSleutel || this.q.heeftOrganisatie.get(orgSleutel)) return [];
    if (isBekendeOrganisatie(orgSleutel)) return [];
    const kolom = rij.blad.kolommen.find((k) => k.veld === 'domein')?.kop ?? 'Domein';
    const plek = { blad: rij.blad.naam, rij: rij.rij, kolom };
    return [
      maakMelding(
        plek,
        '',
        'domein.onbekend',
        eigenKopie(`De organisatie "${rij.organisatie.naam}" is nieuw; vul het domein in.`),
      ),
    ];
  }

  /** Adds an accepted row (one without a `fout`, after `controleer`). Returns the issues this row adds. */
  voegToe(rij: GenormaliseerdeRij): Melding[] {
    const plek: RijPlek = { blad: rij.blad.naam, rij: rij.rij };
    const orgSleutel = this.organisatieSleutel(rij.organisatie.naam);
    const org = this.voegOrganisatieToe(orgSleutel, rij, plek);
    const orgNr = org.nr;
    const meldingen: Melding[] = [];
    // 0: no person (an organisation's own participation or contact).
    const persoonNr = rij.persoon ? this.voegPersoonToe(orgSleutel, orgNr, rij, plek, meldingen) : 0;
    for (const naam of rij.overleggen ?? []) {
      const overlegNr = this.overlegNr(naam);
      if (!org.overleggen.has(overlegNr)) {
        this.nieuweDeelnames.add(overlegNr, orgNr, 0);
        org.overleggen.add(overlegNr);
      }
      if (persoonNr) this.nieuweDeelnames.add(overlegNr, orgNr, persoonNr);
    }
    if (rij.laatsteContact) this.nieuweContacten.add(orgNr, persoonNr, rij.laatsteContact);
    return meldingen;
  }

  /** The file's organisations in the order it first names them. */
  *organisaties(): Generator<OrganisatieInBestand & { uitkomst?: Uitkomst }> {
    for (const r of this.pagina<OrganisatieRij & UitkomstRij>('select * from organisatie')) {
      yield {
        nr: r.nr,
        sleutel: r.sleutel,
        naam: r.naam,
        ...(r.domein !== null ? { domein: r.domein as Domein } : {}),
        ...(r.netwerk !== null ? { netwerk: r.netwerk as Netwerk } : {}),
        ...(r.soort !== null ? { soort: r.soort } : {}),
        ...(r.wijken !== null ? { wijken: JSON.parse(r.wijken) as string[] } : {}),
        plek: { blad: r.blad, rij: r.rij },
        ...uitkomst(r),
      };
    }
  }

  /** The file's persons in the order it first names them. */
  *personen(): Generator<PersoonInBestand & { uitkomst?: Uitkomst }> {
    for (const r of this.pagina<PersoonRij & UitkomstRij>('select * from persoon')) {
      yield {
        nr: r.nr,
        sleutel: r.sleutel,
        naam: r.naam,
        ...(r.email !== null ? { email: r.email } : {}),
        ...(r.telefoon !== null ? { telefoon: r.telefoon } : {}),
        organisatieNr: r.organisatie_nr,
        ...(r.trainingen !== null ? { trainingen: new Map(JSON.parse(r.trainingen)) } : {}),
        plek: { blad: r.blad, rij: r.rij },
        ...uitkomst(r),
      };
    }
  }

  /** The file's memberships in order, with the ids the plan gave their person and organisation. */
  *lidmaatschappen(): Generator<LidmaatschapInBestand> {
    const sql = `select l.nr, l.persoon_nr, l.functie, l.rollen, l.einde,
        p.id as persoon_id, p.status as persoon_status, o.id as organisatie_id, o.naam as organisatie_naam
      from lidmaatschap l join persoon p on p.nr = l.persoon_nr join organisatie o on o.nr = l.organisatie_nr`;
    for (const r of this.pagina<{
      persoon_nr: number;
      functie: string | null;
      rollen: string | null;
      einde: string | null;
      persoon_id: string;
      persoon_status: Status;
      organisatie_id: string;
      organisatie_naam: string;
    }>(sql, 'l.nr')) {
      yield {
        persoonNr: r.persoon_nr,
        ...(r.functie !== null ? { functie: r.functie } : {}),
        ...(r.rollen !== null ? { rollen: JSON.parse(r.rollen) as Rol[] } : {}),
        ...(r.einde !== null ? { einde: r.einde } : {}),
        persoonId: r.persoon_id,
        organisatieId: r.organisatie_id,
        organisatieNaam: r.organisatie_naam,
        persoonStatus: r.persoon_status,
      };
    }
  }

  /** Meeting structures the file names: key and name as written first. */
  *overleggen(): Generator<{ sleutel: string; naam: string }> {
    yield* this.pagina<{ sleutel: string; naam: string }>('select nr, sleutel, naam from overleg');
  }

  /** Participations in file order, with matched ids (after `zetOverlegId` and the outcomes). */
  *deelnames(): Generator<DeelnameInBestand> {
    const sql = `select d.nr, d.organisatie_nr, d.persoon_nr, v.id as overleg_id, v.naam as overleg_naam,
        o.id as organisatie_id, p.id as persoon_id, coalesce(p.status, o.status) as status
      from deelname d join overleg v on v.nr = d.overleg_nr join organisatie o on o.nr = d.organisatie_nr
        left join persoon p on p.nr = d.persoon_nr`;
    for (const r of this.pagina<{
      organisatie_nr: number;
      persoon_nr: number;
      overleg_id: string;
      overleg_naam: string;
      organisatie_id: string;
      persoon_id: string | null;
      status: Status;
    }>(sql, 'd.nr')) {
      yield {
        organisatieNr: r.organisatie_nr,
        persoonNr: r.persoon_nr === 0 ? null : r.persoon_nr,
        overlegId: r.overleg_id,
        overlegNaam: r.overleg_naam,
        organisatieId: r.organisatie_id,
        persoonId: r.persoon_nr === 0 ? null : r.persoon_id,
        status: r.status,
      };
    }
  }

  /** Contact moments in file order, with matched ids. */
  *contacten(): Generator<ContactInBestand> {
    const sql = `select c.nr, c.organisatie_nr, c.persoon_nr, c.datum, o.id as organisatie_id, p.id as persoon_id,
        coalesce(p.status, o.status) as status
      from contact c join organisatie o on o.nr = c.organisatie_nr left join persoon p on p.nr = c.persoon_nr`;
    for (const r of this.pagina<{
      organisatie_nr: number;
      persoon_nr: number;
      datum: string;
      organisatie_id: string;
      persoon_id: string | null;
      status: Status;
    }>(sql, 'c.nr')) {
      yield {
        organisatieNr: r.organisatie_nr,
        persoonNr: r.persoon_nr === 0 ? null : r.persoon_nr,
        organisatieId: r.organisatie_id,
        persoonId: r.persoon_id,
        datum: r.datum,
        status: r.status,
      };
    }
  }

  /** The id the plan gave an organisation of the file. */
  organisatieId(nr: number): string | undefined {
    return this.q.organisatieId.get(nr)?.id ?? undefined;
  }

  /** Records what the plan decided for an organisation or person of the file. */
  zetUitkomst(soort: 'organisatie' | 'persoon', nr: number, u: Uitkomst): void {
    this.q.zetUitkomst[soort].run(u.id, u.status, u.wijzigingen.length > 0 ? JSON.stringify(u.wijzigingen) : null, nr);
  }

  /** A change found later (a new membership, meeting, contact): an unchanged entity becomes changed. */
  markeer(soort: 'organisatie' | 'persoon', nr: number, w: unknown[]): void {
    const r = this.q.uitkomst[soort].get(nr);
    if (!r || r.status === 'toegevoegd') return;
    const wijzigingen = r.wijzigingen === null ? [] : (JSON.parse(r.wijzigingen) as unknown[]);
    this.zetUitkomst(soort, nr, { id: r.id!, status: 'gewijzigd', wijzigingen: [...wijzigingen, ...w] });
  }

  zetOverlegId(sleutel: string, id: string): void {
    this.q.zetOverlegId.run(id, sleutel);
  }

  /** How many organisations or persons of the file were added, changed, unchanged. */
  tel(soort: 'organisatie' | 'persoon'): { toegevoegd: number; gewijzigd: number; ongewijzigd: number } {
    this.flush();
    const aantallen = { toegevoegd: 0, gewijzigd: 0, ongewijzigd: 0 };
    const rijen = this.db
      .prepare<[], { status: Status; n: number }>(
        `select status, count(*) as n from ${soort} where status is not null group by status`,
      )
      .all();
    for (const r of rijen) aantallen[r.status] = r.n;
    return aantallen;
  }

  /** Remembers a store person the file matched (for a full list's missing persons). */
  zie(persoonId: string): void {
    this.q.zie.run(persoonId);
  }

  isGezien(persoonId: string): boolean {
    return this.q.isGezien.get(persoonId) !== undefined;
  }

  /** The rows of a query in `nr` order, a page at a time (no statement stays open between pages). */
  private *pagina<T>(sql: string, nr = 'nr'): Generator<T> {
    this.flush();
    const stmt = this.db.prepare<[number, number], T & { nr: number }>(
      `select * from (${sql} where ${nr} > ? order by ${nr} limit ?)`,
    );
    let vanaf = 0;
    for (;;) {
      const rijen = stmt.all(vanaf, PAGINA);
      for (const r of rijen) yield r;
      if (rijen.length < PAGINA) return;
      vanaf = rijen[rijen.length - 1]!.nr;
    }
  }

  /** Writes the rows that wait in runs, so that a read sees them. */
  private flush(): void {
    if (this.wachtendeLeden.size > 0) {
      for (const l of this.wachtendeLeden.values()) {
        this.nieuweLeden.add(l.persoonNr, l.organisatieNr, l.functie, l.rollen, l.einde, l.blad, l.rij);
      }
      this.wachtendeLeden.clear();
      this.nieuweLeden.flush();
    }
    this.nieuweDeelnames.flush();
    this.nieuweContacten.flush();
  }

  /** naamSleutel of an organisation's name, remembered: a sheet repeats it on every member's row. */
  private organisatieSleutel(naam: string): string {
    let sleutel = this.orgSleutels.get(naam);
    if (sleutel === undefined) {
      sleutel = eigenKopie(naamSleutel(naam));
      if (this.orgSleutels.size >= 10_000) this.orgSleutels.clear();
      this.orgSleutels.set(eigenKopie(naam), sleutel);
    }
    return sleutel;
  }

  /** A meeting's nr, added when the file names it first. */
  private overlegNr(naam: string): number {
    const sleutel = naamSleutel(naam);
    let nr = this.overlegNrs.get(sleutel);
    if (nr === undefined) {
      nr = this.q.overleg.get(sleutel)?.nr ?? Number(this.q.nieuwOverleg.run(sleutel, naam).lastInsertRowid);
      if (this.overlegNrs.size >= 10_000) this.overlegNrs.clear();
      this.overlegNrs.set(eigenKopie(sleutel), nr);
    }
    return nr;
  }

  /**
   * Adds or merges the row's organisation and returns it as its scratch row now holds it. The
   * organisation of the previous row is kept, so a run of its rows costs a statement only when a
   * row changes it.
   */
  private voegOrganisatieToe(sleutel: string, rij: GenormaliseerdeRij, plek: RijPlek): LaatsteOrganisatie {
    const o = rij.organisatie;
    const vorige = this.laatste?.sleutel === sleutel ? this.laatste : undefined;
    const bestaand = vorige ?? this.q.organisatie.get(sleutel);
    if (!bestaand) {
      const nieuw: OrganisatieRij = {
        nr: 0,
        sleutel,
        naam: o.naam,
        domein: o.domein ?? null,
        netwerk: o.netwerk ?? null,
        soort: o.soort ?? null,
        wijken: o.wijken !== undefined ? JSON.stringify(o.wijken) : null,
        blad: plek.blad,
        rij: plek.rij,
      };
      const { lastInsertRowid } = this.q.nieuweOrganisatie.run(
        sleutel,
        nieuw.naam,
        nieuw.domein,
        nieuw.netwerk,
        nieuw.soort,
        nieuw.wijken,
        plek.blad,
        plek.rij,
      );
      this.laatste = { ...nieuw, nr: Number(lastInsertRowid), overleggen: new Set() };
      return this.laatste;
    }
    // Each row names the districts it knows of: the organisation works in all of them together.
    const wijken =
      o.wijken === undefined
        ? bestaand.wijken
        : JSON.stringify(vereniging(bestaand.wijken === null ? [] : JSON.parse(bestaand.wijken), o.wijken));
    const na: LaatsteOrganisatie = {
      ...bestaand,
      naam: o.naam,
      domein: o.domein ?? bestaand.domein,
      netwerk: o.netwerk ?? bestaand.netwerk,
      soort: o.soort ?? bestaand.soort,
      wijken,
      overleggen: vorige?.overleggen ?? new Set(),
    };
    const zelfde =
      vorige !== undefined &&
      na.naam === vorige.naam &&
      na.domein === vorige.domein &&
      na.netwerk === vorige.netwerk &&
      na.soort === vorige.soort &&
      na.wijken === vorige.wijken;
    if (!zelfde) this.q.werkOrganisatieBij.run(na.naam, na.domein, na.netwerk, na.soort, na.wijken, na.nr);
    this.laatste = na;
    return na;
  }

  /** Returns the person's nr. */
  private voegPersoonToe(
    orgSleutel: string,
    orgNr: number,
    rij: GenormaliseerdeRij,
    plek: RijPlek,
    meldingen: Melding[],
  ): number {
    const p = rij.persoon!;
    const naamIndex = `${orgSleutel}|${naamSleutel(p.naam)}`;
    // A row with the store's id of the person is that person, whatever its e-mail (`personen()` gives it back).
    // With an id or an e-mail the key is known; the name index only learns it, when the name is new here.
    const opNaam = p.id || p.email ? undefined : this.q.naamIndex.get(naamIndex)?.sleutel;
    const sleutel = p.id ? `id:${p.id}` : p.email ? `email:${p.email}` : (opNaam ?? `naam:${naamIndex}`);
    if (opNaam === undefined) this.q.nieuweNaamIndex.run(naamIndex, sleutel);

    const persoon = this.q.persoon.get(orgNr, sleutel);
    // A membership can only be known for a person already known: inserted, or still waiting.
    const wachtend = persoon && persoon.l_nr === null ? this.wachtendeLeden.get(`${persoon.nr}|${orgNr}`) : undefined;
    const eerder: LidmaatschapRij | undefined =
      persoon?.l_nr != null
        ? {
            nr: persoon.l_nr,
            functie: persoon.l_functie,
            rollen: persoon.l_rollen,
            einde: persoon.l_einde,
            blad: persoon.l_blad,
            rij: persoon.l_rij ?? 0,
          }
        : wachtend !== undefined
          ? { nr: null, ...wachtend }
          : undefined;
    const nieuweWaarden: Array<[string, unknown, unknown]> = [];

    let persoonNr: number;
    if (!persoon) {
      const training = rij.getraind ? [[rij.getraind.soort ?? 'basistraining', rij.getraind.datum]] : undefined;
      persoonNr = Number(
        this.q.nieuwePersoon.run(
          sleutel,
          p.naam,
          p.email || null,
          p.telefoon || null,
          orgNr,
          training ? JSON.stringify(training) : null,
          plek.blad,
          plek.rij,
        ).lastInsertRowid,
      );
    } else {
      persoonNr = persoon.nr;
      if (persoon.naam !== p.naam) nieuweWaarden.push(['naam', persoon.naam, p.naam]);
      let telefoon = persoon.telefoon;
      if (p.telefoon !== undefined) {
        if (telefoon !== null && telefoon !== p.telefoon) nieuweWaarden.push(['telefoon', telefoon, p.telefoon]);
        telefoon = p.telefoon;
      }
      const email = persoon.email ?? (p.email !== undefined ? p.email : null);
      let trainingen = persoon.trainingen;
      if (rij.getraind) {
        // Each kind of training is its own fact: a terugkomdag does not overwrite the basistraining.
        const soort = rij.getraind.soort ?? 'basistraining';
        const lijst = new Map<string, string | null>(trainingen === null ? [] : JSON.parse(trainingen));
        const bekend = lijst.has(soort);
        const voor = lijst.get(soort);
        if (bekend && voor !== rij.getraind.datum && rij.getraind.datum !== null) {
          nieuweWaarden.push(['getraind', voor, rij.getraind.datum]);
        }
        if (!bekend || rij.getraind.datum !== null) lijst.set(soort, rij.getraind.datum);
        trainingen = JSON.stringify([...lijst]);
      }
      this.q.werkPersoonBij.run(p.naam, email, telefoon, trainingen, persoon.nr);
    }

    const l = rij.lidmaatschap;
    if (!eerder) {
      if (this.wachtendeLeden.size >= 200) this.flush();
      this.wachtendeLeden.set(`${persoonNr}|${orgNr}`, {
        persoonNr,
        organisatieNr: orgNr,
        functie: l?.functie ?? null,
        rollen: l?.rollen !== undefined ? JSON.stringify(l.rollen) : null,
        einde: l?.einde ?? null,
        blad: plek.blad,
        rij: plek.rij,
      });
    } else {
      this.dubbel++;
      let functie = eerder.functie;
      let rollen = eerder.rollen;
      if (l?.functie !== undefined) {
        if (functie !== null && functie !== l.functie) nieuweWaarden.push(['functie', functie, l.functie]);
        functie = l.functie;
      }
      if (l?.rollen !== undefined) {
        if (rollen !== null) {
          const voor = (JSON.parse(rollen) as string[]).join(', ');
          if (voor !== l.rollen.join(', ')) nieuweWaarden.push(['rollen', voor, l.rollen.join(', ')]);
        }
        rollen = JSON.stringify(l.rollen);
      }
      const einde = l?.einde ?? eerder.einde;
      if (wachtend !== undefined) Object.assign(wachtend, { functie, rollen, einde });
      else this.q.werkLidmaatschapBij.run(functie, rollen, einde, eerder.nr);
    }

    const vorige: RijPlek = eerder
      ? { blad: eerder.blad, rij: eerder.rij }
      : { blad: persoon?.blad ?? null, rij: persoon?.rij ?? 0 };
    for (const [veld, voor, na] of nieuweWaarden) {
      const kolom = rij.blad.kolommen.find((k) => k.veld === veld)?.kop ?? veld;
      meldingen.push(
        maakMelding(
          { blad: rij.blad.naam, rij: rij.rij, kolom },
          // The plan keeps its issues to the end: copies, so that they keep no chunk of the file alive.
          eigenKopie(String(na ?? '')),
          'persoon.dubbel',
          eigenKopie(
            `${p.naam} staat ook in ${beschrijfPlek(vorige)} met ${veld} "${String(voor ?? '')}"; deze rij wint.`,
          ),
        ),
      );
    }
    return persoonNr;
  }
}

interface UitkomstRij {
  id: string | null;
  status: Status | null;
  wijzigingen: string | null;
}

function uitkomst(r: UitkomstRij): { uitkomst?: Uitkomst } {
  if (r.id === null || r.status === null) return {};
  return {
    uitkomst: { id: r.id, status: r.status, wijzigingen: r.wijzigingen === null ? [] : JSON.parse(r.wijzigingen) },
  };
}

/**
 * A copy of a text that shares no memory with the text it came from. The reader's cells are slices
 * of a 64 KB chunk of the file, and V8 keeps a whole chunk alive for as long as any slice of it
 * lives: a cache keyed by cells held about 100 such chunks (15 MB) of a 100,000-row file.
 */
export function eigenKopie(tekst: string): string {
  // Flattening the concatenation copies the characters; the slice then refers to that copy only.
  return ` ${tekst}`.slice(1);
}

/** The districts of `a` followed by those of `b` that `a` lacks. */
export function vereniging(a: readonly string[], b: readonly string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

export function beschrijfPlek(plek: RijPlek): string {
  return plek.blad === null ? `rij ${plek.rij}` : `blad "${plek.blad}" rij ${plek.rij}`;
}
