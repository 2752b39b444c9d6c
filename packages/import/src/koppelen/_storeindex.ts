import type {
  Contactmoment,
  Gemeente,
  Lidmaatschap,
  Organisatie,
  Overleg,
  Persoon,
  Training,
} from '@netwerkregie/domain';
import { naamSleutel } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';

type GevuldeSoorten = Awaited<ReturnType<Store['gevuldeSoorten']>>;

/** Persons per page when a full list looks for the store's persons it did not name. */
const PAGINA = 1000;

/**
 * The store's side of the match, by the identities of IMPORT.md, for one batch of the file's keys
 * at a time: each `load…` asks the store (its batched reads, through the caller's view) for the
 * batch's keys and replaces what the maps held, so memory does not grow with the store. Where two
 * stored rows share a key the last in id order counts, as when the whole store was indexed at once.
 * A kind the store holds nothing of is never asked for, so a first import looks nothing up.
 */
export class StoreIndex {
  readonly organisatieOpSleutel = new Map<string, Organisatie>();
  readonly persoonOpEmail = new Map<string, Persoon>();
  /** The batch's persons named by a `Persoon-id` cell. */
  readonly persoonOpId = new Map<string, Persoon>();
  /** `organisatieId|naamSleutel` -> person. */
  readonly persoonOpNaamBinnenOrganisatie = new Map<string, Persoon>();
  /** `persoonId|organisatieId` -> membership. */
  readonly lidmaatschap = new Map<string, Lidmaatschap>();
  readonly overlegOpSleutel = new Map<string, Overleg>();
  /** `overlegId|organisatieId|persoonId` (persoonId empty for an organisation's participation). */
  readonly deelnames = new Set<string>();
  /** `persoonId|soort` -> training. */
  readonly training = new Map<string, Training>();
  /** `organisatieId|persoonId|datum`. */
  readonly contacten = new Set<string>();
  /** Organisation names (as written) and whether the store knows them, remembered: a sheet repeats them. */
  private readonly bekend = new Map<string, boolean>();

  protected constructor(
    private readonly store: Store,
    private readonly gevuld: GevuldeSoorten,
  ) {}

  /** Throws, as `store.momentopname` did, when `gemeente` is not the store's. */
  static async open(store: Store, gemeente: Gemeente): Promise<StoreIndex> {
    return new StoreIndex(store, await store.gevuldeSoorten(gemeente));
  }

  /** Whether the store has an organisation of this name (folded by `naamSleutel`). */
  async kentOrganisatie(naam: string): Promise<boolean> {
    if (!this.gevuld.organisaties) return false;
    let ja = this.bekend.get(naam);
    if (ja === undefined) {
      const sleutel = naamSleutel(naam);
      ja = (await this.store.organisatiesOpSleutels([sleutel])).some((o) => naamSleutel(o.naam) === sleutel);
      if (this.bekend.size >= 10_000) this.bekend.clear();
      this.bekend.set(naam, ja);
    }
    return ja;
  }

  async loadOrganisaties(sleutels: string[]): Promise<void> {
    this.organisatieOpSleutel.clear();
    if (!this.gevuld.organisaties || sleutels.length === 0) return;
    for (const o of await this.store.organisatiesOpSleutels(sleutels))
      this.organisatieOpSleutel.set(naamSleutel(o.naam), o);
  }

  async loadOverleggen(sleutels: string[]): Promise<void> {
    this.overlegOpSleutel.clear();
    if (!this.gevuld.overleggen || sleutels.length === 0) return;
    for (const o of await this.store.overleggenOpSleutels(sleutels)) this.overlegOpSleutel.set(naamSleutel(o.naam), o);
  }

  /** Persons by e-mail, by folded name within an organisation (`paren`), and by id (`ids`, from `Persoon-id`). */
  async loadPersonen(
    emails: string[],
    paren: Array<{ organisatieId: string; naamSleutel: string }>,
    ids: string[] = [],
  ): Promise<void> {
    this.persoonOpEmail.clear();
    this.persoonOpNaamBinnenOrganisatie.clear();
    this.persoonOpId.clear();
    if (!this.gevuld.personen) return;
    // Only a partner's correction or an edited export carries ids: one look-up each is enough.
    for (const id of ids) {
      const p = await this.store.persoon(id);
      if (p) this.persoonOpId.set(id, p);
    }
    if (emails.length > 0) {
      for (const p of await this.store.personenOpEmails(emails)) if (p.email) this.persoonOpEmail.set(p.email, p);
    }
    if (!this.gevuld.lidmaatschappen || paren.length === 0) return;
    for (const { organisatieId, persoon } of await this.store.personenOpNaamBinnenOrganisatie(paren)) {
      this.persoonOpNaamBinnenOrganisatie.set(`${organisatieId}|${naamSleutel(persoon.naam)}`, persoon);
    }
  }

