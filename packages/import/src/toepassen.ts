import type { Store } from '@netwerkregie/store';
import type { ImportPlan, ImportSamenvatting } from './plan.js';
import { type PlanOpties, planImport } from './plannen.js';

export interface ImportOpties extends PlanOpties {
  /** Who imports (a user, an API key id, `cli`): kept in history and the import record. */
  actor: string;
  /** Plan only; write nothing at all. */
  proefrun?: boolean;
  /** Apply nothing when any row is rejected. */
  strikt?: boolean;
}

/**
 * Plans and, unless it is a dry run, applies an import in one transaction: the plan is made
 * inside the transaction, so nothing can change the store between plan and write, and a failure
 * anywhere leaves the store as it was.
 */
export async function importeer(store: Store, opties: ImportOpties): Promise<ImportSamenvatting> {
  if (opties.proefrun) return (await planImport(store, opties)).samenvatting;
  return store.transactie(async (tx) => {
    const plan = await planImport(tx, opties);
    if (opties.strikt && plan.samenvatting.afgewezen > 0) return plan.samenvatting;
    return applyPlan(tx, plan, opties.actor);
  });
}

/** Writes a plan's operations with history rows under the import's id, and the import record. */
export async function applyPlan(store: Store, plan: ImportPlan, actor: string): Promise<ImportSamenvatting> {
  const bron = { actor, importId: plan.samenvatting.id };
  const o = plan.operaties;
  for (const x of o.organisaties) await store.upsertOrganisatie(x, bron);
  for (const x of o.overleggen) await store.upsertOverleg(x, bron);
  for (const x of o.personen) await store.upsertPersoon(x, bron);
  for (const x of o.lidmaatschappen) await store.upsertLidmaatschap(x, bron);
  for (const x of o.deelnames) await store.upsertDeelname(x, bron);
  for (const x of o.trainingen) await store.upsertTraining(x, bron);
  for (const x of o.contactmomenten) await store.upsertContactmoment(x, bron);
  const samenvatting = { ...plan.samenvatting, proefrun: false, toegepast: true };
  const nu = new Date().toISOString();
  await store.bewaarImport({
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
