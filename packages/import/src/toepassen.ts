import type { Entiteit, EntiteitWaarde, Store } from '@netwerkregie/store';
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
export async function importSheet(store: Store, opties: ImportOpties): Promise<ImportSamenvatting> {
  if (opties.proefrun) return (await planImport(store, opties)).samenvatting;
  return store.transaction(async (tx) => {
    const plan = await planImport(tx, opties);
    if (opties.strikt && plan.samenvatting.afgewezen > 0) return plan.samenvatting;
    return applyPlan(tx, plan, opties.actor);
  });
}

/** New entities per voegToeInBulk call. */
const BULK = 5000;

/** Writes a plan's operations with history rows under the import's id, and the import record. */
export async function applyPlan(store: Store, plan: ImportPlan, actor: string): Promise<ImportSamenvatting> {
  const bron = { actor, importId: plan.samenvatting.id };
  const o = plan.operaties;
  const nieuw = o.nieuw ?? new Set<object>();
  // In the plan's order: runs of new entities in bulk, updates one by one (so history ids keep that order).
  const schrijf = async <E extends EntiteitWaarde>(
    entiteit: Entiteit,
    lijst: readonly E[],
    upsert: (x: E) => Promise<unknown>,
  ) => {
    let reeks: E[] = [];
    const spoel = async () => {
      if (reeks.length > 0) await store.insertBulk(entiteit, reeks, bron);
      reeks = [];
    };
    for (const x of lijst) {
      if (nieuw.has(x)) {
        reeks.push(x);
        if (reeks.length >= BULK) await spoel();
      } else {
        await spoel();
        await upsert(x);
      }
    }
    await spoel();
  };
  await schrijf('organisatie', o.organisaties, (x) => store.upsertOrganisatie(x, bron));
  await schrijf('overleg', o.overleggen, (x) => store.upsertOverleg(x, bron));
  await schrijf('persoon', o.personen, (x) => store.upsertPersoon(x, bron));
  await schrijf('lidmaatschap', o.lidmaatschappen, (x) => store.upsertLidmaatschap(x, bron));
  await schrijf('deelname', o.deelnames, (x) => store.upsertDeelname(x, bron));
  await schrijf('training', o.trainingen, (x) => store.upsertTraining(x, bron));
  await schrijf('contactmoment', o.contactmomenten, (x) => store.upsertContactmoment(x, bron));
  const samenvatting = { ...plan.samenvatting, proefrun: false, toegepast: true };
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
