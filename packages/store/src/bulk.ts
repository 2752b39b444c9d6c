/**
 * Many NEW entities of one kind at once, for imports: multi-row inserts of the rows and of their '*'
 * history rows (the same rows an upsert of a new entity writes), and the search index rebuilt once at
 * commit. The SQL comes from the query builder, compiled once per table and block size.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import { startBulkmodus } from './_bulkmodus.js';
import { type Ctx, nu, transaction } from './_context.js';
import { BESCHRIJVINGEN, soortVan } from './_soorten.js';
import { validateBron } from './historie.js';
import type { Bron, Entiteit, EntiteitWaarde } from './types.js';

/** Rows per INSERT statement: 100 x 8 parameters stays far below SQLite's limit of 32,766. */
const BLOK = 100;

type Rij = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the table is a parameter here
type Los = Kysely<any>;

interface Vast {
  query: CompiledQuery;
  /** Per parameter: [row in the block, column], or null for a constant of the query. */
  plaats: Array<readonly [number, string] | null>;
}

const HISTORIE_KOLOMMEN = ['entiteit', 'entiteit_id', 'veld', 'voor', 'na', 'import_id', 'actor', 'tijd'] as const;

/** Keys into the store's `sjablonen` (which are objects), one per table and block size. */
const SLEUTELS = new Map<string, object>();

/** A multi-row INSERT of `n` rows into `tabel`, compiled once per store (cached in `sjablonen`). */
function meerRijen(c: Ctx, tabel: string, kolommen: readonly string[], n: number): Vast {
  const naam = `${tabel}:${n}`;
  let sleutel = SLEUTELS.get(naam);
  if (!sleutel) {
    sleutel = {};
    SLEUTELS.set(naam, sleutel);
  }
  let vast = c.gedeeld.sjablonen.get(sleutel) as Vast | undefined;
  if (vast) return vast;
  const merken = new Map<string, readonly [number, string]>();
  const rijen: Rij[] = [];
  for (let i = 0; i < n; i++) {
    const rij: Rij = {};
    for (const k of kolommen) {
      const merk = `\u0000${i}\u0000${k}\u0000`;
      merken.set(merk, [i, k]);
      rij[k] = merk;
    }
    rijen.push(rij);
  }
  const query = (c.db as Los).insertInto(tabel).values(rijen).compile();
  const plaats = query.parameters.map((p) => (typeof p === 'string' ? (merken.get(p) ?? null) : null));
  if (plaats.filter((p) => p !== null).length !== n * kolommen.length) {
    throw new Error(`insertBulk: onverwachte query voor ${tabel}`);
  }
  vast = { query, plaats };
  c.gedeeld.sjablonen.set(sleutel, vast);
  return vast;
}

async function run(c: Ctx, tabel: string, kolommen: readonly string[], rijen: readonly Rij[]): Promise<void> {
  const { query, plaats } = meerRijen(c, tabel, kolommen, rijen.length);
  const parameters = plaats.map((p, i) => (p === null ? query.parameters[i] : rijen[p[0]]![p[1]]));
  await c.db.executeQuery({ ...query, parameters });
}

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
    await startBulkmodus(c);
    if (entiteit === 'persoon' && tx.bulkVanaf === null) tx.bulkVanaf = await c.gedeeld.motor.volgendPersoonNr(c.db);
    const tijd = nu();
    const importId = bron.importId ?? null;
    for (let i = 0; i < geldig.length; i += BLOK) {
      const deel = geldig.slice(i, i + BLOK);
      await run(c, soort.tabel, kolommen, deel.map(omzetten));
      await run(
        c,
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
    if (entiteit === 'persoon') {
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
