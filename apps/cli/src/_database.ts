/**
 * Where a gemeente's store lives: the rule is packages/toepassing's (database.ts); here its
 * refusals become usage errors (exit 2).
 */
import * as toepassing from '@netwerkregie/toepassing';
import { alsGebruikFout } from './_fouten.js';

export { describeLocatie, type Locatie, openOpties } from '@netwerkregie/toepassing';

export function locatieVan(slug: string, db: string | undefined, env = process.env): toepassing.Locatie {
  try {
    return toepassing.locatieVan(slug, db, env);
  } catch (fout) {
    throw alsGebruikFout(fout);
  }
}
