/**
 * Confirmation rounds: a round, one invitation per organisation, and the confirmations that date an
 * organisation's data. A token is never stored, only its SHA-256 (see `sleutelHash`); a lookup compares
 * the hashes in constant time.
 */
import { timingSafeEqual } from 'node:crypto';
import { type Ctx, write } from './_context.js';
import { validateDatum, vandaag } from './_datum.js';
import type { Rij } from './_tabellen.js';
import type {
  OrganisatieBevestiging,
  RondeRecord,
  UitnodigingMoment,
  UitnodigingRecord,
  UitnodigingStatus,
} from './types.js';

const HASH = /^[0-9a-f]{64}$/;

function controleerHash(hash: string): void {
  // Refuse anything that is not a hash, so a plain token can never be stored by mistake.
  if (!HASH.test(hash)) throw new TypeError('Uitnodiging: tokenhash moet een SHA-256 in 64 hexadecimale tekens zijn.');
}

/** Stores a round with its invitations, in one transaction. */
export async function saveRonde(
  ctx: Ctx,
  ronde: RondeRecord,
  uitnodigingen: ReadonlyArray<Pick<UitnodigingRecord, 'id' | 'organisatieId' | 'tokenHash' | 'verloopt'>>,
): Promise<void> {
  validateDatum(ronde.geldigTot, 'geldigTot');
  for (const u of uitnodigingen) {
    controleerHash(u.tokenHash);
    validateDatum(u.verloopt, 'verloopt');
  }
  await write(ctx, async (c) => {
    await c.db
      .insertInto('rondes')
      .values({
        id: ronde.id,
        gestart: ronde.gestart,
        actor: ronde.actor,
        geldig_tot: ronde.geldigTot,
        selectie: JSON.stringify(ronde.selectie),
      })
      .execute();
    for (let i = 0; i < uitnodigingen.length; i += 500) {
      await c.db
        .insertInto('uitnodigingen')
        .values(
          uitnodigingen.slice(i, i + 500).map((u) => ({
            id: u.id,
            ronde_id: ronde.id,
            organisatie_id: u.organisatieId,
            token_hash: u.tokenHash,
            verloopt: u.verloopt,
          })),
        )
        .execute();
    }
  });
}

const rondeUit = (r: Rij<'rondes'>): RondeRecord => ({
  id: r.id,
  gestart: r.gestart,
  actor: r.actor,
  geldigTot: r.geldig_tot,
  selectie: JSON.parse(r.selectie) as RondeRecord['selectie'],
});

const uitnodigingUit = (r: Rij<'uitnodigingen'>): UitnodigingRecord => ({
  id: r.id,
  rondeId: r.ronde_id,
  organisatieId: r.organisatie_id,
  tokenHash: r.token_hash,
  verloopt: r.verloopt,
  verzonden: r.verzonden,
  geopend: r.geopend,
  beantwoord: r.beantwoord,
  antwoord: r.antwoord as UitnodigingRecord['antwoord'],
  importId: r.import_id,
  onbestelbaar: r.onbestelbaar,
  herinnerd: r.herinnerd,
  ingetrokken: r.ingetrokken,
  afgewezen: r.afgewezen,
});

export async function ronde(ctx: Ctx, id: string): Promise<RondeRecord | undefined> {
  const r = await ctx.db.selectFrom('rondes').selectAll().where('id', '=', id).executeTakeFirst();
  return r && rondeUit(r);
}

/** Newest first. */
export async function listRondes(ctx: Ctx): Promise<RondeRecord[]> {
  const rijen = await ctx.db.selectFrom('rondes').selectAll().orderBy('gestart', 'desc').orderBy('id').execute();
  return rijen.map(rondeUit);
}

/** The invitations of a round, in the order they were made (by id). */
export async function uitnodigingenVanRonde(ctx: Ctx, rondeId: string): Promise<UitnodigingRecord[]> {
  const rijen = await ctx.db
    .selectFrom('uitnodigingen')
    .selectAll()
    .where('ronde_id', '=', rondeId)
    .orderBy('id')
    .execute();
  return rijen.map(uitnodigingUit);
}

export async function uitnodiging(ctx: Ctx, id: string): Promise<UitnodigingRecord | undefined> {
  const r = await ctx.db.selectFrom('uitnodigingen').selectAll().where('id', '=', id).executeTakeFirst();
  return r && uitnodigingUit(r);
}

/**
 * The invitation whose token has this hash (revoked and expired ones too: the caller refuses them), or
 * undefined. The row is found by the hash, then the hashes are compared in constant time.
 */
export async function uitnodigingOpHash(ctx: Ctx, hash: string): Promise<UitnodigingRecord | undefined> {
  if (!HASH.test(hash)) return undefined;
  const r = await ctx.db.selectFrom('uitnodigingen').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  if (!r) return undefined;
  const gelijk = timingSafeEqual(Buffer.from(r.token_hash, 'hex'), Buffer.from(hash, 'hex'));
  return gelijk ? uitnodigingUit(r) : undefined;
}

