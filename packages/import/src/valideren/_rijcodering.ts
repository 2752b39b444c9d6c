/**
 * Normalised rows as they cross from the reading worker to the planning thread, a batch at a time.
 *
 * Structured clone of one object per row made the receiving (planning) thread pay about as much as
 * normalising the row in place had cost: every object, key and string is rebuilt. So a batch is a
 * transferred `Int32Array` of slots (moved, not copied) with three string lists beside it: the texts
 * that are new to this row (names, e-mail addresses, numbers), a dictionary of the vocabulary-like
 * values (domains, functions, dates, lists of districts and roles), sent once and then referred to by
 * number, and whatever is rare (sheet headers, progress, row issues) as plain objects. A slot equal to
 * the previous row's (a sheet repeats the organisation on consecutive rows) is sent as "the same".
 */
import type { LeesGebeurtenis } from '../mappen/rijen.js';
import type { BladInfo, GenormaliseerdeRij, Melding } from '../types.js';

/** One batch as posted; `getallen` is transferred. */
export interface Partij {
  getallen: Int32Array;
  /** Texts of this batch, referred to once. */
  teksten: string[];
  /** Dictionary entries new in this batch, appended to the receiver's in order. */
  woorden: Array<string | string[]>;
  /** Events other than rows, and rows' issues, as they are. */
  extra: Array<Exclude<LeesGebeurtenis, { soort: 'rij' }> | Melding[]>;
}

/** What the planning side reads: the reader's events with every row normalised. */
export type GenormaliseerdeGebeurtenis =
  | Exclude<LeesGebeurtenis, { soort: 'rij' }>
  | { soort: 'rij'; rij: GenormaliseerdeRij };

const RIJ = 0;
const EXTRA = 1;

// A string slot: absent, the previous row's value, or an index tagged by where the text is.
const AFWEZIG = -1;
const ZELFDE = -2;
// The training slot's two values that are no text: "nee" and "ja, day unknown".
const NEE = -3;
const ZONDER_DATUM = -4;

// The slots of a row after its tag, in order.
const S_RIJ = 0;
const S_BLAD = 1;
const S_ORGANISATIE = 2;
const S_DOMEIN = 3;
const S_NETWERK = 4;
const S_SOORT = 5;
const S_WIJKEN = 6;
const S_NAAM = 7;
const S_ID = 8;
const S_EMAIL = 9;
const S_TELEFOON = 10;
const S_FUNCTIE = 11;
const S_ROLLEN = 12;
const S_EINDE = 13;
const S_DATUM = 14;
const S_TRAININGSOORT = 15;
const S_OVERLEGGEN = 16;
const S_CONTACT = 17;
const S_MELDINGEN = 18;
const SLOTS = 19;

/** Dictionary entries kept at most: beyond, values go as texts of their batch. */
const MAX_WOORDEN = 100_000;

/** The worker's side: collects rows and events and hands out full batches. */
export class PartijSchrijver {
  private getallen: Int32Array;
  private lengte = 0;
  private teksten: string[] = [];
  private woorden: Array<string | string[]> = [];
  private extra: Partij['extra'] = [];
  private readonly woordenboek = new Map<string, number>();
  /** The previous row's values, slot by slot (strings, lists or undefined). */
  private readonly vorige: unknown[] = new Array(SLOTS).fill(undefined);
  private readonly bladen = new Map<BladInfo, number>();
  rijen = 0;

  constructor(capaciteit: number) {
    this.getallen = new Int32Array(capaciteit * (SLOTS + 1));
  }

  /** Adds an event other than a row. */
  gebeurtenis(g: Exclude<LeesGebeurtenis, { soort: 'rij' }>): void {
    if (g.soort === 'blad') this.bladen.set(g.blad, this.bladen.size);
    this.ruimte(2);
    this.getallen[this.lengte++] = EXTRA;
    this.getallen[this.lengte++] = this.extra.push(g) - 1;
  }

