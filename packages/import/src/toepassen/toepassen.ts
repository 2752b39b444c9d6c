import type { Entiteit, Store } from '@netwerkregie/store';
import type { Schrijfwaarden, Soort } from '../plannen/operaties.js';
import type { ImportPlan, ImportSamenvatting } from '../plannen/plan.js';
import { buildPlan, type PlanOpties, planImport } from '../plannen/plannen.js';

export type ImportOpties = PlanOpties & {
  /** Who imports (a user, an API key id, `cli`): kept in history and the import record. */
  actor: string;
  /** Plan only; write nothing at all. */
  proefrun?: boolean;
  /** Apply nothing when any row is rejected. */
  strikt?: boolean;
};

/**
 * Plans and, unless it is a dry run, applies an import in one transaction: the plan is made
 * inside the transaction, so nothing can change the store between plan and write, and a failure
 * anywhere leaves the store as it was.
 */
export async function importSheet(store: Store, opties: ImportOpties): Promise<ImportSamenvatting> {
  // A dry run shows the summary only: its writes are not even spooled.
  if (opties.proefrun) return (await buildPlan(store, opties)).samenvatting;
  return store.transaction(async (tx) => {
    const plan = await planImport(tx, opties);
    try {
      if (opties.strikt && plan.samenvatting.afgewezen > 0) return plan.samenvatting;
      return await applyPlan(tx, plan, opties.actor);
    } finally {
      plan.operaties.close();
    }
  });
}

/**
 * Writes a plan's operations with history rows under the import's id, and the import record. The
 * writes are read back a few thousand at a time, all inside the caller's transaction; the plan's
 * scratch database is closed afterwards (also on failure), so a plan is applied once.
 */
export async function applyPlan(store: Store, plan: ImportPlan, actor: string): Promise<ImportSamenvatting> {
  const bron = { actor, importId: plan.samenvatting.id };
  const o = plan.operaties;
  // In the plan's order: runs of new entities in bulk, updates one by one (so history ids keep that order).
  const schrijf = async <S extends Soort>(
    soort: S,
    entiteit: Entiteit,
    upsert: (x: Schrijfwaarden[S]) => Promise<unknown>,
  ) => {
    for (const stuk of o.chunks(soort)) {
      if (stuk.nieuw) await store.insertBulk(entiteit, stuk.waarden, bron);
      else for (const x of stuk.waarden) await upsert(x);
    }
  };
  const samenvatting = { ...plan.samenvatting, proefrun: false, toegepast: true };
  try {
    await schrijf('organisaties', 'organisatie', (x) => store.upsertOrganisatie(x, bron));
    await schrijf('overleggen', 'overleg', (x) => store.upsertOverleg(x, bron));
    await schrijf('personen', 'persoon', (x) => store.upsertPersoon(x, bron));
    await schrijf('lidmaatschappen', 'lidmaatschap', (x) => store.upsertLidmaatschap(x, bron));
    await schrijf('deelnames', 'deelname', (x) => store.upsertDeelname(x, bron));
    await schrijf('trainingen', 'training', (x) => store.upsertTraining(x, bron));
    await schrijf('contactmomenten', 'contactmoment', (x) => store.upsertContactmoment(x, bron));
    // A trusted source named these organisations: their data counts as confirmed today (a revert
    // takes it back). Read from the spool a few thousand at a time, as the writes are.
    for (const ids of o.organisatieIdStukken()) {
      await store.confirmOrganisaties(ids, { bron: `import:${samenvatting.id}`, importId: samenvatting.id });
    }
  } finally {
    o.close();
  }
  const nu = new Date().toISOString();
  await store.saveImport({
    id: samenvatting.id,
    bestand: samenvatting.bestand,
    sha256: samenvatting.sha256,
    actor,
    modus: samenvatting.modus,
    status: 'toegepast',
    samenvatting,
    tijd: nu,
    toegepastOp: nu,
    teruggedraaidOp: null,
  });
  return samenvatting;
}
