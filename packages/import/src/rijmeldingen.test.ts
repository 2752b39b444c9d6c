import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GEMEENTEN } from '@netwerkregie/domain';
import { planImport } from '@netwerkregie/import';
import { openStore, type Store } from '@netwerkregie/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const almere = GEMEENTEN.almere!;
let map: string;
let store: Store;

function bestand(regels: string[]): string {
  const pad = join(map, 'lijst.csv');
  writeFileSync(pad, `${regels.join('\r\n')}\r\n`);
  return pad;
}

beforeEach(async () => {
  map = mkdtempSync(join(tmpdir(), 'nr-rijmeldingen-'));
  store = await openStore({ gemeente: 'almere', pad: join(map, 'almere.db') });
});
afterEach(async () => {
  await store.close();
});

describe('every problem of a row at once', () => {
  it('reports a missing name and the missing domain of a new organisation together', async () => {
    const pad = bestand(['Organisatie;Domein;Naam;Functie', 'Nieuwe Partner;;;Wijkagent']);
    const { samenvatting } = await planImport(store, { pad, gemeente: almere });
    expect(samenvatting.meldingen.map((m) => [m.rij, m.kolom, m.code, m.ernst, m.melding])).toEqual([
      [
        2,
        'Naam',
        'naam.ontbreekt',
        'fout',
        'De naam ontbreekt, terwijl de rij gegevens van een persoon bevat (Functie).',
      ],
      [2, 'Domein', 'domein.onbekend', 'fout', 'De organisatie "Nieuwe Partner" is nieuw; vul het domein in.'],
    ]);
    expect({ rijen: samenvatting.rijen, afgewezen: samenvatting.afgewezen }).toEqual({ rijen: 1, afgewezen: 1 });
  });

  it('counts a row with three errors as one rejected row', async () => {
    const pad = bestand([
      'Organisatie;Domein;Naam;E-mail',
      'Partner A;Onzin;;iemand-at-example.org',
      'Partner B;Zorg;Piet Fictief;piet@example.org',
    ]);
    const { samenvatting } = await planImport(store, { pad, gemeente: almere });
    expect(samenvatting.meldingen.map((m) => [m.rij, m.kolom, m.code])).toEqual([
      [2, 'Domein', 'domein.onbekend'],
      [2, 'E-mail', 'email.ongeldig'],
      [2, 'Naam', 'naam.ontbreekt'],
    ]);
    expect({ rijen: samenvatting.rijen, afgewezen: samenvatting.afgewezen }).toEqual({ rijen: 2, afgewezen: 1 });
    expect(samenvatting.organisaties).toEqual({ toegevoegd: 1, gewijzigd: 0, ongewijzigd: 0 });
  });

  it('asks for the domain on the first row of a new organisation, also when that row is rejected for another reason', async () => {
    const pad = bestand([
      'Organisatie;Domein;Naam;E-mail',
      'Partner C;;Ans;ans@',
      'Partner C;Zorg;Bob;bob@example.org',
    ]);
    const { samenvatting } = await planImport(store, { pad, gemeente: almere });
    expect(samenvatting.meldingen.map((m) => [m.rij, m.code])).toEqual([
      [2, 'email.ongeldig'],
      [2, 'domein.onbekend'],
    ]);
  });
});
