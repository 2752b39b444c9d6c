/** History: one row per changed field, values as JSON text, so an import can be shown and reverted. */
import { type Ctx, nu } from './_context.js';
import { naarJson, uitJson } from './_rijen.js';
import { sjabloon } from './_sjabloon.js';
import type { Tabellen } from './_tabellen.js';
import type { Bron, Entiteit, HistorieFilter, HistorieRegel, Wijziging } from './types.js';

export function validateBron(bron: Bron): void {
  if (!bron || typeof bron.actor !== 'string' || bron.actor.trim() === '') {
    throw new TypeError('Bron zonder actor: geef aan wie of wat de wijziging veroorzaakt.');
  }
}

export async function writeHistorie(
  c: Ctx,
  entiteit: Entiteit,
  entiteitId: string,
  wijzigingen: readonly Wijziging[],
  bron: Bron,
): Promise<void> {
  const tijd = nu();
  // One compiled insert per row: an upsert changes one or a few fields, and inserts repeat a million times.
  for (const w of wijzigingen) {
    await voegRegelToe(c, {
      entiteit,
      entiteit_id: entiteitId,
      veld: w.veld,
      voor: naarJson(w.voor),
      na: naarJson(w.na),
      import_id: bron.importId ?? null,
      actor: bron.actor,
      tijd,
    });
  }
}

type Regel = Omit<Tabellen['historie'], 'id'>;
const voegRegelToe = sjabloon<Regel>(
  ['entiteit', 'entiteit_id', 'veld', 'voor', 'na', 'import_id', 'actor', 'tijd'],
  (db, r) => db.insertInto('historie').values(r),
);

export async function historie(ctx: Ctx, filter: HistorieFilter): Promise<HistorieRegel[]> {
  let q = ctx.db.selectFrom('historie').selectAll();
  if (filter.entiteit !== undefined) q = q.where('entiteit', '=', filter.entiteit);
  if (filter.entiteitId !== undefined) q = q.where('entiteit_id', '=', filter.entiteitId);
  if (filter.importId !== undefined) q = q.where('import_id', '=', filter.importId);
  if (filter.veld !== undefined) q = q.where('veld', '=', filter.veld);
  if (filter.naId !== undefined) q = q.where('id', '>', filter.naId);
  q = q.orderBy('id');
  if (filter.limiet !== undefined) q = q.limit(filter.limiet);
  const rijen = await q.execute();
  return rijen.map((r) => ({
    id: r.id,
    entiteit: r.entiteit as Entiteit,
    entiteitId: r.entiteit_id,
    veld: r.veld,
    voor: uitJson(r.voor),
    na: uitJson(r.na),
    importId: r.import_id,
    actor: r.actor,
    tijd: r.tijd,
  }));
}
