import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GEMEENTEN } from '@netwerkregie/domain';
import { importSheet, planImport } from '@netwerkregie/import';
import { openStore, type Store } from '@netwerkregie/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const almere = GEMEENTEN.almere!;
const KOP = 'Organisatie;Domein;Wijk;Naam;E-mail';
let map: string;
let store: Store;

function bestand(naam: string, regels: string[]): string {
  const pad = join(map, naam);
  writeFileSync(pad, `${[KOP, ...regels].join('\r\n')}\r\n`);
  return pad;
}

async function wijkenVan(naam: string): Promise<string[] | undefined> {
  return (await store.momentopname(almere)).organisaties.find((o) => o.naam === naam)?.wijken;
}

beforeEach(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-wijken-'));
  store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
  await importSheet(store, {
    pad: bestand('eerst.csv', ['Buurtwerk Hout;Jeugd;Almere Hout;Ans Fictief;ans@example.org']),
    gemeente: almere,
    actor: 'test',
  });
});
afterEach(async () => {
  await store.close();
});

describe("an organisation's districts", () => {
  it("are added to, never replaced, by a contact's row in a supplementing import", async () => {
    const pad = bestand('later.csv', ['Buurtwerk Hout;;Haven;Bob Fictief;bob@example.org']);
    const { samenvatting } = await planImport(store, { pad, gemeente: almere });
    expect(samenvatting.details.gewijzigd.filter((r) => r.entiteit === 'organisatie')).toEqual([
      {
        entiteit: 'organisatie',
        id: expect.any(String),
        naam: 'Buurtwerk Hout',
        rij: 2,
        velden: [{ veld: 'wijken', voor: ['Almere Hout'], na: ['Almere Hout', 'Almere Haven'] }],
      },
    ]);
    await importSheet(store, { pad, gemeente: almere, actor: 'test' });
    expect(await wijkenVan('Buurtwerk Hout')).toEqual(['Almere Hout', 'Almere Haven']);
  });

  it('leave an organisation unchanged when a supplementing import names a district it already has', async () => {
    const pad = bestand('zelfde.csv', ['Buurtwerk Hout;;Hout;Bob Fictief;bob@example.org']);
    const { samenvatting } = await planImport(store, { pad, gemeente: almere });
    expect(samenvatting.organisaties).toEqual({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 1 });
  });

  it('are the union of all rows of the organisation in one file', async () => {
    const pad = bestand('rijen.csv', [
      'Buurtwerk Stad;Jeugd;Almere Stad;Cor Fictief;cor@example.org',
      'Buurtwerk Stad;;Almere Haven;Dirk Fictief;dirk@example.org',
      'Buurtwerk Stad;;Almere Stad;Eva Fictief;eva@example.org',
    ]);
    await importSheet(store, { pad, gemeente: almere, actor: 'test' });
    expect(await wijkenVan('Buurtwerk Stad')).toEqual(['Almere Stad', 'Almere Haven']);
  });

  it('lose a district a full list no longer names, shown in the plan as a change', async () => {
    const pad = bestand('volledig.csv', [
      'Buurtwerk Hout;;Haven;Ans Fictief;ans@example.org',
      'Buurtwerk Hout;;Poort;Bob Fictief;bob@example.org',
    ]);
    const { samenvatting } = await planImport(store, { pad, gemeente: almere, modus: 'volledig' });
    expect(samenvatting.details.gewijzigd.find((r) => r.entiteit === 'organisatie')?.velden).toEqual([
      { veld: 'wijken', voor: ['Almere Hout'], na: ['Almere Haven', 'Almere Poort'] },
    ]);
    await importSheet(store, { pad, gemeente: almere, actor: 'test', modus: 'volledig' });
    expect(await wijkenVan('Buurtwerk Hout')).toEqual(['Almere Haven', 'Almere Poort']);
  });
});
