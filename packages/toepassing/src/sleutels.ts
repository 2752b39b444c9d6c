/**
 * API keys: `nr_<gemeente>_<43 characters base64url>`, so a key names its gemeente and can be
 * looked up in that gemeente's database, where only its SHA-256 is kept.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  type SleutelRecord,
  type SleutelRol,
  type Store,
  sleutelHash,
  standaardVerloopdatum,
} from '@netwerkregie/store';
import { ToepassingFout } from './fouten.js';

/** The roles a key can have, lowest first: lezer < regisseur < beheerder. The one list of them. */
export const SLEUTELROLLEN = ['lezer', 'regisseur', 'beheerder'] as const satisfies readonly SleutelRol[];

/** A role from user input, or ToepassingFout `invoer.ongeldig`. */
export function parseSleutelrol(tekst: string | undefined): SleutelRol {
  const rol = SLEUTELROLLEN.find((r) => r === tekst);
  if (!rol) throw new ToepassingFout('invoer.ongeldig', 'Kies een rol met --rol lezer, regisseur of beheerder.');
  return rol;
}

/** A real calendar date, today or later, or ToepassingFout `invoer.ongeldig`: a key that expired at birth is a typing error. */
export function parseVerloopdatum(tekst: string, vandaag = new Date().toISOString().slice(0, 10)): string {
  const datum = new Date(`${tekst}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(tekst) ||
    Number.isNaN(datum.getTime()) ||
    datum.toISOString().slice(0, 10) !== tekst
  ) {
    throw new ToepassingFout(
      'invoer.ongeldig',
      `--verloopt "${tekst}" is geen datum; schrijf JJJJ-MM-DD, zoals 2027-06-30.`,
    );
  }
  if (tekst <= vandaag) {
    throw new ToepassingFout(
      'invoer.ongeldig',
      `--verloopt ${tekst} ligt niet in de toekomst; de sleutel zou meteen verlopen zijn.`,
    );
  }
  return tekst;
}

/**
 * Creates a key for the store's gemeente. The secret is returned once and never stored. A role
 * outside SLEUTELROLLEN is a programming error (the type rules it out): RangeError.
 */
export async function createSleutel(
  store: Store,
  opties: { rol: SleutelRol; omschrijving: string; verloopt?: string },
): Promise<{ id: string; sleutel: string; verloopt: string }> {
  if (!(SLEUTELROLLEN as readonly string[]).includes(opties.rol))
    throw new RangeError(`Onbekende rol "${opties.rol}"; kies uit ${SLEUTELROLLEN.join(', ')}.`);
  const sleutel = `nr_${store.gemeente}_${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  const verloopt = opties.verloopt ?? standaardVerloopdatum();
  await store.saveSleutel({
    id,
    hash: sleutelHash(sleutel),
    rol: opties.rol,
    omschrijving: opties.omschrijving,
    verloopt,
  });
  return { id, sleutel, verloopt };
}

/** Every key of the store's gemeente, without secrets (only hashes are kept). */
export function listSleutels(store: Store): Promise<SleutelRecord[]> {
  return store.listSleutels();
}

/** Revokes a key by id; true when an active key was revoked. */
export function revokeSleutel(store: Store, id: string): Promise<boolean> {
  return store.revokeSleutel(id);
}
