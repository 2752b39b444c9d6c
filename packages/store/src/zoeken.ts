/** Full-text search over persons: name, organisation names and functions, all words required. */
import { type Ctx, updateZoekindex } from './_context.js';
import { viaCache } from './_leescache.js';
import { personenLijst } from './personenlijst.js';
import type { Lijst, Pagina, PersoonFilter, PersoonKaart } from './types.js';

/**
 * "ruis" finds "Ruïs", "van der meulen" finds "Van der Meulen"; the last word also matches as a prefix.
 * Input without any word (only punctuation, or empty) does not narrow the list.
 */
export async function searchPersonen(
  ctx: Ctx,
  termen: string,
  filter: PersoonFilter = {},
  pagina?: Pagina,
): Promise<Lijst<PersoonKaart>> {
  // A repeated search comes from the read cache until something changes (see _leescache.ts).
  if (!ctx.tx) return viaCache(ctx, ['zoek', termen, filter, pagina], () => zoek(ctx, termen, filter, pagina));
  // Inside a transaction the index is brought up to date first, so the caller finds its own changes.
  await updateZoekindex(ctx);
  return zoek(ctx, termen, filter, pagina);
}

function zoek(ctx: Ctx, termen: string, filter: PersoonFilter, pagina?: Pagina): Promise<Lijst<PersoonKaart>> {
  // The view's own index: a formal view matches no word of the informal network.
  const { motor } = ctx.gedeeld;
  if (motor.persoonMatcht(termen, ctx.zicht) === null) return personenLijst(ctx, filter, pagina);
  return personenLijst(ctx, filter, pagina, (test) => motor.persoonMatcht(termen, ctx.zicht, test)!);
}
