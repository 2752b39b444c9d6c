import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { importSheet, planImport, revertImport } from '@netwerkregie/import';
import { openStore } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { almere, schrijf, tijdelijkeMap } from './_testhulp.js';

const KOP = 'Organisatie;Domein;Persoon-id;Naam;E-mail;Telefoon';

describe('a Persoon-id column', () => {
  it('matches the person by id, so a new e-mail is a change of that person; a revert restores it', async () => {
    const map = tijdelijkeMap();
    const store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
    const lijst = [
      'Organisatie;Domein;Naam;E-mail',
      'GGD Flevoland;Zorg;Anna Fictief;anna@example.org',
      'GGD Flevoland;Zorg;Bram Fictief;bram@example.org',
      'Politie Almere;Politie;Carla Fictief;carla@example.org',
    ].join('\r\n');
    await importSheet(store, { pad: schrijf(map, 'lijst.csv', lijst), gemeente: almere, actor: 'test' });
    const anna = (await store.persoonOpEmail('anna@example.org'))!;
    const carla = (await store.persoonOpEmail('carla@example.org'))!;

    const pad = schrijf(
      map,
      'nieuw-adres.csv',
      [KOP, `GGD Flevoland;;${anna.id};Anna Fictief;Anna.Nieuw@example.org;`].join('\r\n'),
    );
    const plan = await planImport(store, { pad, gemeente: almere });
    expect(plan.samenvatting.meldingen).toEqual([]);
    expect(plan.samenvatting.personen).toEqual({ toegevoegd: 0, gewijzigd: 1, ongewijzigd: 0, ontbrekend: 0 });
    expect(plan.samenvatting.details.gewijzigd).toEqual([
      {
        entiteit: 'persoon',
        id: anna.id,
        naam: 'Anna Fictief',
        rij: 2,
        velden: [{ veld: 'email', voor: 'anna@example.org', na: 'anna.nieuw@example.org' }],
      },
    ]);

    const s = await importSheet(store, { pad, gemeente: almere, actor: 'test' });
    expect(await store.persoon(anna.id)).toEqual({ ...anna, email: 'anna.nieuw@example.org' });
    expect(await store.persoonOpEmail('anna@example.org')).toBeUndefined();
    await revertImport(store, s.id, 'test');
    expect(await store.persoon(anna.id)).toEqual(anna);

    // Another organisation's person, an unknown id, and an address another person has: each refused.
    const fout = schrijf(
      map,
      'fout.csv',
      [
        KOP,
        `GGD Flevoland;;${carla.id};Carla Fictief;carla@example.org;`,
        'GGD Flevoland;;onbekend-id;Dirk Fictief;dirk@example.org;',
        `GGD Flevoland;;${anna.id};Anna Fictief;bram@example.org;`,
      ].join('\r\n'),
    );
    const weg = await planImport(store, { pad: fout, gemeente: almere });
    expect(weg.samenvatting.afgewezen).toBe(3);
    expect(weg.samenvatting.meldingen.map((m) => [m.rij, m.kolom, m.waarde, m.code, m.melding])).toEqual([
      [
        2,
        'Persoon-id',
        carla.id,
        'persoon.onbekend',
        `Het persoon-id "${carla.id}" is geen persoon van "GGD Flevoland"; laat de cel leeg voor een nieuwe persoon.`,
      ],
      [
        3,
        'Persoon-id',
        'onbekend-id',
        'persoon.onbekend',
        'Het persoon-id "onbekend-id" is geen persoon van "GGD Flevoland"; laat de cel leeg voor een nieuwe persoon.',
      ],
      [
        4,
        'E-mail',
        'bram@example.org',
        'email.bezet',
        'Het e-mailadres "bram@example.org" is al van een andere persoon in de lijst; één adres hoort bij één persoon.',
      ],
    ]);
    expect(weg.operaties.list('personen')).toEqual([]);
    await store.close();
    rmSync(map, { recursive: true, force: true });
  });

  it('without a name is a person field like any other: naam.ontbreekt', async () => {
    const map = tijdelijkeMap();
    const store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
    const pad = schrijf(map, 'zonder-naam.csv', [KOP, 'GGD Flevoland;Zorg;x1;;;'].join('\r\n'));
    const plan = await planImport(store, { pad, gemeente: almere });
    expect(plan.samenvatting.meldingen.map((m) => [m.kolom, m.code])).toEqual([['Naam', 'naam.ontbreekt']]);
    await store.close();
    rmSync(map, { recursive: true, force: true });
  });
});
