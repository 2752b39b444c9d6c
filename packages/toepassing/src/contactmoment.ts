import { randomUUID } from 'node:crypto';
import {
  type Aanleiding,
  type Contactmoment,
  ContactmomentSchema,
  type Gemeente,
  type Initiatief,
  type Kanaal,
} from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { type OngeldigVeld, ToepassingFout } from './fouten.js';
import { saveTrend } from './trend.js';

export interface ContactmomentInvoer {
  organisatieId: string;
  persoonId: string | null;
  /** ISO date; default today. */
  datum?: string | undefined;
  kanaal: Kanaal;
  aanleiding: Aanleiding;
  initiatief: Initiatief;
}

export interface ContactmomentOpties {
  /** Who logs it (an API key id, `cli`): kept in history. */
  actor: string;
  /** How the trend is kept after the change; default bewaarTrend (at once). A server passes bewaarTrendGebundeld. */
  trend?: (store: Store, gemeente: Gemeente, aanleiding: string) => Promise<void>;
}

/**
 * Logs a contact moment with a partner and keeps the trend. Throws ToepassingFout
 * `verwijzing.onbekend` (with `velden`) when the organisation or person does not exist, and
 * `invoer.ongeldig` when the moment breaks a domain rule; the store is then unchanged.
 */
export async function recordContactmoment(
  store: Store,
  gemeente: Gemeente,
  invoer: ContactmomentInvoer,
  opties: ContactmomentOpties,
): Promise<Contactmoment> {
  const velden: OngeldigVeld[] = [];
  if (!(await store.organisatie(invoer.organisatieId)))
    velden.push({ veld: 'organisatieId', reden: 'Deze organisatie bestaat niet.' });
  if (invoer.persoonId !== null && !(await store.persoon(invoer.persoonId)))
    velden.push({ veld: 'persoonId', reden: 'Deze persoon bestaat niet.' });
  if (velden.length > 0) {
    throw new ToepassingFout(
      'verwijzing.onbekend',
      'Het contactmoment verwijst naar iets wat niet bestaat; zie invalidParams.',
      velden,
    );
  }
  const geldig = ContactmomentSchema.safeParse({
    id: randomUUID(),
    ...invoer,
    datum: invoer.datum ?? new Date().toISOString().slice(0, 10),
  });
  if (!geldig.success) throw new ToepassingFout('invoer.ongeldig', geldig.error.issues.map((i) => i.message).join(' '));
  await store.upsertContactmoment(geldig.data, { actor: opties.actor });
  await (opties.trend ?? saveTrend)(store, gemeente, 'contactmoment');
  return geldig.data;
}
