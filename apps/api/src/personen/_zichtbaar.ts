/**
 * What a role may see of a person. A lezer sees the formal network only: a person with no formal
 * membership does not exist for a lezer, and an informal membership (a religious or community
 * organisation can reveal special-category data, AVG art. 9) is left out of what a lezer sees.
 */
import type { Lidmaatschap } from '@netwerkregie/domain';
import type { KaartLidmaatschap, PersoonKaart, SleutelRol, Store } from '@netwerkregie/store';
import { heeftRol } from '../toegang/index.js';

export const zietInformeel = (rol: SleutelRol) => heeftRol(rol, 'regisseur');

export function voorRol(kaart: PersoonKaart, rol: SleutelRol): PersoonKaart | undefined {
  if (zietInformeel(rol)) return kaart;
  const formeel = kaart.lidmaatschappen.filter((l) => l.netwerk === 'formeel');
  return formeel.length > 0 ? { ...kaart, lidmaatschappen: formeel } : undefined;
}

/** One person as a list shows them, read by id; undefined when the person does not exist. */
export async function persoonKaart(store: Store, id: string): Promise<PersoonKaart | undefined> {
  const persoon = await store.persoon(id);
  if (!persoon) return undefined;
  const [leden, trainingen] = await Promise.all([
    store.lidmaatschappenVanPersoon(id),
    store.listTrainingen({ persoonId: id }, { limiet: 1 }),
  ]);
  const lidmaatschappen: KaartLidmaatschap[] = [];
  for (const l of leden as Lidmaatschap[]) {
    const o = await store.organisatie(l.organisatieId);
    if (o) lidmaatschappen.push({ ...l, organisatieNaam: o.naam, domein: o.domein, netwerk: o.netwerk });
  }
  return { ...persoon, lidmaatschappen, getraind: trainingen.totaal > 0 };
}

/** Whether a role may see the person with this id (an existing person in its view). */
export async function magZien(store: Store, id: string, rol: SleutelRol): Promise<boolean> {
  if (zietInformeel(rol)) return (await store.persoon(id)) !== undefined;
  const kaart = await persoonKaart(store, id);
  return kaart !== undefined && voorRol(kaart, rol) !== undefined;
}
