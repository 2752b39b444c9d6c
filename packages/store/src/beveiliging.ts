/**
 * Security events (BIO2 1.3): failed and refused authentication, with the source address and, when the
 * key was valid, its id. Never key material: not the key, its hash or a prefix. Append-only, chained.
 */
import { type Ctx, nu, write } from './_context.js';
import { beveiligingHash, kop, setKop } from './_keten.js';
import { lijst, paginate, type Sorteerbaar, count, venster } from './pagina.js';
import type { BeveiligingsGebeurtenis, BeveiligingsInvoer, Lijst, Pagina } from './types.js';

export async function beveiligingsgebeurtenis(ctx: Ctx, e: BeveiligingsInvoer): Promise<void> {
  if (!e.soort || !Number.isInteger(e.status) || !e.route) throw new TypeError('Beveiligingsgebeurtenis onvolledig.');
  await write(ctx, async (c) => {
    const vorige = await kop(c.db, 'beveiligingsgebeurtenissen');
    const inhoud = {
      soort: e.soort,
      status: e.status,
      adres: e.adres,
      actor: e.actor ?? null,
      route: e.route,
      trace_id: e.traceId ?? null,
      tijd: nu(),
    };
    const hash = beveiligingHash(vorige.hash, inhoud);
    const { id } = await c.db
      .insertInto('beveiligingsgebeurtenissen')
      .values({ ...inhoud, vorige_hash: vorige.hash, hash })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setKop(c.db, 'beveiligingsgebeurtenissen', id, hash);
  });
}

const SORTEERBAAR: Sorteerbaar = { id: ['id'], tijd: ['tijd'], soort: ['soort'], adres: ['adres'] };

/** Newest first by default. */
export async function listBeveiligingsgebeurtenissen(
  ctx: Ctx,
  pagina?: Pagina,
): Promise<Lijst<BeveiligingsGebeurtenis>> {
  const v = venster(pagina, SORTEERBAAR, '-id', 'id');
  const q = ctx.db.selectFrom('beveiligingsgebeurtenissen');
  const [rijen, totaal] = await Promise.all([paginate(q.selectAll(), v).execute(), count(q)]);
  return lijst(
    rijen.map((r) => ({
      id: r.id,
      soort: r.soort,
      status: r.status,
      adres: r.adres,
      actor: r.actor,
      route: r.route,
      traceId: r.trace_id,
      tijd: r.tijd,
    })),
    totaal,
    v,
  );
}
