/**
 * Many NEW entities of one kind at once, for imports: the rows and their '*' history rows (the same rows
 * an upsert of a new entity writes) through the engine's fastest insert (`motor.insertRijen`), and the
 * search index rebuilt once at commit. Into an empty store in bulk mode (_bulkmodus.ts).
 */
import { startBulkmodus } from './_bulkmodus.js';
import { type Ctx, nu, transaction } from './_context.js';
import { BESCHRIJVINGEN, soortVan } from './_soorten.js';
import { validateBron } from './historie.js';
import type { Bron, Entiteit, EntiteitWaarde } from './types.js';

/** Rows per call of the engine's insertRijen: its parameters stay a few MB. */
const BLOK = 1000;

const HISTORIE_KOLOMMEN = ['entiteit', 'entiteit_id', 'veld', 'voor', 'na', 'import_id', 'actor', 'tijd'] as const;

/**
 * Adds many entities of one kind that do not exist yet, at once (for imports), all or nothing: inside the
 * caller's transaction a savepoint, else a transaction of its own. Each is validated like its upsert and
 * gets exactly the history row an upsert of a new entity writes (veld '*', voor null, na the whole
 * entity); the search index is updated at commit. Throws when an id (or a unique key such as an e-mail
 * address) is taken: use the upsert for entities that may exist. Only importable kinds: not `relatie`,
 * whose ends need checking one by one. Returns how many were added.
 */
export async function insertBulk(
  ctx: Ctx,
  entiteit: Entiteit,
  items: readonly EntiteitWaarde[],
  bron: Bron,
): Promise<number> {
  validateBron(bron);
  const soort = Object.hasOwn(BESCHRIJVINGEN, entiteit) ? soortVan(entiteit) : undefined;
  if (!soort?.importeerbaar) throw new RangeError(`insertBulk kent entiteit "${entiteit}" niet.`);
  if (items.length === 0) return 0;
  const omzetten = soort.naarRij;
  const kolommen = soort.kolommen;
  const geldig = items.map((x) => soort.schema.parse(x));
  return transaction(ctx, async (c) => {
    const tx = c.tx!;
    const { motor } = c.gedeeld;
    await startBulkmodus(c);
    if (entiteit === 'persoon' && tx.bulkVanaf === null) tx.bulkVanaf = await c.gedeeld.motor.volgendPersoonNr(c.db);
    const tijd = nu();
    const importId = bron.importId ?? null;
    for (let i = 0; i < geldig.length; i += BLOK) {
      const deel = geldig.slice(i, i + BLOK);
      await motor.insertRijen(c.db, soort.tabel, kolommen, deel.map(omzetten));
      await motor.insertRijen(
        c.db,
        'historie',
        HISTORIE_KOLOMMEN,
        deel.map((e) => ({
          entiteit,
          entiteit_id: e.id,
          veld: '*',
          voor: null,
          na: JSON.stringify(e),
          import_id: importId,
          actor: bron.actor,
          tijd,
        })),
      );
    }
    // The search index: new persons (and their memberships) at commit in one range; other persons' memberships one by one.
    // In bulk mode the store held no entity, so every person is in that range: no need to remember whom (a
    // set of a million ids costs some 70 MB of heap).
    if (tx.bulk) {
      if (entiteit === 'persoon' || entiteit === 'lidmaatschap') tx.bulkNieuw = true;
    } else if (entiteit === 'persoon') {
      for (const e of geldig) tx.bulkPersonen.add(e.id);
      tx.bulkNieuw = true;
    } else if (entiteit === 'lidmaatschap') {
      for (const e of geldig) {
        const persoonId = (e as { persoonId: string }).persoonId;
        if (tx.bulkPersonen.has(persoonId)) tx.bulkNieuw = true;
        else {
          tx.vuil.add(persoonId);
          tx.nieuw.add(persoonId);
        }
      }
    }
    return geldig.length;
  });
}