  /** Adds a normalised row; its sheet was announced by a `blad` event before. */
  rij(r: GenormaliseerdeRij): void {
    this.ruimte(SLOTS + 1);
    const g = this.getallen;
    const b = this.lengte;
    g[b] = RIJ;
    const o = r.organisatie;
    const p = r.persoon;
    const l = r.lidmaatschap;
    const t = r.getraind;
    g[b + 1 + S_RIJ] = r.rij;
    g[b + 1 + S_BLAD] = this.bladen.get(r.blad)!;
    g[b + 1 + S_ORGANISATIE] = this.tekst(S_ORGANISATIE, o.naam);
    g[b + 1 + S_DOMEIN] = this.woord(S_DOMEIN, o.domein);
    g[b + 1 + S_NETWERK] = this.woord(S_NETWERK, o.netwerk);
    g[b + 1 + S_SOORT] = this.woord(S_SOORT, o.soort);
    g[b + 1 + S_WIJKEN] = this.lijst(S_WIJKEN, o.wijken);
    g[b + 1 + S_NAAM] = this.tekst(S_NAAM, p?.naam);
    g[b + 1 + S_ID] = this.tekst(S_ID, p?.id);
    g[b + 1 + S_EMAIL] = this.tekst(S_EMAIL, p?.email);
    g[b + 1 + S_TELEFOON] = this.tekst(S_TELEFOON, p?.telefoon);
    g[b + 1 + S_FUNCTIE] = this.woord(S_FUNCTIE, l?.functie);
    g[b + 1 + S_ROLLEN] = this.lijst(S_ROLLEN, l?.rollen);
    g[b + 1 + S_EINDE] = this.woord(S_EINDE, l?.einde);
    if (t === undefined) {
      g[b + 1 + S_DATUM] = AFWEZIG;
      g[b + 1 + S_TRAININGSOORT] = AFWEZIG;
    } else if (t === false) {
      g[b + 1 + S_DATUM] = NEE;
      g[b + 1 + S_TRAININGSOORT] = AFWEZIG;
    } else {
      g[b + 1 + S_DATUM] = t.datum === null ? ZONDER_DATUM : this.woord(S_DATUM, t.datum);
      g[b + 1 + S_TRAININGSOORT] = this.woord(S_TRAININGSOORT, t.soort);
    }
    g[b + 1 + S_OVERLEGGEN] = this.lijst(S_OVERLEGGEN, r.overleggen);
    g[b + 1 + S_CONTACT] = this.woord(S_CONTACT, r.laatsteContact);
    g[b + 1 + S_MELDINGEN] = r.meldingen.length === 0 ? AFWEZIG : this.extra.push(r.meldingen) - 1;
    this.lengte = b + SLOTS + 1;
    this.rijen++;
  }

  /** Whether anything waits to be sent. */
  get leeg(): boolean {
    return this.lengte === 0;
  }

  /** The batch so far (its array to be transferred), and a fresh one begun. */
  neem(): Partij {
    const partij: Partij = {
      getallen: this.getallen.slice(0, this.lengte),
      teksten: this.teksten,
      woorden: this.woorden,
      extra: this.extra,
    };
    this.lengte = 0;
    this.rijen = 0;
    this.teksten = [];
    this.woorden = [];
    this.extra = [];
    // The receiver starts its batch without a previous row: the first row of a batch says everything.
    this.vorige.fill(undefined);
    return partij;
  }

  private ruimte(n: number): void {
    if (this.lengte + n <= this.getallen.length) return;
    const groter = new Int32Array(this.getallen.length * 2 + n);
    groter.set(this.getallen.subarray(0, this.lengte));
    this.getallen = groter;
  }

  /** A text sent with its batch (names, e-mail addresses: few repeat beyond the previous row). */
  private tekst(slot: number, waarde: string | undefined): number {
    if (waarde === undefined) return AFWEZIG;
    if (this.vorige[slot] === waarde) return ZELFDE;
    this.vorige[slot] = waarde;
    return (this.teksten.push(waarde) - 1) * 2;
  }

  /** A value a sheet repeats (a domain, a function, a date): sent once, then by number. */
  private woord(slot: number, waarde: string | undefined): number {
    if (waarde === undefined) return AFWEZIG;
    if (this.vorige[slot] === waarde) return ZELFDE;
    this.vorige[slot] = waarde;
    return this.opzoeken(waarde, waarde);
  }

  /** A list (districts, roles, meetings): as one dictionary entry. */
  private lijst(slot: number, waarde: string[] | undefined): number {
    if (waarde === undefined) return AFWEZIG;
    // A list has no identity to compare with the previous row's: its key does.
    const sleutel = `\u0001${JSON.stringify(waarde)}`;
    if (this.vorige[slot] === sleutel) return ZELFDE;
    this.vorige[slot] = sleutel;
    return this.opzoeken(sleutel, waarde);
  }

  private opzoeken(sleutel: string, waarde: string | string[]): number {
    const bekend = this.woordenboek.get(sleutel);
    if (bekend !== undefined) return bekend * 2 + 1;
    if (this.woordenboek.size >= MAX_WOORDEN) {
      // A list cannot be a text of the batch: it goes with the rare things, tagged apart.
      if (typeof waarde !== 'string') return -(this.extra.push([waarde as never]) - 1) - 10;
      return (this.teksten.push(waarde) - 1) * 2;
    }
    const nr = this.woordenboek.size;
    this.woordenboek.set(sleutel, nr);
    this.woorden.push(waarde);
    return nr * 2 + 1;
  }
}

/** The planning side: turns batches back into the reader's events, in their order. */
export class PartijLezer {
  private readonly woorden: Array<string | string[]> = [];
  private readonly bladen: BladInfo[] = [];