/** Records moments of an invitation (sent, opened, answered, ...); returns false when it does not exist. */
export async function markUitnodiging(ctx: Ctx, id: string, moment: UitnodigingMoment): Promise<boolean> {
  if (moment.tokenHash !== undefined) controleerHash(moment.tokenHash);
  if (moment.verloopt !== undefined) validateDatum(moment.verloopt, 'verloopt');
  if (moment.antwoord != null && !['bevestigd', 'gecorrigeerd'].includes(moment.antwoord)) {
    throw new RangeError(`Onbekend antwoord "${moment.antwoord}".`);
  }
  const waarden: Partial<Rij<'uitnodigingen'>> = {};
  const kolommen: Record<keyof UitnodigingMoment, keyof Rij<'uitnodigingen'>> = {
    verzonden: 'verzonden',
    geopend: 'geopend',
    beantwoord: 'beantwoord',
    antwoord: 'antwoord',
    importId: 'import_id',
    onbestelbaar: 'onbestelbaar',
    herinnerd: 'herinnerd',
    ingetrokken: 'ingetrokken',
    afgewezen: 'afgewezen',
    tokenHash: 'token_hash',
    verloopt: 'verloopt',
  };
  for (const [veld, kolom] of Object.entries(kolommen) as Array<[keyof UitnodigingMoment, string]>) {
    if (moment[veld] !== undefined) (waarden as Record<string, unknown>)[kolom] = moment[veld];
  }
  if (Object.keys(waarden).length === 0) return (await uitnodiging(ctx, id)) !== undefined;
  const r = await write(ctx, (c) =>
    c.db.updateTable('uitnodigingen').set(waarden).where('id', '=', id).executeTakeFirst(),
  );
  return Number(r.numUpdatedRows) === 1;
}

/** The invitation whose answer became this import plan, or undefined (an import that is not a partner's). */
export async function uitnodigingVanImport(ctx: Ctx, importId: string): Promise<UitnodigingRecord | undefined> {
  const r = await ctx.db.selectFrom('uitnodigingen').selectAll().where('import_id', '=', importId).executeTakeFirst();
  return r && uitnodigingUit(r);
}

/**
 * Where an invitation stands on `op` (default today): a correction the beheerder rejected is `afgewezen`,
 * else an answer wins, then revoked, bounced, expired, opened, sent; a link made but not yet sent is
 * `openstaand`.
 */
export function uitnodigingStatus(u: UitnodigingRecord, op: string = vandaag()): UitnodigingStatus {
  if (u.afgewezen) return 'afgewezen';
  if (u.antwoord) return u.antwoord;
  if (u.ingetrokken) return 'ingetrokken';
  if (u.onbestelbaar) return 'onbestelbaar';
  if (u.verloopt <= op) return 'verlopen';
  if (u.geopend) return 'geopend';
  if (u.verzonden) return 'verzonden';
  return 'openstaand';
}

/**
 * Records that these organisations' data was confirmed (or changed) by a trusted source on `datum`:
 * a partner's answer (`bron` `ronde:<id>`) or an applied import (`importId`, so a revert can take it back).
 */
export async function confirmOrganisaties(
  ctx: Ctx,
  organisatieIds: readonly string[],
  bron: { datum?: string; bron: string; importId?: string | null },
): Promise<void> {
  const datum = bron.datum === undefined ? vandaag() : validateDatum(bron.datum, 'datum');
  const ids = [...new Set(organisatieIds)];
  if (ids.length === 0) return;
  await write(ctx, async (c) => {
    for (let i = 0; i < ids.length; i += 500) {
      await c.db
        .insertInto('bevestigingen')
        .values(
          ids.slice(i, i + 500).map((id) => ({
            organisatie_id: id,
            datum,
            bron: bron.bron,
            import_id: bron.importId ?? null,
          })),
        )
        .execute();
    }
  });
}

/** Takes back the confirmations an import gave (its revert). */
export async function forgetBevestigingen(ctx: Ctx, importId: string): Promise<number> {
  const r = await write(ctx, (c) =>
    c.db.deleteFrom('bevestigingen').where('import_id', '=', importId).executeTakeFirst(),
  );
  return Number(r.numDeletedRows);
}

/**
 * Per organisation that has ever been confirmed or invited: its last confirmation and whether its latest
 * invitation is a dead link (bounced, or expired unanswered), on `op` (default today). Ordered by id.
 */
export async function bevestigingen(ctx: Ctx, op: string = vandaag()): Promise<OrganisatieBevestiging[]> {
  const [laatste, uitnodigingen] = await Promise.all([
    ctx.db
      .selectFrom('bevestigingen')
      .select(['organisatie_id'])
      .select((eb) => eb.fn.max('datum').as('datum'))
      .groupBy('organisatie_id')
      .execute(),
    ctx.db
      .selectFrom('uitnodigingen')
      .innerJoin('rondes', 'rondes.id', 'uitnodigingen.ronde_id')
      .selectAll('uitnodigingen')
      .orderBy('rondes.gestart')
      .orderBy('uitnodigingen.id')
      .execute(),
  ]);
  const uit = new Map<string, OrganisatieBevestiging>();
  for (const r of laatste) {
    uit.set(r.organisatie_id, { organisatieId: r.organisatie_id, bevestigdOp: r.datum as string, dodeLink: false });
  }
  const recentste = new Map<string, UitnodigingRecord>();
  for (const r of uitnodigingen) recentste.set(r.organisatie_id, uitnodigingUit(r));
  for (const [id, u] of recentste) {
    const status = uitnodigingStatus(u, op);
    const dood = status === 'onbestelbaar' || status === 'verlopen';
    const b = uit.get(id) ?? { organisatieId: id, bevestigdOp: null, dodeLink: false };
    uit.set(id, { ...b, dodeLink: dood });
  }
  return [...uit.values()].sort((a, b) =>
    a.organisatieId < b.organisatieId ? -1 : a.organisatieId > b.organisatieId ? 1 : 0,
  );
}
