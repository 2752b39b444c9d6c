/** A sender for the API: a started round's messages by SMTP (packages/toepassing's sendRonde). */
import { type SmtpInstellingen, sendRonde } from '@netwerkregie/toepassing';
import type { Verzendopdracht } from './bevestigingsrondes.js';

/**
 * `createApp({ verzend: smtpVerzender({ smtp, van }) })`: every round started over the API is mailed to
 * each organisation's contact person; refused addresses become `onbestelbaar`.
 */
export function smtpVerzender(opties: { smtp: SmtpInstellingen; van: string }) {
  return async ({ store, gemeente, links }: Verzendopdracht): Promise<number> =>
    (await sendRonde(store, gemeente, links, { van: opties.van, smtp: opties.smtp })).verzonden;
}
