/**
 * The fixture's personal data as needles, taken from the stores themselves so a person added to the
 * fixture is searched for too: names, surnames, e-mail addresses, phone numbers in every written
 * form, and the names of organisations and meetings (membership of one can be special data).
 * The domain has no addresses of organisations, so there are none to look for.
 */
import type { Gemeente } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';

/** A Dutch number as stored (E.164) and as people dial or type it: `0612345671`, `06 12345671`, `06-12345671`, `+31 612345671`. */
export function telefoonVormen(e164: string): string[] {
  if (!e164.startsWith('+31')) return [e164];
  const nationaal = `0${e164.slice(3)}`;
  return [
    e164,
    nationaal,
    `${nationaal.slice(0, 2)} ${nationaal.slice(2)}`,
    `${nationaal.slice(0, 2)}-${nationaal.slice(2)}`,
    `+31 ${e164.slice(3)}`,
  ];
}

export async function naaldenVan(bronnen: Array<[Store, Gemeente]>): Promise<string[]> {
  const naalden = new Set<string>();
  for (const [store, gemeente] of bronnen) {
    const m = await store.momentopname(gemeente);
    for (const p of m.personen) {
      naalden.add(p.naam);
      naalden.add(p.naam.split(' ').at(-1) as string);
      if (p.email) naalden.add(p.email);
      if (p.telefoon) for (const v of telefoonVormen(p.telefoon)) naalden.add(v);
    }
    for (const o of m.organisaties) naalden.add(o.naam);
    for (const o of m.overleggen) naalden.add(o.naam);
  }
  return [...naalden];
}

/** The needles found in a text, ignoring case (an address may come back upper-cased). */
export function gevonden(tekst: string, naalden: readonly string[]): string[] {
  const klein = tekst.toLowerCase();
  return naalden.filter((n) => klein.includes(n.toLowerCase()));
}
