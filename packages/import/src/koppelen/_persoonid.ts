import { naamSleutel } from '@netwerkregie/domain';
import { maakMelding } from '../meldingen.js';
import type { GenormaliseerdeRij, Melding } from '../types.js';
import { kopVan } from '../valideren/rij.js';
import type { StoreIndex } from './_storeindex.js';

/** The store's id of a person the file state keyed by a `Persoon-id` column, else undefined. */
export function persoonIdVanSleutel(sleutel: string): string | undefined {
  return sleutel.startsWith('id:') ? sleutel.slice(3) : undefined;
}

/**
 * The issues a `Persoon-id` cell gives its row (IMPORT.md): the id must be a person the store has at
 * the row's organisation, and a changed e-mail must not be another person's already. A row without
 * the id has none.
 */
export async function controleerPersoonId(rij: GenormaliseerdeRij, index: StoreIndex): Promise<Melding[]> {
  const id = rij.persoon?.id;
  if (id === undefined) return [];
  const plek = (veld: 'persoonId' | 'email') => ({ blad: rij.blad.naam, rij: rij.rij, kolom: kopVan(rij.blad, veld) });
  const email = rij.persoon?.email;
  const { isLid, ander } = await index.persoonIdFeiten(id, naamSleutel(rij.organisatie.naam), email);
  if (!isLid) {
    return [
      maakMelding(
        plek('persoonId'),
        id,
        'persoon.onbekend',
        `Het persoon-id "${id}" is geen persoon van "${rij.organisatie.naam}"; laat de cel leeg voor een nieuwe persoon.`,
      ),
    ];
  }
  if (ander) {
    return [
      maakMelding(
        plek('email'),
        email ?? '',
        'email.bezet',
        `Het e-mailadres "${email}" is al van een andere persoon in de lijst; één adres hoort bij één persoon.`,
      ),
    ];
  }
  return [];
}
