/** Rows to domain objects and back. Lists are JSON text; the columns were validated on the way in. */
import {
  type Aanleiding,
  type Contactmoment,
  type Deelname,
  type Domein,
  type Entiteitsoort,
  type Initiatief,
  type Kanaal,
  type Lidmaatschap,
  type Netwerk,
  naamSleutel,
  type Organisatie,
  type Overleg,
  type Persoon,
  type Relatie,
  type Rol,
  type Segment,
  type Training,
  type Trainingsoort,
} from '@netwerkregie/domain';
import type { Rij } from './_tabellen.js';

/** JSON text of a value; null stays SQL NULL. */
export function naarJson(waarde: unknown): string | null {
  return waarde === null || waarde === undefined ? null : JSON.stringify(waarde);
}
export function uitJson(tekst: string | null): unknown {
  return tekst === null ? null : JSON.parse(tekst);
}

/** The stored columns of each entity table, in the order the row mappers below fill them. */
export const KOLOMMEN = {
  organisaties: ['id', 'naam', 'naam_sleutel', 'domein', 'netwerk', 'soort', 'wijken'],
  personen: ['id', 'naam', 'naam_sleutel', 'email', 'telefoon'],
  lidmaatschappen: ['id', 'persoon_id', 'organisatie_id', 'functie', 'rollen', 'begin', 'einde'],
  overleggen: ['id', 'naam', 'naam_sleutel', 'soort'],
  deelnames: ['id', 'overleg_id', 'organisatie_id', 'persoon_id'],
  relaties: ['id', 'entiteit', 'van', 'naar', 'soort'],
  contactmomenten: ['id', 'organisatie_id', 'persoon_id', 'datum', 'kanaal', 'aanleiding', 'initiatief'],
  trainingen: ['id', 'persoon_id', 'soort', 'datum'],
  segmenten: ['id', 'naam', 'omschrijving', 'domeinen', 'wijken', 'rollen', 'overleggen', 'netwerk'],
} as const;

export const organisatieUit = (r: Rij<'organisaties'>): Organisatie => ({
  id: r.id,
  naam: r.naam,
  domein: r.domein as Domein,
  netwerk: r.netwerk as Netwerk,
  soort: r.soort,
  wijken: JSON.parse(r.wijken) as string[],
});
export const organisatieIn = (o: Organisatie): Rij<'organisaties'> => ({
  id: o.id,
  naam: o.naam,
  naam_sleutel: naamSleutel(o.naam),
  domein: o.domein,
  netwerk: o.netwerk,
  soort: o.soort,
  wijken: JSON.stringify(o.wijken),
});

export const persoonUit = (r: Pick<Rij<'personen'>, 'id' | 'naam' | 'email' | 'telefoon'>): Persoon => ({
  id: r.id,
  naam: r.naam,
  email: r.email,
  telefoon: r.telefoon,
});
export const persoonIn = (p: Persoon): Omit<Rij<'personen'>, 'nr' | 'formeel'> => ({
  id: p.id,
  naam: p.naam,
  naam_sleutel: naamSleutel(p.naam),
  email: p.email,
  telefoon: p.telefoon,
});

export const lidmaatschapUit = (r: Rij<'lidmaatschappen'>): Lidmaatschap => ({
  id: r.id,
  persoonId: r.persoon_id,
  organisatieId: r.organisatie_id,
  functie: r.functie,
  rollen: JSON.parse(r.rollen) as Rol[],
  begin: r.begin,
  einde: r.einde,
});
export const lidmaatschapIn = (l: Lidmaatschap): Rij<'lidmaatschappen'> => ({
  id: l.id,
  persoon_id: l.persoonId,
  organisatie_id: l.organisatieId,
  functie: l.functie,
  rollen: JSON.stringify(l.rollen),
  begin: l.begin,
  einde: l.einde,
});

export const overlegUit = (r: Rij<'overleggen'>): Overleg => ({ id: r.id, naam: r.naam, soort: r.soort });
export const overlegIn = (o: Overleg): Rij<'overleggen'> => ({
  id: o.id,
  naam: o.naam,
  naam_sleutel: naamSleutel(o.naam),
  soort: o.soort,
});

export const deelnameUit = (r: Rij<'deelnames'>): Deelname => ({
  id: r.id,
  overlegId: r.overleg_id,
  organisatieId: r.organisatie_id,
  persoonId: r.persoon_id,
});
export const deelnameIn = (d: Deelname): Rij<'deelnames'> => ({
  id: d.id,
  overleg_id: d.overlegId,
  organisatie_id: d.organisatieId,
  persoon_id: d.persoonId,
});

export const relatieUit = (r: Rij<'relaties'>): Relatie => ({
  id: r.id,
  entiteit: r.entiteit as Entiteitsoort,
  van: r.van,
  naar: r.naar,
  soort: r.soort,
});
export const relatieIn = (r: Relatie): Rij<'relaties'> => ({
  id: r.id,
  entiteit: r.entiteit,
  van: r.van,
  naar: r.naar,
  soort: r.soort,
});

export const contactmomentUit = (r: Rij<'contactmomenten'>): Contactmoment => ({
  id: r.id,
  organisatieId: r.organisatie_id,
  persoonId: r.persoon_id,
  datum: r.datum,
  kanaal: r.kanaal as Kanaal,
  aanleiding: r.aanleiding as Aanleiding,
  initiatief: r.initiatief as Initiatief,
});
export const contactmomentIn = (c: Contactmoment): Rij<'contactmomenten'> => ({
  id: c.id,
  organisatie_id: c.organisatieId,
  persoon_id: c.persoonId,
  datum: c.datum,
  kanaal: c.kanaal,
  aanleiding: c.aanleiding,
  initiatief: c.initiatief,
});

export const segmentUit = (r: Rij<'segmenten'>): Segment => ({
  id: r.id,
  naam: r.naam,
  omschrijving: r.omschrijving,
  domeinen: JSON.parse(r.domeinen) as Domein[],
  wijken: JSON.parse(r.wijken) as string[],
  rollen: JSON.parse(r.rollen) as Rol[],
  overleggen: JSON.parse(r.overleggen) as string[],
  netwerk: r.netwerk as Netwerk | null,
});
export const segmentIn = (s: Segment): Rij<'segmenten'> => ({
  id: s.id,
  naam: s.naam,
  omschrijving: s.omschrijving,
  domeinen: JSON.stringify(s.domeinen),
  wijken: JSON.stringify(s.wijken),
  rollen: JSON.stringify(s.rollen),
  overleggen: JSON.stringify(s.overleggen),
  netwerk: s.netwerk,
});

export const trainingUit = (r: Rij<'trainingen'>): Training => ({
  id: r.id,
  persoonId: r.persoon_id,
  soort: r.soort as Trainingsoort,
  datum: r.datum,
});
export const trainingIn = (t: Training): Rij<'trainingen'> => ({
  id: t.id,
  persoon_id: t.persoonId,
  soort: t.soort,
  datum: t.datum,
});
