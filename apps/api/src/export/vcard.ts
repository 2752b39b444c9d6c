/**
 * vCard 4.0 (RFC 6350) for the network director's address book: text escaping (§3.4), line folding
 * at 75 octets without splitting a UTF-8 character (§3.2), CRLF line ends.
 */

export interface VcardPersoon {
  id: string;
  naam: string;
  email: string | null;
  telefoon: string | null;
  lidmaatschappen: ReadonlyArray<{ organisatieNaam: string; functie: string | null; rollen: readonly string[] }>;
}

/** Escapes a text value: backslash, comma, semicolon and line breaks (RFC 6350 §3.4). */
export function escapeTekst(tekst: string): string {
  return tekst
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets; continuation lines start with one space. */
export function fold(regel: string): string {
  if (Buffer.byteLength(regel, 'utf8') <= 75) return regel;
  const delen: string[] = [];
  let huidig = '';
  let octetten = 0;
  let ruimte = 75;
  for (const teken of regel) {
    const n = Buffer.byteLength(teken, 'utf8');
    if (octetten + n > ruimte) {
      delen.push(huidig);
      huidig = '';
      octetten = 0;
      ruimte = 74; // the leading space counts
    }
    huidig += teken;
    octetten += n;
  }
  delen.push(huidig);
  return delen.join('\r\n ');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function vcard(p: VcardPersoon): string {
  const regels = ['BEGIN:VCARD', 'VERSION:4.0'];
  regels.push(UUID.test(p.id) ? `UID:urn:uuid:${p.id.toLowerCase()}` : `UID;VALUE=text:${escapeTekst(p.id)}`);
  regels.push(`FN:${escapeTekst(p.naam)}`);
  if (p.email) regels.push(`EMAIL;TYPE=work:${escapeTekst(p.email)}`);
  if (p.telefoon) regels.push(`TEL;VALUE=uri;TYPE="work,voice":tel:${p.telefoon.replace(/[^+\d]/g, '')}`);
  for (const l of p.lidmaatschappen) regels.push(`ORG:${escapeTekst(l.organisatieNaam)}`);
  const functies = [...new Set(p.lidmaatschappen.map((l) => l.functie).filter((f): f is string => !!f))];
  if (functies.length > 0) regels.push(`TITLE:${escapeTekst(functies.join(' / '))}`);
  const rollen = [...new Set(p.lidmaatschappen.flatMap((l) => l.rollen))];
  if (rollen.length > 0) regels.push(`CATEGORIES:${rollen.map(escapeTekst).join(',')}`);
  regels.push('END:VCARD');
  return `${regels.map(fold).join('\r\n')}\r\n`;
}

/** Several cards in one `.vcf` file. */
export function vcards(personen: Iterable<VcardPersoon>): string {
  let uit = '';
  for (const p of personen) uit += vcard(p);
  return uit;
}
