/**
 * Removing one entity (revert of an addition). No cascade: an organisation, person or meeting structure
 * that others still refer to is refused, naming what refers to it, so every removal has its own history row.
 */
import type { Kysely } from 'kysely';
import { type Ctx, mark, write } from './_context.js';
import { soortVan, verwijzersNaar } from './_soorten.js';
import { validateBron, writeHistorie } from './historie.js';
import type { Bron, Entiteit, EntiteitWaarde, Verwijzing } from './types.js';

/** Any entity by kind and id (for revert). */
export function entiteit(ctx: Ctx, soort: Entiteit, id: string): Promise<EntiteitWaarde | undefined> {
  return soortVan(soort).read(ctx, id);
}

/**
 * What refers to this entity and so blocks `verwijder` (empty for kinds nothing refers to): grouped by
 * kind in descriptor order, ids ascending.
 */
export async function verwijzingenNaar(ctx: Ctx, soort: Entiteit, id: string): Promise<Verwijzing[]> {
  soortVan(soort);
  const uit: Verwijzing[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: table and columns come from the descriptors
  const los = ctx.db as Kysely<any>;
  for (const { entiteit, verwijst } of verwijzersNaar(soort)) {
    let q = los
      .selectFrom(soortVan(entiteit).tabel)
      .select('id')
      .where((eb) => eb.or(verwijst.kolommen.map((k) => eb(k, '=', id))));
    if (verwijst.soortKolom) q = q.where(verwijst.soortKolom, '=', soort);
    const rijen = await q.orderBy('id').execute();
    for (const r of rijen as Array<{ id: string }>) uit.push({ entiteit, id: r.id });
  }
  return uit;
}

/** "2 lidmaatschap(pen), 1 relatie(s)" */
function telling(verwijzingen: Verwijzing[]): string {
  const aantallen = new Map<Entiteit, number>();
  for (const v of verwijzingen) aantallen.set(v.entiteit, (aantallen.get(v.entiteit) ?? 0) + 1);
  return [...aantallen].map(([e, n]) => `${n} ${soortVan(e).meervoud}`).join(', ');
}

/** Removes one entity; refuses (throws) while other entities still refer to it. Throws when it does not exist. */
export async function deleteEntiteit(ctx: Ctx, entiteit: Entiteit, id: string, bron: Bron): Promise<void> {
  validateBron(bron);
  const soort = soortVan(entiteit);
  await write(ctx, async (c) => {
    const oud = await soort.read(c, id);
    if (!oud) throw new Error(`${soort.naam} ${id} bestaat niet.`);
    const nog = await verwijzingenNaar(c, entiteit, id);
    if (nog.length > 0) {
      throw new Error(`${soort.naam} ${id} wordt nog gebruikt door ${telling(nog)}; verwijder die eerst.`);
    }
    if (entiteit === 'persoon') await c.gedeeld.motor.deleteFromZoekindex(c.db, id);
    if (entiteit === 'lidmaatschap') mark(c, (oud as { persoonId: string }).persoonId);
    await c.db.deleteFrom(soort.tabel).where('id', '=', id).execute();
    await writeHistorie(c, entiteit, id, [{ veld: '*', voor: oud, na: null }], bron);
  });
}
