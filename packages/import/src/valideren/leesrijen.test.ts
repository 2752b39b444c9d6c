/**
 * Reading in the worker thread gives what reading in the calling thread gives: the same events in the
 * same order, rows equal field by field (across batch boundaries, with row issues, every kind of
 * cell), and the same `BestandsFout`. The worker is the built one (the test task depends on the build).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { almere, fout, schrijf, schrijfWerkmap, tijdelijkeMap, verzamel } from '../_testhulp.js';
import { BestandsFout } from '../fouten.js';
import { Bron } from '../lezen/_bron.js';
import type { Invoer } from '../lezen/invoer.js';
import { DREMPEL, leesRijen, werkerBestand } from './leesrijen.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures');

/** Both ways: in the worker (threshold 0) and in this thread (no threshold reached). */
async function beide(invoer: Exclude<Invoer, string>, blad?: string) {
  const lees = (drempel: number) => verzamel(leesRijen(Bron.van(invoer), invoer, { gemeente: almere, blad, drempel }));
  return { werker: await lees(0), hier: await lees(Number.POSITIVE_INFINITY) };
}

/** A file of many batches: the data rows of `bron` repeated after its header row. */
function herhaal(bron: string, keer: number): string {
  const [kop, ...rijen] = readFileSync(bron, 'utf8').split(/\r?\n/);
  const data = rijen.filter((r) => r !== '');
  return [kop, ...Array.from({ length: keer }, () => data).flat()].join('\n');
}

describe('reading in a worker thread', () => {
  it('is built (otherwise every file is read in the calling thread)', () => {
    expect(werkerBestand()).not.toBeNull();
  });

  it('gives the same events and rows as reading here, for a list with every kind of row issue over several batches', async () => {
    const map = tijdelijkeMap();
    // 300 copies of every faulty row: 3,000 rows, a batch and a half, repeated values at the edges.
    const pad = schrijf(map, 'elke-fout.csv', herhaal(join(FIXTURES, 'messy/elke-fout.csv'), 300));
    const { werker, hier } = await beide({ pad });
    expect(werker.filter((g) => g.soort === 'rij')).toHaveLength(3000);
    expect(werker.filter((g) => g.soort === 'rij' && g.rij.meldingen.length > 0)).toHaveLength(
      hier.filter((g) => g.soort === 'rij' && g.rij.meldingen.length > 0).length,
    );
    expect(werker).toStrictEqual(hier);
  });

  it('gives the same for the Almere list as bytes, and for its workbook', async () => {
    const bytes = Buffer.from(herhaal(join(FIXTURES, 'almere/contactlijst.csv'), 12));
    const csv = await beide({ bytes, naam: 'almere.csv' });
    expect(csv.werker.filter((g) => g.soort === 'rij')).toHaveLength(423 * 12);
    expect(csv.werker).toStrictEqual(csv.hier);
    const xlsx = await beide({ pad: join(FIXTURES, 'almere/contactlijst.xlsx') });
    expect(xlsx.werker.filter((g) => g.soort === 'rij')).toHaveLength(423);
    expect(xlsx.werker).toStrictEqual(xlsx.hier);
  });

  it('gives the same sheets, skipped sheets and rows of a workbook with several sheets', async () => {
    const map = tijdelijkeMap();
    const pad = await schrijfWerkmap(map, 'bladen.xlsx', (w) => {
      w.addWorksheet('Toelichting').addRow(['Vul per rij een contactpersoon in.']);
      const zorg = w.addWorksheet('Zorg');
      zorg.addRow(['Organisatie', 'Domein', 'Naam', 'E-mail', 'Getraind']);
      zorg.addRow(['GGD Flevoland', 'zorg', 'Anna Jansen', 'anna@ggd.example.org', 'nee']);
      zorg.addRow(['GGD Flevoland', 'zorg', 'Bas Bakker', 'geen-adres', new Date(Date.UTC(2024, 2, 1))]);
      const verborgen = w.addWorksheet('Oud');
      verborgen.state = 'hidden';
      verborgen.addRow(['Organisatie', 'Domein', 'Naam']);
      const veiligheid = w.addWorksheet('Veiligheid');
      veiligheid.addRow(['Organisatie', 'Domein', 'Naam', 'Functie']);
      veiligheid.addRow(['Politie', 'veiligheid', 'Cor de Vries', 'wijkagent']);
    });
    const { werker, hier } = await beide({ pad });
    expect(werker.map((g) => g.soort)).toEqual([
      'voortgang',
      'overgeslagen',
      'blad',
      'rij',
      'rij',
      'voortgang',
      'overgeslagen',
      'blad',
      'rij',
      'voortgang',
      'voortgang',
    ]);
    expect(werker).toStrictEqual(hier);
    expect(werker.map((g) => g.soort)).toEqual(hier.map((g) => g.soort));
    const eenBlad = await beide({ pad }, 'Veiligheid');
    expect(eenBlad.werker).toStrictEqual(eenBlad.hier);
  });

  it('throws the same BestandsFout as reading here', async () => {
    const invoer = { pad: join(FIXTURES, 'messy/geen-kop.csv') };
    const lees = (drempel: number) => () =>
      verzamel(leesRijen(Bron.van(invoer), invoer, { gemeente: almere, blad: 'Blad1', drempel }));
    const werker = await fout(lees(0));
    const hier = await fout(lees(Number.POSITIVE_INFINITY));
    expect(werker).toBeInstanceOf(BestandsFout);
    expect({ code: werker.code, melding: werker.melding }).toEqual({
      code: 'blad.onbekend',
      melding: '"geen-kop.csv" is een CSV-bestand en heeft geen bladen; blad "Blad1" bestaat dus niet.',
    });
    expect({ code: hier.code, melding: hier.melding }).toEqual({ code: werker.code, melding: werker.melding });
    const geenKop = await fout(() => verzamel(leesRijen(Bron.van(invoer), invoer, { gemeente: almere, drempel: 0 })));
    expect(geenKop).toBeInstanceOf(BestandsFout);
    expect(geenKop.code).toBe('bestand.geen-kop');
  });

  it('starts under a heap cap, and stops the worker when the plan fails halfway, so the process ends by itself', () => {
    const map = tijdelijkeMap();
    const pad = schrijf(map, 'lijst.csv', herhaal(join(FIXTURES, 'almere/contactlijst.csv'), 110));
    expect(statSync(pad).size).toBeGreaterThan(DREMPEL.csv); // read in the worker
    // A caller's callback that throws at the first sheet: the plan stops reading with the worker far from done.
    const script = `
      import { GEMEENTEN } from '@netwerkregie/domain';
      import { openStore } from '@netwerkregie/store';
      import { planImport } from '@netwerkregie/import';
      const store = await openStore({ gemeente: 'almere', pad: ${JSON.stringify(join(map, 'x.db'))} });
      try {
        await planImport(store, { pad: ${JSON.stringify(pad)}, gemeente: GEMEENTEN.almere, bijBlad: () => { throw new Error('gestopt'); } });
      } catch (e) { console.log(e.message); }
      await store.close();
    `;
    // With a heap cap, as the CLI's hostile-input tests run it: a flag a worker refuses to start with.
    const kind = spawnSync(process.execPath, ['--max-old-space-size=256', '--input-type=module', '-e', script], {
      cwd: join(dirname(fileURLToPath(import.meta.url)), '../..'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: kind.status, uit: kind.stdout.trim(), fout: kind.stderr }).toEqual({
      status: 0,
      uit: 'gestopt',
      fout: '',
    });
  });
});
