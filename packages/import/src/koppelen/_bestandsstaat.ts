import { type Domein, type Netwerk, naamSleutel, type Rol, type Trainingsoort } from '@netwerkregie/domain';
import { maakMelding } from '../meldingen.js';
import type { GenormaliseerdeRij, Melding } from '../types.js';

/** Where a value came from, to name the earlier row in a `persoon.dubbel` warning. */
export interface RijPlek {
  blad: string | null;
  rij: number;
}

/** Joins keys that may themselves hold '|'. */
export const SCHEIDING = '\u0001';

export interface OrganisatieInBestand {
  sleutel: string;
  naam: string;
  domein?: Domein;
  netwerk?: Netwerk;
  soort?: string;
  wijken?: string[];
  plek: RijPlek;
}

export interface PersoonInBestand {
  sleutel: string;
  naam: string;
  email?: string;
  telefoon?: string;
  /** Organisation key of the row that introduced the person (for name-within-organisation identity). */
  organisatieSleutel: string;
  /** Per kind of training, its date (null: trained, day unknown). */
  trainingen?: Map<Trainingsoort, string | null>;
  plek: RijPlek;
}

export interface LidmaatschapInBestand {
  persoonSleutel: string;
  organisatieSleutel: string;
  functie?: string;
  rollen?: Rol[];
  einde?: string;
  plek: RijPlek;
}

export interface ContactInBestand {
  organisatieSleutel: string;
  persoonSleutel: string | null;
  datum: string;
}

/**
 * The file's own view of the list, rows merged by identity (IMPORT.md, "Identity and changes"):
 * later rows win field by field, and disagreeing duplicates are reported.
 */
