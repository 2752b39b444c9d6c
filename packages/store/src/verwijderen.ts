/**
 * Removing one entity (revert of an addition). No cascade: an organisation, person or meeting structure
 * that others still refer to is refused, naming what refers to it, so every removal has its own history row.
 */
import type { Kysely } from 'kysely';
import { type Ctx, markeer, schrijf } from './_context.js';
import { soortVan } from './_soorten.js';
import { controleerBron, schrijfHistorie } from './historie.js';
import type { Bron, Entiteit, EntiteitWaarde, Verwijzing } from './types.js';

const NAMEN: Record<Entiteit, string> = {
  organisatie: 'Organisatie',
  persoon: 'Persoon',
  lidmaatschap: 'Lidmaatschap',
  overleg: 'Overleg',
  deelname: 'Deelname',
  relatie: 'Relatie',
  contactmoment: 'Contactmoment',
  training: 'Training',
};

/** Any entity by kind and id. */
export function entiteit(ctx: Ctx, soort: Entiteit, id: string): Promise<EntiteitWaarde | undefined> {
  return soortVan(soort).lees(ctx, id);
}

type Verwijzer = [
  entiteit: Entiteit,
  tabel: 'lidmaatschappen' | 'deelnames' | 'contactmomenten' | 'trainingen',
  kolom: string,
];

const VERWIJZERS: Partial<Record<Entiteit, Verwijzer[]>> = {
  organisatie: [
    ['lidmaatschap', 'lidmaatschappen', 'organisatie_id'],
    ['deelname', 'deelnames', 'organisatie_id'],
    ['contactmoment', 'contactmomenten', 'organisatie_id'],
  ],
  persoon: [
    ['lidmaatschap', 'lidmaatschappen', 'persoon_id'],
    ['deelname', 'deelnames', 'persoon_id'],
    ['contactmoment', 'contactmomenten', 'persoon_id'],
    ['training', 'trainingen', 'persoon_id'],
  ],
  overleg: [['deelname', 'deelnames', 'overleg_id']],
};

/** The entities that refer to this one (and so block its removal), grouped by kind, ids ascending. */
export async function verwijzingenNaar(ctx: Ctx, soort: Entiteit, id: string): Promise<Verwijzing[]> {
  soortVan(soort);
  const uit: Verwijzing[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: table and column come from the list above
  const los = ctx.db as Kysely<any>;
  for (const [entiteit, tabel, kolom] of VERWIJZERS[soort] ?? []) {
    const rijen = await los.selectFrom(tabel).select('id').where(kolom, '=', id).orderBy('id').execute();
    for (const r of rijen as Array<{ id: string }>) uit.push({ entiteit, id: r.id });
  }
  if (soort === 'organisatie' || soort === 'persoon') {
    const rijen = await ctx.db
      .selectFrom('relaties')
      .select('id')
      .where('entiteit', '=', soort)
      .where((eb) => eb.or([eb('van', '=', id), eb('naar', '=', id)]))
      .orderBy('id')
      .execute();
    for (const r of rijen) uit.push({ entiteit: 'relatie', id: r.id });
  }
  return uit;
}

const MEERVOUD: Record<Entiteit, string> = {
  organisatie: 'organisatie(s)',
  persoon: 'perso(o)n(en)',
  lidmaatschap: 'lidmaatschap(pen)',
  overleg: 'overleg(gen)',
  deelname: 'deelname(s)',
  relatie: 'relatie(s)',
  contactmoment: 'contactmoment(en)',
  training: 'training(en)',
};

/** "2 lidmaatschap(pen), 1 relatie(s)" */
function telling(verwijzingen: Verwijzing[]): string {
  const aantallen = new Map<Entiteit, number>();
  for (const v of verwijzingen) aantallen.set(v.entiteit, (aantallen.get(v.entiteit) ?? 0) + 1);
  return [...aantallen].map(([e, n]) => `${n} ${MEERVOUD[e]}`).join(', ');
}

export async function verwijder(ctx: Ctx, entiteit: Entiteit, id: string, bron: Bron): Promise<void> {
  controleerBron(bron);
  const soort = soortVan(entiteit);
  await schrijf(ctx, async (c) => {
    const oud = await soort.lees(c, id);
    if (!oud) throw new Error(`${NAMEN[entiteit]} ${id} bestaat niet.`);
    const nog = await verwijzingenNaar(c, entiteit, id);
    if (nog.length > 0) {
      throw new Error(`${NAMEN[entiteit]} ${id} wordt nog gebruikt door ${telling(nog)}; verwijder die eerst.`);
    }
    if (entiteit === 'persoon') await c.gedeeld.motor.verwijderUitZoekindex(c.db, id);
    if (entiteit === 'lidmaatschap') markeer(c, (oud as { persoonId: string }).persoonId);
    await c.db.deleteFrom(soort.tabel).where('id', '=', id).execute();
    await schrijfHistorie(c, entiteit, id, [{ veld: '*', voor: oud, na: null }], bron);
  });
}
