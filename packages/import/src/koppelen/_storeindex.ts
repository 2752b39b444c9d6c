import type { Contactmoment, Lidmaatschap, Organisatie, Overleg, Persoon, Training } from '@netwerkregie/domain';
import { type Momentopname, naamSleutel } from '@netwerkregie/domain';

/** The store's current list, indexed by the identities of IMPORT.md, for matching a file against it. */
export class StoreIndex {
  readonly organisatieOpSleutel = new Map<string, Organisatie>();
  readonly persoonOpEmail = new Map<string, Persoon>();
  readonly persoonOpId: ReadonlyMap<string, Persoon>;
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
  readonly personen: Persoon[];
  readonly actievePersoonIds = new Set<string>();

  constructor(m: Momentopname) {
    for (const o of m.organisaties) this.organisatieOpSleutel.set(naamSleutel(o.naam), o);
    const persoonOpId = new Map(m.personen.map((p) => [p.id, p]));
    this.persoonOpId = persoonOpId;
    for (const p of m.personen) if (p.email) this.persoonOpEmail.set(p.email, p);
    for (const l of m.lidmaatschappen) {
      this.lidmaatschap.set(`${l.persoonId}|${l.organisatieId}`, l);
      const p = persoonOpId.get(l.persoonId);
      if (p) this.persoonOpNaamBinnenOrganisatie.set(`${l.organisatieId}|${naamSleutel(p.naam)}`, p);
      if (l.einde === null) this.actievePersoonIds.add(l.persoonId);
    }
    for (const o of m.overleggen) this.overlegOpSleutel.set(naamSleutel(o.naam), o);
    for (const d of m.deelnames) this.deelnames.add(`${d.overlegId}|${d.organisatieId ?? ''}|${d.persoonId ?? ''}`);
    for (const t of m.trainingen) this.training.set(`${t.persoonId}|${t.soort}`, t);
    for (const c of m.contactmomenten) this.contacten.add(contactSleutel(c));
    this.personen = m.personen;
  }
}

export function contactSleutel(c: Pick<Contactmoment, 'organisatieId' | 'persoonId' | 'datum'>): string {
  return `${c.organisatieId}|${c.persoonId ?? ''}|${c.datum}`;
}
