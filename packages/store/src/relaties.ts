import { type Relatie, RelatieSchema } from '@netwerkregie/domain';
import { type Ctx, write } from './_context.js';
import { RELATIE } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import type { Bron, Wijziging } from './types.js';

/** van and naar must exist: the table has no foreign key because they point at persons or organisations. */
export async function upsertRelatie(ctx: Ctx, invoer: Relatie, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const r = RelatieSchema.parse(invoer);
  return write(ctx, async (c) => {
    const tabel = r.entiteit === 'persoon' ? 'personen' : 'organisaties';
    const gevonden = await c.db.selectFrom(tabel).select('id').where('id', 'in', [r.van, r.naar]).execute();
    if (gevonden.length !== 2) {
      const ontbreekt = [r.van, r.naar].filter((id) => !gevonden.some((g) => g.id === id));
      throw new Error(`Relatie ${r.id}: ${r.entiteit} ${ontbreekt.join(' en ')} bestaat niet.`);
    }
    return (await upsert(c, RELATIE, r, bron)).wijzigingen;
  });
}

export const relatie = (ctx: Ctx, id: string): Promise<Relatie | undefined> => RELATIE.read(ctx, id);
