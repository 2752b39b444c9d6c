/**
 * Test support: builds small, hand-made snapshots whose right answers are obvious. Fictional
 * people and organisations only; e-mail on example.org. Every record goes through the domain's
 * zod schemas, so defaults are filled as the store would.
 */
import {
  type Aanleiding,
  ContactmomentSchema,
  DeelnameSchema,
  type Domein,
  type GemeenteInvoer,
  LidmaatschapSchema,
  parseGemeente,
  type Momentopname,
  type Netwerk,
  OrganisatieSchema,
  OverlegSchema,
  PersoonSchema,
  RelatieSchema,
  type Rol,
  standaardNetwerk,
  TrainingSchema,
} from '@netwerkregie/domain';

export const PEILDATUM = '2026-03-01';

export class Bouwer {
  readonly m: Momentopname;
  #teller = 0;

  constructor(gemeente: Partial<GemeenteInvoer> = {}, peildatum = PEILDATUM) {
    this.m = {
      gemeente: parseGemeente({ slug: 'testdorp', naam: 'Testdorp', wijken: ['Noord', 'Zuid'], ...gemeente }),
      peildatum,
      organisaties: [],
      personen: [],
      lidmaatschappen: [],
      overleggen: [],
      deelnames: [],
      relaties: [],
      contactmomenten: [],
      trainingen: [],
    };
  }

  #id(prefix: string): string {
    return `${prefix}${++this.#teller}`;
  }

  organisatie(id: string, domein: Domein, extra: { netwerk?: Netwerk; wijken?: string[]; naam?: string } = {}): this {
    this.m.organisaties.push(
      OrganisatieSchema.parse({
        id,
        naam: extra.naam ?? id.charAt(0).toUpperCase() + id.slice(1),
        domein,
        netwerk: extra.netwerk ?? standaardNetwerk(domein),
        wijken: extra.wijken ?? [],
      }),
    );
    return this;
  }

  /** A person, with a membership at each organisation given. */
  persoon(
    id: string,
    bij: string | string[] = [],
    rollen: Rol[] = [],
    extra: { begin?: string; einde?: string } = {},
  ): this {
    const naam = id.charAt(0).toUpperCase() + id.slice(1);
    this.m.personen.push(PersoonSchema.parse({ id, naam, email: `${id}@example.org` }));
    for (const org of typeof bij === 'string' ? [bij] : bij) this.lid(id, org, rollen, extra);
    return this;
  }

  lid(persoon: string, organisatie: string, rollen: Rol[] = [], extra: { begin?: string; einde?: string } = {}): this {
    this.m.lidmaatschappen.push(
      LidmaatschapSchema.parse({ id: this.#id('l'), persoonId: persoon, organisatieId: organisatie, rollen, ...extra }),
    );
    return this;
  }

  overleg(id: string, deelnemers: { organisaties?: string[]; personen?: string[] } = {}): this {
    this.m.overleggen.push(OverlegSchema.parse({ id, naam: `Overleg ${id}` }));
    for (const o of deelnemers.organisaties ?? []) {
      this.m.deelnames.push(DeelnameSchema.parse({ id: this.#id('d'), overlegId: id, organisatieId: o }));
    }
    for (const p of deelnemers.personen ?? []) {
      this.m.deelnames.push(DeelnameSchema.parse({ id: this.#id('d'), overlegId: id, persoonId: p }));
    }
    return this;
  }

  relatie(entiteit: 'persoon' | 'organisatie', van: string, naar: string): this {
    this.m.relaties.push(RelatieSchema.parse({ id: this.#id('r'), entiteit, van, naar }));
    return this;
  }

  contact(organisatie: string, datum: string, aanleiding: Aanleiding = 'regulier'): this {
    this.m.contactmomenten.push(
      ContactmomentSchema.parse({
        id: this.#id('c'),
        organisatieId: organisatie,
        datum,
        kanaal: 'telefoon',
        aanleiding,
        initiatief: 'gemeente',
      }),
    );
    return this;
  }

  training(persoon: string, datum: string | null = '2025-06-01'): this {
    this.m.trainingen.push(
      TrainingSchema.parse({ id: this.#id('t'), persoonId: persoon, soort: 'basistraining', datum }),
    );
    return this;
  }
}

/**
 * A small town: safety, care, education, an informal organisation and the gemeente; a safety
 * partner that knows care only through one person at the police, a care partner without any tie.
 */
export function voorbeeld(): Momentopname {
  return new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('boa', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('jeugdzorg', 'zorg')
    .organisatie('school', 'onderwijs')
    .organisatie('moskee', 'gemeenschap')
    .organisatie('gemeente', 'gemeente')
    .persoon('anna', 'politie', ['contactpersoon-radicalisering', 'eerstelijnswerker'])
    .training('anna')
    .persoon('piet', 'politie')
    .persoon('bea', 'boa')
    .persoon('gijs', 'ggz', ['contactpersoon-radicalisering'])
    .persoon('jet', 'jeugdzorg')
    .persoon('sara', 'school', ['contactpersoon-radicalisering', 'eerstelijnswerker'])
    .persoon('sem', 'school', ['contactpersoon-radicalisering', 'eerstelijnswerker'])
    .persoon('imam', 'moskee')
    .relatie('persoon', 'bea', 'piet')
    .relatie('persoon', 'piet', 'gijs')
    .relatie('organisatie', 'politie', 'school')
    .contact('politie', '2026-02-20')
    .contact('ggz', '2025-09-01')
    .contact('school', '2026-02-10', 'signaal').m;
}
