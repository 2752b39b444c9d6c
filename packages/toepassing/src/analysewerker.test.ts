/** The analysis worker on real SQLite files: the same answers as in this thread, per view, kept per store version. */
import { execFileSync } from 'node:child_process';
import { openStore } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnalyseVraag, Berekening, beantwoordVraag } from './_analysevragen.js';
import { ALMERE, ARNHEM, createFixture, type Fixture } from './_testhulp.js';
import { AnalyseGeheugenFout, Analysewerker } from './analysewerker.js';

let f: Fixture;
const werker = new Analysewerker();
beforeAll(async () => {
  f = await createFixture();
});
afterAll(async () => {
  await werker.close();
  await f.opruimen();
});

const PEILDATUM = '2024-06-01';
const VRAGEN: AnalyseVraag[] = [
  { soort: 'gezondheid' },
  { soort: 'werklijst', aantal: 5, introducties: 3 },
  { soort: 'centraliteit', top: 3 },
  { soort: 'netwerk', posities: true },
  { soort: 'introductie', van: 'niemand', naar: 'ook-niemand' },
];

/** The answer computed here, the way the routes did before the worker. */
async function hier(store: Fixture['stores']['almere'], vraag: AnalyseVraag) {
  const b = new Berekening(await store.momentopname(ALMERE, PEILDATUM));
  return { ...(await beantwoordVraag(b, vraag)), betrokkenen: b.betrokkenen };
}

describe('Analysewerker', () => {
  it.each(VRAGEN)('answers $soort in the worker exactly as this thread does, for each view', async (vraag) => {
    for (const store of [f.stores.almere, f.stores.almere.withZicht('formeel')]) {
      const { body, onbekend, betrokkenen } = await werker.beantwoord(store, ALMERE, vraag, { peildatum: PEILDATUM });
      expect({ body, onbekend, betrokkenen }).toEqual(await hier(store, vraag));
    }
  });

  it('gives a lezer the formal network only', async () => {
    const formeel = f.stores.almere.withZicht('formeel');
    const informeel = (await f.stores.almere.listOrganisaties({ netwerk: 'informeel' })).items.map(
      (o) => `organisatie:${o.id}`,
    );
    expect(informeel.length).toBeGreaterThan(0);
    const alles = await werker.beantwoord(f.stores.almere, ALMERE, { soort: 'netwerk', posities: false });
    const kaart = await werker.beantwoord(formeel, ALMERE, { soort: 'netwerk', posities: false });
    const ids = (u: { body: unknown }) => (u.body as { knopen: Array<{ id: string }> }).knopen.map((k) => k.id);
    expect(ids(alles)).toEqual(expect.arrayContaining(informeel));
    expect(ids(kaart).filter((id) => informeel.includes(id))).toEqual([]);
    expect(kaart.betrokkenen.length).toBeLessThan(alles.betrokkenen.length);
  });

  it('computes once per store version, shared by callers who ask meanwhile, and anew after a change elsewhere', async () => {
    const store = f.stores.arnhem;
    const vraag: AnalyseVraag = { soort: 'werklijst', aantal: 3, introducties: 1 };
    const voor = werker.berekeningen;
    const [een, twee] = await Promise.all([
      werker.beantwoord(store, ARNHEM, vraag),
      werker.beantwoord(store, ARNHEM, vraag),
    ]);
    expect(een).toBe(twee);
    expect(werker.berekeningen).toBe(voor + 1);
    expect(await werker.beantwoord(store, ARNHEM, vraag)).toBe(een);
    expect(werker.berekeningen).toBe(voor + 1);

    // Another connection to the file (the command line beside a server) changes an organisation's name.
    const ander = await openStore({ gemeente: 'arnhem', pad: store.pad });
    const [org] = (await ander.listOrganisaties({}, { limiet: 1 })).items;
    await ander.upsertOrganisatie({ ...org!, naam: 'Hernoemde Proefpartner' }, { actor: 'test' });
    await ander.close();
    const nieuw = await werker.beantwoord(store, ARNHEM, { soort: 'gezondheid' });
    expect(nieuw.versie).toBeGreaterThan(een.versie);
    const kaart = await werker.beantwoord(store, ARNHEM, { soort: 'netwerk', posities: false });
    const knoop = (kaart.body as { knopen: Array<{ id: string; naam: string }> }).knopen.find(
      (k) => k.id === `organisatie:${org!.id}`,
    );
    expect(knoop?.naam).toBe('Hernoemde Proefpartner');
    expect(werker.berekeningen).toBe(voor + 3);
  });

  it('stops at its heap limit with a Dutch answer, and starts a new worker for the next question', async () => {
    // 4 MB does not hold even the analysis package: the worker runs out of memory on every question.
    const klein = new Analysewerker({ heapMb: 4 });
    const melding =
      'De analyse past niet in het geheugen van de analysewerker (4 MB); de werker is opnieuw gestart. ' +
      'Probeer het later opnieuw, of laat de beheerder NETWERKREGIE_ANALYSE_HEAP_MB verhogen.';
    for (let i = 0; i < 2; i++) {
      const fout = await klein.beantwoord(f.stores.arnhem, ARNHEM, { soort: 'gezondheid' }).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(AnalyseGeheugenFout);
      expect(fout).toMatchObject({ name: 'AnalyseGeheugenFout', code: 'analyse.geheugen', message: melding });
    }
    // Each question was asked of a worker (a new one after the first stopped), not refused by a dead one.
    expect(klein.berekeningen).toBe(2);
    await klein.close();
    const { body } = await werker.beantwoord(f.stores.arnhem, ARNHEM, { soort: 'gezondheid' });
    expect(body).toMatchObject({ indicatoren: expect.any(Array) });
  });

  it('starts in a process run with a V8 flag a worker refuses (npm start’s --max-semi-space-size)', async () => {
    // The server runs with that flag; passed on to the worker it made the constructor throw.
    const script = `
      import { GEMEENTEN } from '@netwerkregie/domain';
      import { openStore } from '@netwerkregie/store';
      import { Analysewerker } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
      const store = await openStore({ gemeente: 'almere', pad: ${JSON.stringify(f.stores.almere.pad)} });
      const werker = new Analysewerker();
      const a = await werker.beantwoord(store, GEMEENTEN.almere, { soort: 'gezondheid' }, { peildatum: '${PEILDATUM}' });
      process.stdout.write(JSON.stringify(a.betrokkenen.length));
      await werker.close();
      await store.close();`;
    const uit = execFileSync(process.execPath, ['--max-semi-space-size=16', '--input-type=module', '-e', script], {
      cwd: new URL('.', import.meta.url),
      encoding: 'utf8',
    });
    expect(Number(uit)).toBe((await hier(f.stores.almere, { soort: 'gezondheid' })).betrokkenen.length);
  });

  it('passes the store’s refusal on, as the same kind of error', async () => {
    await expect(
      werker.beantwoord(f.stores.almere, ALMERE, { soort: 'gezondheid' }, { peildatum: '2024-02-30' }),
    ).rejects.toThrow(RangeError);
  });
});
