import { type Momentopname, TRAININGSOORTEN, type Training } from '@netwerkregie/domain';

/** `2016-02-03` -> `03-02-2016` (IMPORT.md: dates as dd-mm-jjjj). */
export function alsNederlandseDatum(iso: string): string {
  const [jaar, maand, dag] = iso.split('-');
  return `${dag}-${maand}-${jaar}`;
}

/**
 * The current list in the sheet layout of IMPORT.md, one row per membership and an
 * organisation-only row where the organisation has no persons, or takes part in a meeting or
 * had a contact moment that no person row carries; so an export re-imports as all unchanged.
 * Columns in the order of `EXPORT_KOPPEN`.
 */
export function* buildExportRijen(m: Momentopname): Generator<string[]> {
  const persoonOpId = new Map(m.personen.map((p) => [p.id, p]));
  const overlegNaam = new Map(m.overleggen.map((o) => [o.id, o.naam]));
  const overleggenVanOrg = groepeer(
    m.deelnames.filter((d) => d.organisatieId),
    (d) => d.organisatieId!,
  );
  const overleggenVanPersoon = groepeer(
    m.deelnames.filter((d) => d.persoonId),
    (d) => d.persoonId!,
  );
  // A person's trainings, basistraining first. Every membership row carries the first; each further
  // kind gets a copy of the person's first row, which the import merges back (one training per kind).
  const trainingen = groepeer(m.trainingen, (t) => t.persoonId);
  for (const lijst of trainingen.values()) {
    lijst.sort((a, b) => TRAININGSOORTEN.indexOf(a.soort) - TRAININGSOORTEN.indexOf(b.soort));
  }
  const metExtraTrainingen = new Set<string>();
  const laatsteContact = new Map<string, string>();
  for (const c of m.contactmomenten) {
    const sleutel = `${c.organisatieId}|${c.persoonId ?? ''}`;
    if ((laatsteContact.get(sleutel) ?? '') < c.datum) laatsteContact.set(sleutel, c.datum);
  }
  const ledenVanOrg = groepeer(m.lidmaatschappen, (l) => l.organisatieId);
  const organisaties = [...m.organisaties].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

  for (const o of organisaties) {
    const orgCellen = [o.naam, o.domein, o.netwerk, o.soort ?? '', o.wijken.join(', ')];
    const orgOverleggen = new Set((overleggenVanOrg.get(o.id) ?? []).map((d) => d.overlegId));
    const gedekt = new Set<string>();
    const leden = (ledenVanOrg.get(o.id) ?? [])
      .map((l) => ({ l, p: persoonOpId.get(l.persoonId)! }))
      .sort((a, b) => a.p.naam.localeCompare(b.p.naam, 'nl'));
    for (const { l, p } of leden) {
      const overleggen = (overleggenVanPersoon.get(p.id) ?? [])
        .map((d) => d.overlegId)
        .filter((id) => orgOverleggen.has(id));
      for (const id of overleggen) gedekt.add(id);
      const [eerste, ...verder] = trainingen.get(p.id) ?? [];
      const rij = (t: Training | undefined) => [
        ...orgCellen,
        p.naam,
        l.functie ?? '',
        l.rollen.join(', '),
        p.email ?? '',
        p.telefoon ?? '',
        ...trainingCellen(t),
        namen(overleggen, overlegNaam),
        datumOfLeeg(laatsteContact.get(`${o.id}|${p.id}`)),
      ];
      yield rij(eerste);
      if (!metExtraTrainingen.has(p.id)) {
        metExtraTrainingen.add(p.id);
        for (const t of verder) yield rij(t);
      }
    }
    const resterend = [...orgOverleggen].filter((id) => !gedekt.has(id));
    const orgContact = laatsteContact.get(`${o.id}|`);
    if (leden.length === 0 || resterend.length > 0 || orgContact) {
      yield [...orgCellen, '', '', '', '', '', '', '', namen(resterend, overlegNaam), datumOfLeeg(orgContact)];
    }
  }
}

/** Getraind (the date, or "ja" when the day is unknown) and Soort training. */
function trainingCellen(t: Training | undefined): [string, string] {
  if (!t) return ['', ''];
  return [t.datum ? alsNederlandseDatum(t.datum) : 'ja', t.soort];
}

function namen(ids: string[], overlegNaam: Map<string, string>): string {
  return ids
    .map((id) => overlegNaam.get(id)!)
    .sort((a, b) => a.localeCompare(b, 'nl'))
    .join('; ');
}

function datumOfLeeg(iso: string | undefined): string {
  return iso ? alsNederlandseDatum(iso) : '';
}

function groepeer<T>(lijst: T[], sleutel: (t: T) => string): Map<string, T[]> {
  const uit = new Map<string, T[]>();
  for (const x of lijst) {
    const k = sleutel(x);
    const groep = uit.get(k);
    if (groep) groep.push(x);
    else uit.set(k, [x]);
  }
  return uit;
}
