import { describe, expect, it } from 'vitest';
import { almere, arnhem, fout } from '../_testhulp.js';
import { herkenKopRij, KOPPEN, Koppenlijst, kopSleutel } from './koppen.js';

describe('koppen', () => {
  it('recognises every header of IMPORT.md, ignoring case, spacing and punctuation', () => {
    const koppen = new Koppenlijst(almere);
    for (const [veld, lijst] of Object.entries(KOPPEN)) {
      for (const kop of lijst) expect([kop, koppen.herken(kop)]).toEqual([kop, veld]);
    }
    expect(
      ['E MAIL', ' e-mailadres ', 'TEL', 'laatste_contact', 'Naam organisatie*', 'Formeel / Informeel'].map((k) =>
        koppen.herken(k),
      ),
    ).toEqual(['email', 'email', 'telefoon', 'laatsteContact', 'organisatie', 'netwerk']);
    expect(koppen.herken('Opmerkingen')).toBeUndefined();
    expect(kopSleutel('Één  E-mail!')).toBe('eenemail');
  });

  it("uses the gemeente's own headers first", () => {
    const koppen = new Koppenlijst(arnhem);
    expect(
      ['Samenwerkingspartner', 'Naam medewerker', 'Tel. werk', 'Werkgebied', 'Positie'].map((k) => koppen.herken(k)),
    ).toEqual(['organisatie', 'naam', 'telefoon', 'wijken', 'functie']);
    expect(new Koppenlijst(almere).herken('Samenwerkingspartner')).toBeUndefined();
  });

  it('finds a header row of at least three known fields, listing unknown columns once', () => {
    const koppen = new Koppenlijst(almere);
    expect(herkenKopRij(koppen, null, 1, ['Contactlijst Almere 2016'])).toBeNull();
    expect(herkenKopRij(koppen, null, 2, ['Organisatie', 'Naam', null, 'Opmerkingen'])).toBeNull();
    expect(
      herkenKopRij(koppen, 'Zorg', 3, ['Organisatie', ' Naam ', null, 'Opmerkingen', 'E-mail', 'Opmerkingen', 2016]),
    ).toEqual({
      naam: 'Zorg',
      kopRij: 3,
      kolommen: [
        { veld: 'organisatie', kop: 'Organisatie', index: 0 },
        { veld: 'naam', kop: 'Naam', index: 1 },
        { veld: 'email', kop: 'E-mail', index: 4 },
      ],
      onbekendeKolommen: ['Opmerkingen', '2016'],
    });
  });

  it('refuses two columns for one field, naming both, and a header without organisation', async () => {
    const koppen = new Koppenlijst(almere);
    expect(
      await fout(async () =>
        herkenKopRij(koppen, 'Zorg', 4, ['Organisatie', 'Naam', 'E-mail', 'Functie', 'Mailadres']),
      ),
    ).toMatchObject({
      code: 'kop.dubbel',
      melding:
        'De kolommen "E-mail" (C) en "Mailadres" (E) in blad "Zorg", rij 4 betekenen allebei het e-mailadres. Verwijder of hernoem er een.',
    });
    expect(await fout(async () => herkenKopRij(koppen, null, 1, ['Naam', 'E-mail', 'Telefoon']))).toMatchObject({
      code: 'kop.ontbreekt',
      melding: 'De koprij in rij 1 heeft geen kolom voor de organisatie (zoals "Organisatie" of "Instelling").',
    });
  });
});
