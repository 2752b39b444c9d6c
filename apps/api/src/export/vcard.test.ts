import { describe, expect, it } from 'vitest';
import { escapeTekst, vcard, vcards, fold } from './vcard.js';

const persoon = {
  id: '5f0c6c7e-3b1a-4d2e-9a51-0c2f4e8b7d10',
  naam: 'Fenna Proefmans',
  email: 'fenna@example.org',
  telefoon: '+31612345671',
  lidmaatschappen: [
    { organisatieNaam: 'Wijkteam Haven Proef', functie: 'wijkcoach', rollen: ['contactpersoon-radicalisering'] },
  ],
};

/** Unfolds (RFC 6350 §3.2) and splits into content lines. */
const regels = (tekst: string) =>
  tekst
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

describe('vCard 4.0 (RFC 6350)', () => {
  it('writes a card with version, uid, name, e-mail, phone, organisation, title and categories', () => {
    const kaart = vcard(persoon);
    expect(kaart.endsWith('\r\n')).toBe(true);
    expect(kaart).not.toMatch(/[^\r]\n/);
    expect(regels(kaart)).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'UID:urn:uuid:5f0c6c7e-3b1a-4d2e-9a51-0c2f4e8b7d10',
      'FN:Fenna Proefmans',
      'EMAIL;TYPE=work:fenna@example.org',
      'TEL;VALUE=uri;TYPE="work,voice":tel:+31612345671',
      'ORG:Wijkteam Haven Proef',
      'TITLE:wijkcoach',
      'CATEGORIES:contactpersoon-radicalisering',
      'END:VCARD',
    ]);
  });

  it('leaves out what is unknown and uses a text UID for ids that are not UUIDs', () => {
    const kaart = regels(vcard({ id: 'p-1', naam: 'Iemand', email: null, telefoon: null, lidmaatschappen: [] }));
    expect(kaart).toEqual(['BEGIN:VCARD', 'VERSION:4.0', 'UID;VALUE=text:p-1', 'FN:Iemand', 'END:VCARD']);
  });

  it('escapes backslash, comma, semicolon and newlines in text', () => {
    expect(escapeTekst('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
    const kaart = regels(
      vcard({
        ...persoon,
        naam: 'De Vries, Jan; jr.',
        lidmaatschappen: [{ organisatieNaam: 'GGZ; Noord, Oost', functie: null, rollen: [] }],
      }),
    );
    expect(kaart).toContain('FN:De Vries\\, Jan\\; jr.');
    expect(kaart).toContain('ORG:GGZ\\; Noord\\, Oost');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const lang = `FN:${'Ëlif Çelik-Ørsted '.repeat(10)}`;
    const gevouwen = fold(lang);
    const delen = gevouwen.split('\r\n');
    expect(delen.length).toBeGreaterThan(2);
    for (const [i, deel] of delen.entries()) {
      expect(Buffer.byteLength(deel, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(deel.startsWith(' ')).toBe(true);
      expect(deel).not.toContain('\uFFFD');
    }
    expect(gevouwen.replace(/\r\n /g, '')).toBe(lang);
    expect(fold('FN:kort')).toBe('FN:kort');
  });

  it('keeps an emoji whole across a fold', () => {
    const regel = `FN:${'x'.repeat(72)}😀😀`;
    const delen = fold(regel).split('\r\n');
    expect(delen[0]).toBe(`FN:${'x'.repeat(72)}`);
    expect(delen[1]).toBe(' 😀😀');
  });

  it('puts several cards in one file', () => {
    const tekst = vcards([persoon, { ...persoon, id: 'p-2', naam: 'Tweede' }]);
    expect(tekst.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(tekst.match(/END:VCARD\r\n/g)).toHaveLength(2);
  });
});