  /** The batch's events; rows are built as they are asked for. */
  *lees(partij: Partij): Generator<GenormaliseerdeGebeurtenis> {
    for (const w of partij.woorden) this.woorden.push(w);
    const { getallen: g, teksten, extra } = partij;
    const vorige: unknown[] = new Array(SLOTS).fill(undefined);
    const tekst = (slot: number, c: number): string | undefined => {
      if (c === AFWEZIG) return undefined;
      if (c === ZELFDE) return vorige[slot] as string;
      const w =
        c <= -10 ? (extra[-(c + 10)] as unknown as string[][])[0]! : c & 1 ? this.woorden[c >> 1]! : teksten[c >> 1]!;
      vorige[slot] = w;
      return w as string;
    };
    // Lists are copied per row, as normalising did: the dictionary's arrays are shared.
    const lijst = (slot: number, c: number): string[] | undefined => {
      const w = tekst(slot, c) as unknown as string[] | undefined;
      return w === undefined ? undefined : w.slice();
    };
    for (let b = 0; b < g.length; ) {
      if (g[b] === EXTRA) {
        const e = extra[g[b + 1]!] as Exclude<LeesGebeurtenis, { soort: 'rij' }>;
        if (e.soort === 'blad') this.bladen.push(e.blad);
        b += 2;
        yield e;
        continue;
      }
      const s = b + 1;
      b += SLOTS + 1;
      // Built field by field in normalizeRij's order, without the absent ones (see valideren/rij.ts).
      const organisatie: GenormaliseerdeRij['organisatie'] = { naam: tekst(S_ORGANISATIE, g[s + S_ORGANISATIE]!)! };
      const domein = tekst(S_DOMEIN, g[s + S_DOMEIN]!);
      if (domein !== undefined) organisatie.domein = domein as never;
      const netwerk = tekst(S_NETWERK, g[s + S_NETWERK]!);
      if (netwerk !== undefined) organisatie.netwerk = netwerk as never;
      const soort = tekst(S_SOORT, g[s + S_SOORT]!);
      if (soort !== undefined) organisatie.soort = soort;
      const wijken = lijst(S_WIJKEN, g[s + S_WIJKEN]!);
      if (wijken !== undefined) organisatie.wijken = wijken;
      const rij = { blad: this.bladen[g[s + S_BLAD]!]!, rij: g[s + S_RIJ]!, organisatie } as GenormaliseerdeRij;
      const naam = tekst(S_NAAM, g[s + S_NAAM]!);
      // The person's slots are read even without a name, to keep "the previous row" in step.
      const id = tekst(S_ID, g[s + S_ID]!);
      const email = tekst(S_EMAIL, g[s + S_EMAIL]!);
      const telefoon = tekst(S_TELEFOON, g[s + S_TELEFOON]!);
      const functie = tekst(S_FUNCTIE, g[s + S_FUNCTIE]!);
      const rollen = lijst(S_ROLLEN, g[s + S_ROLLEN]!);
      const einde = tekst(S_EINDE, g[s + S_EINDE]!);
      if (naam !== undefined) {
        const persoon: NonNullable<GenormaliseerdeRij['persoon']> = id === undefined ? { naam } : { id, naam };
        if (email !== undefined) persoon.email = email;
        if (telefoon !== undefined) persoon.telefoon = telefoon;
        rij.persoon = persoon;
        if (functie !== undefined || rollen !== undefined || einde !== undefined) {
          const lidmaatschap: NonNullable<GenormaliseerdeRij['lidmaatschap']> = {};
          if (functie !== undefined) lidmaatschap.functie = functie;
          if (rollen !== undefined) lidmaatschap.rollen = rollen as never;
          if (einde !== undefined) lidmaatschap.einde = einde;
          rij.lidmaatschap = lidmaatschap;
        }
      }
      const datum = g[s + S_DATUM]!;
      if (datum === NEE) rij.getraind = false;
      else if (datum !== AFWEZIG) {
        const trainingsoort = tekst(S_TRAININGSOORT, g[s + S_TRAININGSOORT]!);
        const d = datum === ZONDER_DATUM ? null : tekst(S_DATUM, datum)!;
        rij.getraind = trainingsoort === undefined ? { datum: d } : { datum: d, soort: trainingsoort as never };
      }
      const overleggen = lijst(S_OVERLEGGEN, g[s + S_OVERLEGGEN]!);
      if (overleggen !== undefined) rij.overleggen = overleggen;
      const contact = tekst(S_CONTACT, g[s + S_CONTACT]!);
      if (contact !== undefined) rij.laatsteContact = contact;
      const m = g[s + S_MELDINGEN]!;
      rij.meldingen = m === AFWEZIG ? [] : (extra[m] as Melding[]);
      yield { soort: 'rij', rij };
    }
  }
}