  /**
   * What a `Persoon-id` cell is checked against (IMPORT.md): whether the person of `id` is a member
   * of the organisation with this folded name, and who else, if anyone, has `email` already.
   */
  async persoonIdFeiten(
    id: string,
    organisatieSleutel: string,
    email: string | undefined,
  ): Promise<{ isLid: boolean; ander: Persoon | undefined }> {
    const organisatie = this.gevuld.organisaties
      ? (await this.store.organisatiesOpSleutels([organisatieSleutel])).findLast(
          (o) => naamSleutel(o.naam) === organisatieSleutel,
        )
      : undefined;
    const isLid =
      organisatie !== undefined &&
      (await this.store.lidmaatschappenOpParen([{ persoonId: id, organisatieId: organisatie.id }])).length > 0;
    const ander =
      email === undefined ? undefined : (await this.store.personenOpEmails([email])).find((p) => p.id !== id);
    return { isLid, ander };
  }

  /** Whether the person-by-name look-up can find anything at all (else its keys need not be made). */
  get zoektOpNaam(): boolean {
    return this.gevuld.personen && this.gevuld.lidmaatschappen;
  }

  async loadLidmaatschappen(paren: ReadonlyArray<{ persoonId: string; organisatieId: string }>): Promise<void> {
    this.lidmaatschap.clear();
    if (!this.gevuld.lidmaatschappen || paren.length === 0) return;
    const vraag = paren.map(({ persoonId, organisatieId }) => ({ persoonId, organisatieId }));
    for (const l of await this.store.lidmaatschappenOpParen(vraag))
      this.lidmaatschap.set(`${l.persoonId}|${l.organisatieId}`, l);
  }

  async loadTrainingen(persoonIds: string[]): Promise<void> {
    this.training.clear();
    if (!this.gevuld.trainingen || persoonIds.length === 0) return;
    for (const t of await this.store.trainingenVanPersonen(persoonIds))
      this.training.set(`${t.persoonId}|${t.soort}`, t);
  }

  /** Participations of these persons, or (without a person) of the organisation itself. */
  async loadDeelnames(deelnames: ReadonlyArray<{ persoonId: string | null; organisatieId: string }>): Promise<void> {
    this.deelnames.clear();
    if (!this.gevuld.deelnames || deelnames.length === 0) return;
    const persoonIds: string[] = [];
    const organisatieIds: string[] = [];
    for (const d of deelnames) {
      if (d.persoonId === null) organisatieIds.push(d.organisatieId);
      else persoonIds.push(d.persoonId);
    }
    for (const d of await this.store.deelnamesVan({ persoonIds, organisatieIds })) {
      this.deelnames.add(`${d.overlegId}|${d.organisatieId ?? ''}|${d.persoonId ?? ''}`);
    }
  }

  async loadContacten(paren: ReadonlyArray<{ organisatieId: string; datum: string }>): Promise<void> {
    this.contacten.clear();
    if (!this.gevuld.contactmomenten || paren.length === 0) return;
    const vraag = paren.map(({ organisatieId, datum }) => ({ organisatieId, datum }));
    for (const c of await this.store.contactmomentenOpDatum(vraag)) this.contacten.add(contactSleutel(c));
  }

  /** The store's persons with a current membership, in id order (a full list's missing ones are among them). */
  async *actievePersonen(): AsyncGenerator<Persoon> {
    if (!this.gevuld.personen || !this.gevuld.lidmaatschappen) return;
    let naId: string | null = null;
    for (;;) {
      const pagina: Persoon[] = await this.store.personenMetActiefLidmaatschap(naId, PAGINA);
      yield* pagina;
      if (pagina.length < PAGINA) return;
      naId = pagina[pagina.length - 1]!.id;
    }
  }
}

export function contactSleutel(c: Pick<Contactmoment, 'organisatieId' | 'persoonId' | 'datum'>): string {
  return `${c.organisatieId}|${c.persoonId ?? ''}|${c.datum}`;
}

/**
 * The items of `bron`, read `n` ahead: while an item is the first of a new batch, `nieuw` is true and
 * `stuk` is that batch, so a loop can load the store's side of the whole batch (one `await` per batch)
 * and then go through it item by item as before.
 */
export class PerStuk<T> implements Iterable<T> {
  stuk: T[] = [];
  nieuw = false;
  constructor(
    private readonly bron: Iterable<T>,
    private readonly n: number,
  ) {}

  *[Symbol.iterator](): Generator<T> {
    const bron = this.bron[Symbol.iterator]();
    let klaar = false;
    while (!klaar) {
      const stuk: T[] = [];
      while (stuk.length < this.n) {
        const r = bron.next();
        if (r.done) {
          klaar = true;
          break;
        }
        stuk.push(r.value);
      }
      this.stuk = stuk;
      for (let i = 0; i < stuk.length; i++) {
        this.nieuw = i === 0;
        yield stuk[i]!;
      }
    }
  }
}
