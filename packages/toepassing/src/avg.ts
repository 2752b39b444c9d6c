/** AVG: inzage (art. 15, everything held about a person) and erasure (art. 17). */
import type { Gemeente } from '@netwerkregie/domain';
import { type Bron, type Entiteit, type Lijst, MAX_LIMIET, type Store } from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';

/** Every page of a list, not the first 1,000 rows: an inzage must be complete. */
async function alles<T>(lees: (pagina: { offset: number; limiet: number }) => Promise<Lijst<T>>): Promise<T[]> {
  const uit: T[] = [];
  for (;;) {
    const { items, totaal } = await lees({ offset: uit.length, limiet: MAX_LIMIET });
    uit.push(...items);
    if (items.length === 0 || uit.length >= totaal) return uit;
  }
}

/**
 * Everything held about a person: the person with memberships, trainings, contact moments,
 * deelnames, relations, history, every audit row and the processing activities those fall under.
 * Throws ToepassingFout `persoon.onbekend` when there is no such person.
 */
export async function inzage(store: Store, gemeente: Gemeente, id: string) {
  const persoon = await store.persoonKaart(id);
  if (!persoon) throw new ToepassingFout('persoon.onbekend', 'Deze persoon bestaat niet.');
  const [trainingen, contactmomenten, momentopname, audit] = await Promise.all([
    alles((p) => store.listTrainingen({ persoonId: id }, p)),
    alles((p) => store.listContactmomenten({ persoonId: id }, p)),
    store.momentopname(gemeente),
    alles((p) => store.listAudit({ betrokkene: id }, p)),
  ]);
  const overlegNaam = new Map(momentopname.overleggen.map((o) => [o.id, o.naam]));
  const deelnames = momentopname.deelnames
    .filter((d) => d.persoonId === id)
    .map((d) => ({ ...d, overlegNaam: overlegNaam.get(d.overlegId) ?? null }));
  const relaties = momentopname.relaties.filter((r) => r.entiteit === 'persoon' && (r.van === id || r.naar === id));
  const over: Array<[Entiteit, string]> = [
    ['persoon', id],
    ...persoon.lidmaatschappen.map((l): [Entiteit, string] => ['lidmaatschap', l.id]),
    ...trainingen.map((t): [Entiteit, string] => ['training', t.id]),
    ...contactmomenten.map((m): [Entiteit, string] => ['contactmoment', m.id]),
    ...deelnames.map((d): [Entiteit, string] => ['deelname', d.id]),
    ...relaties.map((r): [Entiteit, string] => ['relatie', r.id]),
  ];
  const historie = (await Promise.all(over.map(([entiteit, entiteitId]) => store.historie({ entiteit, entiteitId }))))
    .flat()
    .sort((a, b) => a.id - b.id);
  return {
    persoon,
    trainingen,
    contactmomenten,
    deelnames,
    relaties,
    historie,
    audit,
    verwerkingsactiviteiten: Object.values(gemeente.verwerkingsactiviteiten).filter((v) =>
      audit.some((a) => a.verwerking === v.id),
    ),
  };
}

export type Inzage = Awaited<ReturnType<typeof inzage>>;

/**
 * Erases a person (the store writes its own audit row, actie wissen). Throws ToepassingFout
 * `persoon.onbekend` when there is no such person.
 */
export async function erasePersoon(store: Store, id: string, bron: Bron & { doel: string }): Promise<void> {
  if (!(await store.erasePersoon(id, bron))) throw new ToepassingFout('persoon.onbekend', 'Deze persoon bestaat niet.');
}

/** The day `maanden` months before `peildatum` (ISO), clamped to the month's last day. */
export function grensdatum(peildatum: string, maanden: number): string {
  const [jaar, maand, dag] = peildatum.split('-').map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(jaar, maand - 1 - maanden, 1));
  const laatsteDag = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(dag, laatsteDag));
  return doel.toISOString().slice(0, 10);
}

/**
 * Storage limitation (AVG art. 5): erases every person whose memberships all ended before the
 * gemeente's retention period, counted back from `peildatum`. With `proefrun` it only counts.
 */
export async function eraseAfterBewaartermijn(
  store: Store,
  gemeente: Gemeente,
  opties: { peildatum: string; proefrun: boolean; actor: string },
): Promise<{ grens: string; aantal: number }> {
  const grens = grensdatum(opties.peildatum, gemeente.bewaartermijnMaanden);
  const ids = await store.personenZonderActiefLidmaatschapSinds(grens);
  if (!opties.proefrun) {
    const doel = `bewaartermijn van ${gemeente.bewaartermijnMaanden} maanden verstreken`;
    for (const id of ids) await store.erasePersoon(id, { actor: opties.actor, doel });
  }
  return { grens, aantal: ids.length };
}
