import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { importSheet, planImport, revertImport } from '@netwerkregie/import';
import { openStore } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { almere, schrijf, tijdelijkeMap } from './_testhulp.js';

const KOP = 'Organisatie;Domein;Naam;Functie;E-mail;Vertrokken';

describe('a Vertrokken column and the confirmations an import gives', () => {
  it('ends a membership, confirms every organisation the file names, and a revert takes both back', async () => {
    const map = tijdelijkeMap();
    const store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
    const eerste = schrijf(
      map,
      'lijst.csv',
      [KOP, 'GGD Flevoland;Zorg;Anna Fictief;Jeugdarts;anna@example.org;', 'Politie Almere;Politie;;;;'].join('\r\n'),
    );
    const s1 = await importSheet(store, { pad: eerste, gemeente: almere, actor: 'test' });
    const ggd = (await store.organisatieOpNaam('GGD Flevoland'))!;
    const politie = (await store.organisatieOpNaam('Politie Almere'))!;
    const vandaag = new Date().toISOString().slice(0, 10);
    expect(await store.bevestigingen()).toEqual(
      [
        { organisatieId: ggd.id, bevestigdOp: vandaag, dodeLink: false },
        { organisatieId: politie.id, bevestigdOp: vandaag, dodeLink: false },
      ].sort((a, b) => (a.organisatieId < b.organisatieId ? -1 : 1)),
    );

    const tweede = schrijf(
      map,
      'vertrek.csv',
      [KOP, 'GGD Flevoland;;Anna Fictief;;anna@example.org;3-2-2026'].join('\r\n'),
    );
    const plan = await planImport(store, { pad: tweede, gemeente: almere });
    expect(plan.organisatieIds).toEqual([ggd.id]);
    expect(plan.samenvatting.details.gewijzigd.map((r) => r.velden)).toEqual([
      [{ veld: 'einde (GGD Flevoland)', voor: null, na: '2026-02-03' }],
    ]);
    const s2 = await importSheet(store, { pad: tweede, gemeente: almere, actor: 'test' });
    const anna = (await store.persoonOpEmail('anna@example.org'))!;
    expect((await store.lidmaatschappenVanPersoon(anna.id)).map((l) => l.einde)).toEqual(['2026-02-03']);

    const fout = schrijf(
      map,
      'fout.csv',
      [KOP, 'GGD Flevoland;;Anna Fictief;;anna@example.org;31-2-2026'].join('\r\n'),
    );
    expect(
      (await planImport(store, { pad: fout, gemeente: almere })).samenvatting.meldingen.map((m) => [m.kolom, m.code]),
    ).toEqual([['Vertrokken', 'datum.ongeldig']]);

    await revertImport(store, s2.id, 'test');
    expect((await store.lidmaatschappenVanPersoon(anna.id)).map((l) => l.einde)).toEqual([null]);
    await revertImport(store, s1.id, 'test');
    expect(await store.bevestigingen()).toEqual([]);
    await store.close();
    rmSync(map, { recursive: true, force: true });
  });
});
