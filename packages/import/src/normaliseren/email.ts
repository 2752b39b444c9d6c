import { EmailSchema } from '@netwerkregie/domain';
import { gelukt, mislukt, type Uitkomst } from './uitkomst.js';

/** E-mail, lower-case, checked with the domain's schema; a `mailto:` prefix (hyperlink cell) is dropped. */
export function normaliseerEmail(tekst: string): Uitkomst<string> {
  const adres = tekst
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  const uitkomst = EmailSchema.safeParse(adres);
  return uitkomst.success
    ? gelukt(uitkomst.data)
    : mislukt('email.ongeldig', `Het e-mailadres "${tekst}" is ongeldig.`);
}
