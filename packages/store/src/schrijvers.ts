/** Writing any kind of entity through that kind's own upsert (a revert restores fields this way). */
import type { Ctx } from './_context.js';
import { type Entiteit, soortVan, type WaardeVan } from './_soorten.js';
import { upsertContactmoment } from './contactmomenten.js';
import { upsertDeelname } from './deelnames.js';
import { upsertLidmaatschap } from './lidmaatschappen.js';
import { upsertOrganisatie } from './organisaties.js';
import { upsertOverleg } from './overleggen.js';
import { upsertPersoon } from './personen.js';
import { upsertRelatie } from './relaties.js';
import { upsertSegment } from './segmenten.js';
import { upsertTraining } from './trainingen.js';
import type { Bron, Wijziging } from './types.js';

type Schrijver<K extends Entiteit> = (ctx: Ctx, waarde: WaardeVan<K>, bron: Bron) => Promise<Wijziging[]>;

// Each kind's writer (with its own checks and search-index upkeep): a kind without one does not compile.
const SCHRIJVER: { [K in Entiteit]: Schrijver<K> } = {
  organisatie: upsertOrganisatie,
  persoon: upsertPersoon,
  lidmaatschap: upsertLidmaatschap,
  overleg: upsertOverleg,
  deelname: upsertDeelname,
  contactmoment: upsertContactmoment,
  training: upsertTraining,
  relatie: upsertRelatie,
  segment: upsertSegment,
};

/**
 * Adds or updates an entity of any kind, exactly as that kind's own upsert (`upsertPersoon`, …) does,
 * validation included. For callers that hold the kind as data, such as a revert restoring a field.
 */
export function upsertEntiteit<K extends Entiteit>(
  ctx: Ctx,
  entiteit: K,
  waarde: WaardeVan<K>,
  bron: Bron,
): Promise<Wijziging[]> {
  soortVan(entiteit);
  const schrijver: Schrijver<K> = SCHRIJVER[entiteit];
  return schrijver(ctx, waarde, bron);
}
