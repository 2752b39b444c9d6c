/** The import package's errors as HTTP problems, in this one place. */
import { importPakket } from '../_pakketten.js';
import { Probleem } from '../probleem/index.js';

const TERUGDRAAI_STATUS = {
  'import.onbekend': 404,
  'import.niet-toegepast': 409,
  'import.al-teruggedraaid': 409,
} as const;

/** Rethrows as a Probleem what the import package throws on purpose; anything else stays an internal error. */
export async function importFout(fout: unknown): Promise<never> {
  const { BestandsFout, TerugdraaiFout } = await importPakket();
  if (fout instanceof BestandsFout) throw new Probleem(400, fout.melding, { code: fout.code });
  if (fout instanceof TerugdraaiFout)
    throw new Probleem(TERUGDRAAI_STATUS[fout.code], fout.message, { code: fout.code });
  throw fout;
}
