/** The import package's errors as HTTP problems, in this one place (a revert's refusals: probleem/fouten.ts). */
import { importPakket } from '../_pakketten.js';
import { Probleem } from '../probleem/index.js';

/** Rethrows as a Probleem what the import package throws on purpose; anything else stays an internal error. */
export async function importFout(fout: unknown): Promise<never> {
  const { BestandsFout } = await importPakket();
  if (fout instanceof BestandsFout) throw new Probleem(400, fout.melding, { code: fout.code });
  throw fout;
}
