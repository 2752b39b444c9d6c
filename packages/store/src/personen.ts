import { naamSleutel, type Persoon, PersoonSchema } from '@netwerkregie/domain';
import { type Ctx, mark, write } from './_context.js';
import { persoonUit } from './_rijen.js';
import { PERSOON } from './_soorten.js';
import { upsert } from './_upsert.js';
import { validateBron } from './historie.js';
import type { Bron, Wijziging } from './types.js';

const KOLOMMEN = ['id', 'naam', 'email', 'telefoon'] as const;

/** A second person with an e-mail already in use fails on the unique index (the import should have matched them). */
export async function upsertPersoon(ctx: Ctx, invoer: Persoon, bron: Bron): Promise<Wijziging[]> {
  validateBron(bron);
  const p = PersoonSchema.parse(invoer);
  return write(ctx, async (c) => {
    const { wijzigingen, oud } = await upsert(c, PERSOON, p, bron);
    if (!oud || oud.naam !== p.naam) mark(c, p.id);
    return wijzigingen;
  });
}

export const persoon = (ctx: Ctx, id: string): Promise<Persoon | undefined> => PERSOON.read(ctx, id);

export async function persoonOpEmail(ctx: Ctx, email: string): Promise<Persoon | undefined> {
  const r = await ctx.db
    .selectFrom('personen')
    .select(KOLOMMEN)
    // Same expression as the unique index, so the index serves the lookup.
    .where((eb) => eb.fn('lower', ['email']), '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return r && persoonUit(r);
}

/** A person with this folded name who has a membership at the organisation (the import's identity rule without e-mail). */
export async function persoonOpNaam(ctx: Ctx, naam: string, organisatieId: string): Promise<Persoon | undefined> {
  const r = await ctx.db
    .selectFrom('personen as p')
    .innerJoin('lidmaatschappen as l', 'l.persoon_id', 'p.id')
    .select(['p.id', 'p.naam', 'p.email', 'p.telefoon'])
    .where('p.naam_sleutel', '=', naamSleutel(naam))
    .where('l.organisatie_id', '=', organisatieId)
    .orderBy('p.id')
    .limit(1)
    .executeTakeFirst();
  return r && persoonUit(r);
}