export class Bestandsstaat {
  readonly organisaties = new Map<string, OrganisatieInBestand>();
  readonly personen = new Map<string, PersoonInBestand>();
  readonly lidmaatschappen = new Map<string, LidmaatschapInBestand>();
  /** Meeting name key -> name as written first. */
  readonly overleggen = new Map<string, string>();
  /** Overleg, organisation and person keys joined by SCHEIDING (person empty for an organisation's participation). */
  readonly deelnames = new Set<string>();
  readonly contacten = new Map<string, ContactInBestand>();
  /** Rows merged into an earlier row of the same membership. */
  dubbel = 0;
  /** Name-within-organisation index, so a row without e-mail finds a person met earlier in the file. */
  private readonly naamBinnenOrganisatie = new Map<string, string>();
  private readonly orgSleutels = new Map<string, string>();

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
    if (this.organisaties.has(orgSleutel) || isBekendeOrganisatie(orgSleutel)) return [];
    const kolom = rij.blad.kolommen.find((k) => k.veld === 'domein')?.kop ?? 'Domein';
    const plek = { blad: rij.blad.naam, rij: rij.rij, kolom };
    return [
      maakMelding(plek, '', 'domein.onbekend', `De organisatie "${rij.organisatie.naam}" is nieuw; vul het domein in.`),
    ];
  }

  /** Adds an accepted row (one without a `fout`, after `controleer`). Returns the issues this row adds. */
  voegToe(rij: GenormaliseerdeRij): Melding[] {
    const plek: RijPlek = { blad: rij.blad.naam, rij: rij.rij };
    const orgSleutel = this.organisatieSleutel(rij.organisatie.naam);
    this.voegOrganisatieToe(orgSleutel, rij, plek);
    const meldingen: Melding[] = [];
    const persoonSleutel = rij.persoon ? this.voegPersoonToe(orgSleutel, rij, plek, meldingen) : null;
    for (const naam of rij.overleggen ?? []) {
      const sleutel = naamSleutel(naam);
      if (!this.overleggen.has(sleutel)) this.overleggen.set(sleutel, eigen(naam));
      this.deelnames.add([sleutel, orgSleutel, ''].join(SCHEIDING));
      if (persoonSleutel) this.deelnames.add([sleutel, orgSleutel, persoonSleutel].join(SCHEIDING));
    }
    if (rij.laatsteContact) {
      const sleutel = `${orgSleutel}|${persoonSleutel ?? ''}|${rij.laatsteContact}`;
      this.contacten.set(sleutel, { organisatieSleutel: orgSleutel, persoonSleutel, datum: rij.laatsteContact });
    }
    return meldingen;
  }

  /** naamSleutel of an organisation's name, remembered: a sheet repeats it on every member's row. */
  private organisatieSleutel(naam: string): string {
    let sleutel = this.orgSleutels.get(naam);
    if (sleutel === undefined) {
      sleutel = naamSleutel(naam);
      if (this.orgSleutels.size >= 10_000) this.orgSleutels.clear();
      this.orgSleutels.set(naam, sleutel);
    }
    return sleutel;
  }

  private voegOrganisatieToe(sleutel: string, rij: GenormaliseerdeRij, plek: RijPlek): void {
    const bestaand = this.organisaties.get(sleutel);
    const o = rij.organisatie;
    if (!bestaand) {
      this.organisaties.set(sleutel, {
        sleutel,
        ...o,
        naam: eigen(o.naam),
        ...(o.soort !== undefined ? { soort: eigen(o.soort) } : {}),
        plek,
      });
      return;
    }
    bestaand.naam = eigen(o.naam);
    if (o.domein !== undefined) bestaand.domein = o.domein;
    if (o.netwerk !== undefined) bestaand.netwerk = o.netwerk;
    if (o.soort !== undefined) bestaand.soort = eigen(o.soort);
    // Each row names the districts it knows of: the organisation works in all of them together.
    if (o.wijken !== undefined) bestaand.wijken = vereniging(bestaand.wijken ?? [], o.wijken);
  }

  private voegPersoonToe(orgSleutel: string, rij: GenormaliseerdeRij, plek: RijPlek, meldingen: Melding[]): string {
    const p = rij.persoon!;
    const naamIndex = `${orgSleutel}|${naamSleutel(p.naam)}`;
    const sleutel = p.email ? `email:${p.email}` : (this.naamBinnenOrganisatie.get(naamIndex) ?? `naam:${naamIndex}`);
    if (!this.naamBinnenOrganisatie.has(naamIndex)) this.naamBinnenOrganisatie.set(naamIndex, sleutel);

    const lidSleutel = `${sleutel}|${orgSleutel}`;
    const eerder = this.lidmaatschappen.get(lidSleutel);
    const persoon = this.personen.get(sleutel);
    const nieuweWaarden: Array<[string, unknown, unknown, string]> = [];

    if (!persoon) {
      this.personen.set(sleutel, {
        sleutel,
        naam: eigen(p.naam),
        ...(p.email ? { email: eigen(p.email) } : {}),
        ...(p.telefoon ? { telefoon: p.telefoon } : {}),
        organisatieSleutel: orgSleutel,
        ...(rij.getraind ? { trainingen: new Map([[rij.getraind.soort ?? 'basistraining', rij.getraind.datum]]) } : {}),
        plek,
      });
    } else {
      zet(persoon, 'naam', eigen(p.naam), nieuweWaarden);
      if (p.telefoon !== undefined) zet(persoon, 'telefoon', p.telefoon, nieuweWaarden);
      if (p.email !== undefined && persoon.email === undefined) persoon.email = eigen(p.email);
      if (rij.getraind) {
        // Each kind of training is its own fact: a terugkomdag does not overwrite the basistraining.
        const soort = rij.getraind.soort ?? 'basistraining';
        const trainingen = persoon.trainingen ?? new Map<Trainingsoort, string | null>();
        persoon.trainingen = trainingen;
        const bekend = trainingen.has(soort);
        const voor = trainingen.get(soort);
        if (bekend && voor !== rij.getraind.datum && rij.getraind.datum !== null) {
          nieuweWaarden.push(['getraind', voor, rij.getraind.datum, 'getraind']);
        }
        if (!bekend || rij.getraind.datum !== null) trainingen.set(soort, rij.getraind.datum);
      }
    }

    if (!eerder) {
      this.lidmaatschappen.set(lidSleutel, {
        persoonSleutel: sleutel,
        organisatieSleutel: orgSleutel,
        ...rij.lidmaatschap,
        ...(rij.lidmaatschap?.functie !== undefined ? { functie: eigen(rij.lidmaatschap.functie) } : {}),
        plek,
      });
    } else {
      this.dubbel++;
      const l = rij.lidmaatschap;
      if (l?.functie !== undefined) {
        if (eerder.functie !== undefined && eerder.functie !== l.functie) {
          nieuweWaarden.push(['functie', eerder.functie, l.functie, 'functie']);
        }
        eerder.functie = eigen(l.functie);
      }
      if (l?.rollen !== undefined) {
        if (eerder.rollen !== undefined && eerder.rollen.join(',') !== l.rollen.join(',')) {
          nieuweWaarden.push(['rollen', eerder.rollen.join(', '), l.rollen.join(', '), 'rollen']);
        }
        eerder.rollen = l.rollen;
      }
      if (l?.einde !== undefined) eerder.einde = l.einde;
    }

    const vorige = eerder?.plek ?? persoon?.plek;
    for (const [veld, voor, na] of nieuweWaarden) {
      const kolom = rij.blad.kolommen.find((k) => k.veld === veld)?.kop ?? veld;
      meldingen.push(
        maakMelding(
          { blad: rij.blad.naam, rij: rij.rij, kolom },
          String(na ?? ''),
          'persoon.dubbel',
          `${p.naam} staat ook in ${beschrijfPlek(vorige!)} met ${veld} "${String(voor ?? '')}"; deze rij wint.`,
        ),
      );
    }
    return sleutel;
  }
}

function zet(
  persoon: PersoonInBestand,
  veld: 'naam' | 'telefoon',
  waarde: string,
  verschillen: Array<[string, unknown, unknown, string]>,
): void {
  const voor = persoon[veld];
  if (voor !== undefined && voor !== waarde) verschillen.push([veld, voor, waarde, veld]);
  persoon[veld] = waarde;
}

/**
 * The text as a string of its own. A cell's text is a slice of the parser's chunk of the file, and
 * keeps that whole chunk alive (as UTF-16 when it holds one non-Latin-1 character); the merged list
 * keeps every name until the import is done, and so, without this, the whole file.
 */
function eigen(tekst: string): string {
  return tekst.length < 13 ? tekst : ` ${tekst}`.slice(1);
}

/** The districts of `a` followed by those of `b` that `a` lacks. */
export function vereniging(a: readonly string[], b: readonly string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

export function beschrijfPlek(plek: RijPlek): string {
  return plek.blad === null ? `rij ${plek.rij}` : `blad "${plek.blad}" rij ${plek.rij}`;
}
