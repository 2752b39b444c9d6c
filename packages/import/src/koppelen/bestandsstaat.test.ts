import { join } from 'node:path';
import { openStore } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { almere, schrijf, tijdelijkeMap } from '../_testhulp.js';
import { importSheet } from '../toepassen/toepassen.js';

describe('merging a membership named twice, before and after its run of inserts', () => {
  // The scratch database inserts new memberships 200 at a time: a repeat right after its first row
  // merges into the waiting row, a repeat 300 rows later into the inserted one. Both count the same.
  it("merges both, warns with the earlier row, and stores the last row's values", async () => {
    const map = tijdelijkeMap();
    const regels = ['Organisatie;Domein;Naam;Functie;E-mail'];
    for (let i = 0; i < 300; i++) regels.push(`Partner ${i};Zorg;Persoon ${i};Functie ${i};p${i}@example.org`);
    regels.splice(2, 0, 'Partner 0;Zorg;Persoon 0;Teamleider;p0@example.org');
    regels.push('Partner 1;Zorg;Persoon 1;Coördinator;p1@example.org');
    const store = await openStore({ gemeente: 'almere', pad: join(map, 'test.db') });
    try {
      const s = await importSheet(store, {
        pad: schrijf(map, 'dubbel.csv', `${regels.join('\r\n')}\r\n`),
        gemeente: almere,
        actor: 'test',
      });
      expect([s.rijen, s.dubbel, s.personen.toegevoegd]).toEqual([302, 2, 300]);
      expect(s.meldingen.map((m) => [m.rij, m.waarde, m.melding])).toEqual([
        [3, 'Teamleider', 'Persoon 0 staat ook in rij 2 met functie "Functie 0"; deze rij wint.'],
        [303, 'Coördinator', 'Persoon 1 staat ook in rij 4 met functie "Functie 1"; deze rij wint.'],
      ]);
      const functie = async (email: string) => {
        const p = await store.persoonOpEmail(email);
        return (await store.lidmaatschappenVanPersoon(p!.id)).map((l) => l.functie);
      };
      expect([await functie('p0@example.org'), await functie('p1@example.org')]).toEqual([
        ['Teamleider'],
        ['Coördinator'],
      ]);
    } finally {
      await store.close();
    }
  });
});
