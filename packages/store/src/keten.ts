/** `audit verify`: walks both chains in id order and names the first row that does not fit. */
import type { Kysely } from 'kysely';
import { type Ctx, readTogether } from './_context.js';
import {
  auditHash,
  BEGIN,
  beveiligingHash,
  geheim,
  geredigeerd,
  type KetenTabel,
  kop,
  setHash,
  tekstHash,
} from './_keten.js';
import type { Tabellen } from './_tabellen.js';
import type { KetenUitkomst } from './types.js';

const BLOK = 1000;

type Controle = (
  db: Kysely<Tabellen>,
  g: Buffer,
  vanaf: number,
  sets: Map<number, Promise<string | null>>,
) => Promise<Array<{ id: number; fout?: string; hash: string; vorige: string }>>;

/**
 * The hash of a set of data subjects as its members give it, or null when the set is gone or its stored
 * hash does not match them; each set is read once per walk (many rows refer to one).
 */
function setHashVan(db: Kysely<Tabellen>, sets: Map<number, Promise<string | null>>, id: number) {
  let bekend = sets.get(id);
  if (!bekend) {
    bekend = (async () => {
      const set = await db.selectFrom('betrokkenensets').select('hash').where('id', '=', id).executeTakeFirst();
      if (!set) return null;
      const leden = await db.selectFrom('betrokkenenset_leden').select('pseudoniem').where('set_id', '=', id).execute();
      return setHash(leden.map((l) => l.pseudoniem)) === set.hash ? set.hash : null;
    })();
    sets.set(id, bekend);
  }
  return bekend;
}

const verifyAudit: Controle = async (db, g, vanaf, sets) => {
  const rijen = await db.selectFrom('audit').selectAll().where('id', '>', vanaf).orderBy('id').limit(BLOK).execute();
  if (rijen.length === 0) return [];
  const ids = rijen.map((r) => r.id);
  const betrokken = await db
    .selectFrom('audit_betrokkenen')
    .selectAll()
    .where('audit_id', '>=', ids[0] as number)
    .where('audit_id', '<=', ids[ids.length - 1] as number)
    .execute();
  const perRegel = new Map<number, string[]>();
  for (const b of betrokken) perRegel.set(b.audit_id, [...(perRegel.get(b.audit_id) ?? []), b.pseudoniem]);
  const setHashes = new Map<number, string | null>();
  for (const r of rijen)
    if (r.betrokkenenset_id !== null) setHashes.set(r.id, await setHashVan(db, sets, r.betrokkenenset_id));
  return rijen.map((r) => {
    const tekstKlopt = geredigeerd(r.doel, r.route) || r.tekst_hash === tekstHash(g, r.doel, r.route);
    // A set that is gone or changed gives a hash that cannot match the row's.
    const set = r.betrokkenenset_id === null ? null : (setHashes.get(r.id) ?? 'ontbreekt');
    const hash = auditHash(
      r.vorige_hash ?? '',
      { ...r, tekst_hash: r.tekst_hash ?? '' },
      perRegel.get(r.id) ?? [],
      set,
    );
    const fout = !tekstKlopt
      ? 'het doel of de route is gewijzigd'
      : hash !== r.hash
        ? 'de inhoud is gewijzigd'
        : undefined;
    return { id: r.id, hash: r.hash ?? '', vorige: r.vorige_hash ?? '', ...(fout ? { fout } : {}) };
  });
};

const verifyBeveiliging: Controle = async (db, _g, vanaf) => {
  const rijen = await db
    .selectFrom('beveiligingsgebeurtenissen')
    .selectAll()
    .where('id', '>', vanaf)
    .orderBy('id')
    .limit(BLOK)
    .execute();
  return rijen.map((r) => ({
    id: r.id,
    hash: r.hash,
    vorige: r.vorige_hash,
    ...(beveiligingHash(r.vorige_hash, r) === r.hash ? {} : { fout: 'de inhoud is gewijzigd' }),
  }));
};

async function loop(db: Kysely<Tabellen>, g: Buffer, tabel: KetenTabel, controle: Controle): Promise<KetenUitkomst> {
  const sets = new Map<number, Promise<string | null>>();
  let vorige = BEGIN;
  let laatste = 0;
  let regels = 0;
  for (;;) {
    const blok = await controle(db, g, laatste, sets);
    if (blok.length === 0) break;
    for (const r of blok) {
      if (r.vorige !== vorige) {
        return { intact: false, regels, tabel, id: r.id, melding: 'de regel ervoor ontbreekt of is gewijzigd' };
      }
      if (r.fout) return { intact: false, regels, tabel, id: r.id, melding: r.fout };
      vorige = r.hash;
      laatste = r.id;
      regels++;
    }
  }
  const k = await kop(db, tabel);
  if (k.id !== laatste || k.hash !== vorige) {
    return { intact: false, regels, tabel, id: k.id, melding: 'de laatste regels ontbreken of zijn gewijzigd' };
  }
  return { intact: true, regels };
}

/** Walks the hash chains of the audit and the security events. */
export async function verifyKeten(ctx: Ctx): Promise<KetenUitkomst> {
  return readTogether(ctx, async (c) => {
    const g = await geheim(c.db, c.gedeeld);
    const audit = await loop(c.db, g, 'audit', verifyAudit);
    if (!audit.intact) return audit;
    const beveiliging = await loop(c.db, g, 'beveiligingsgebeurtenissen', verifyBeveiliging);
    if (!beveiliging.intact) return beveiliging;
    return { intact: true, regels: audit.regels + beveiliging.regels };
  });
}
