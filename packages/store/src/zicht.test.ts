/** The formal view (a lezer's): every read answers as if the informal network did not exist. Both engines. */
import { join } from 'node:path';
import { GEMEENTEN, type Gemeente } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRON, cleanUp, tijdelijkeMap } from './_testhulp.js';
import { openTest } from './_testmotor.js';

const ALMERE = GEMEENTEN.almere as Gemeente;
const ids = (l: { items: Array<{ id: string }> } | Array<{ id: string }>) =>
  (Array.isArray(l) ? l : l.items).map((x) => x.id);

const GGD = {
  id: 'o-ggd',
  naam: 'GGD Proefstad',
  domein: 'zorg',
  netwerk: 'formeel',
  soort: null,
  wijken: ['Almere Stad'],
} as const;
const MOSKEE = {
  id: 'o-moskee',
  naam: 'Islamitisch Centrum Proef',
  domein: 'gemeenschap',
  netwerk: 'informeel',
  soort: 'moskee',
  wijken: ['Almere Buiten'],
} as const;

/** Anna sits in both networks, Bram only in the formal one, Cem only in the informal one. */
async function fillZicht(s: Store): Promise<void> {
  await s.upsertOrganisatie({ ...GGD, wijken: [...GGD.wijken] }, BRON);
  await s.upsertOrganisatie(
    { id: 'o-politie', naam: 'Politie Proefteam', domein: 'veiligheid', netwerk: 'formeel', soort: null, wijken: [] },
    BRON,
  );
  await s.upsertOrganisatie({ ...MOSKEE, wijken: [...MOSKEE.wijken] }, BRON);
  const persoon = (id: string, naam: string) => ({ id, naam, email: `${id}@example.org`, telefoon: null });
  await s.upsertPersoon(persoon('p-anna', 'Anna Proef'), BRON);
  await s.upsertPersoon(persoon('p-bram', 'Bram Proef'), BRON);
  await s.upsertPersoon(persoon('p-cem', 'Cem Proef'), BRON);
  const lid = (id: string, persoonId: string, organisatieId: string, functie: string, rollen: string[]) =>
    s.upsertLidmaatschap(
      { id, persoonId, organisatieId, functie, rollen: rollen as never, begin: null, einde: null },
      BRON,
    );
  await lid('l-1', 'p-anna', 'o-ggd', 'verpleegkundige', ['contactpersoon-radicalisering']);
  await lid('l-2', 'p-anna', 'o-moskee', 'bestuurslid', ['sleutelfiguur']);
  await lid('l-3', 'p-bram', 'o-politie', 'wijkagent', []);
  await lid('l-4', 'p-cem', 'o-moskee', 'voorzitter', ['sleutelfiguur']);
  await s.upsertOverleg({ id: 'ov-1', naam: 'Casusoverleg Proef', soort: null }, BRON);
  const deelname = (id: string, organisatieId: string | null, persoonId: string | null) =>
    s.upsertDeelname({ id, overlegId: 'ov-1', organisatieId, persoonId }, BRON);
  await deelname('d-1', 'o-ggd', null);
  await deelname('d-2', 'o-moskee', null);
  await deelname('d-3', null, 'p-cem');
  await deelname('d-4', null, 'p-anna');
  await s.upsertRelatie({ id: 'r-1', entiteit: 'persoon', van: 'p-anna', naar: 'p-bram', soort: 'kent' }, BRON);
  await s.upsertRelatie({ id: 'r-2', entiteit: 'persoon', van: 'p-anna', naar: 'p-cem', soort: 'kent' }, BRON);
  await s.upsertRelatie(
    { id: 'r-3', entiteit: 'organisatie', van: 'o-ggd', naar: 'o-moskee', soort: 'werkt samen' },
    BRON,
  );
  await s.upsertRelatie(
    { id: 'r-4', entiteit: 'organisatie', van: 'o-ggd', naar: 'o-politie', soort: 'werkt samen' },
    BRON,
  );
  const contact = (id: string, organisatieId: string, persoonId: string | null, datum: string) =>
    s.upsertContactmoment(
      { id, organisatieId, persoonId, datum, kanaal: 'bezoek', aanleiding: 'regulier', initiatief: 'gemeente' },
      BRON,
    );
  await contact('c-1', 'o-ggd', null, '2024-01-10');
  await contact('c-2', 'o-moskee', 'p-anna', '2024-06-01');
  await contact('c-3', 'o-politie', null, '2024-02-01');
  await contact('c-4', 'o-moskee', 'p-cem', '2024-05-01');
  await s.upsertTraining({ id: 't-1', persoonId: 'p-anna', soort: 'basistraining', datum: '2023-03-01' }, BRON);
  await s.upsertTraining({ id: 't-2', persoonId: 'p-cem', soort: 'basistraining', datum: '2023-04-01' }, BRON);
}

afterAll(cleanUp);

let alles: Store;
let formeel: Store;
beforeAll(async () => {
  alles = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 'zicht.db') });
  await fillZicht(alles);
  formeel = alles.withZicht('formeel');
});
afterAll(() => alles.close());

describe('the formal view', () => {
  it('knows its view and narrows but never widens', () => {
    expect(alles.zicht).toBe('alles');
    expect(formeel.zicht).toBe('formeel');
    expect(formeel.withZicht('formeel')).toBe(formeel);
    expect(() => formeel.withZicht('alles')).toThrow('Een store met zicht "formeel" kan niet breder kijken ("alles").');
  });

  it('searches only words of formal memberships', async () => {
    expect(ids(await alles.searchPersonen('Islamitisch'))).toEqual(['p-anna', 'p-cem']);
    expect(await formeel.searchPersonen('Islamitisch')).toEqual({ items: [], totaal: 0, offset: 0, limiet: 50 });
    expect(ids(await alles.searchPersonen('bestuurslid'))).toEqual(['p-anna']);
    expect((await formeel.searchPersonen('bestuurslid')).totaal).toBe(0);
    expect(ids(await formeel.searchPersonen('verpleegkundige'))).toEqual(['p-anna']);
    expect(ids(await formeel.searchPersonen('proef'))).toEqual(['p-anna', 'p-bram']);
    expect((await formeel.searchPersonen('cem')).totaal).toBe(0);
    expect((await alles.searchPersonen('cem')).totaal).toBe(1);
  });

  it('lists, counts and filters persons within the view', async () => {
    expect(ids(await alles.listPersonen({}))).toEqual(['p-anna', 'p-bram', 'p-cem']);
    const lijst = await formeel.listPersonen({});
    expect(ids(lijst)).toEqual(['p-anna', 'p-bram']);
    expect(lijst.totaal).toBe(2);
    expect(lijst.items[0]?.lidmaatschappen.map((l) => l.organisatieNaam)).toEqual(['GGD Proefstad']);
    const empty = async (f: Parameters<Store['listPersonen']>[0]) => (await formeel.listPersonen(f)).totaal;
    expect(await empty({ rol: 'sleutelfiguur' })).toBe(0);
    expect(await empty({ domein: 'gemeenschap' })).toBe(0);
    expect(await empty({ wijk: 'Almere Buiten' })).toBe(0);
    expect(await empty({ organisatieId: 'o-moskee' })).toBe(0);
    expect(await empty({ netwerk: 'informeel' })).toBe(0);
    expect(ids(await alles.listPersonen({ rol: 'sleutelfiguur' }))).toEqual(['p-anna', 'p-cem']);
    expect(ids(await formeel.listPersonen({ rol: 'contactpersoon-radicalisering' }))).toEqual(['p-anna']);
    expect(ids(await formeel.listPersonen({ getraind: true }))).toEqual(['p-anna']);
    expect(ids(await alles.listPersonen({ getraind: true }))).toEqual(['p-anna', 'p-cem']);
    expect(ids(await formeel.listPersonen({ getraind: false }))).toEqual(['p-bram']);
    // Anna's last contact (2024-06-01) was through the mosque: the formal view does not count it.
    expect(ids(await alles.listPersonen({ nietGesprokenSinds: '2024-03-01' }))).toEqual(['p-bram']);
    const stil = await formeel.listPersonen({ nietGesprokenSinds: '2024-03-01' });
    expect(ids(stil)).toEqual(['p-anna', 'p-bram']);
    expect(stil.totaal).toBe(2);
    expect(ids(await formeel.searchPersonen('proef', { nietGesprokenSinds: '2024-03-01' }))).toEqual([
      'p-anna',
      'p-bram',
    ]);
  });

  it('reads single entities only when visible', async () => {
    expect(await formeel.persoon('p-cem')).toBeUndefined();
    expect(await formeel.persoonKaart('p-cem')).toBeUndefined();
    expect(await formeel.persoonOpEmail('p-cem@example.org')).toBeUndefined();
    expect(await formeel.persoonOpNaam('Cem Proef', 'o-moskee')).toBeUndefined();
    expect(await alles.persoon('p-cem')).toEqual({
      id: 'p-cem',
      naam: 'Cem Proef',
      email: 'p-cem@example.org',
      telefoon: null,
    });
    const anna = await formeel.persoonKaart('p-anna');
    expect(anna?.lidmaatschappen.map((l) => [l.id, l.organisatieNaam, l.netwerk])).toEqual([
      ['l-1', 'GGD Proefstad', 'formeel'],
    ]);
    expect(anna?.getraind).toBe(true);
    expect((await alles.persoonKaart('p-anna'))?.lidmaatschappen.map((l) => l.id)).toEqual(['l-1', 'l-2']);
    expect(await formeel.organisatie('o-moskee')).toBeUndefined();
    expect(await formeel.organisatieOpNaam('Islamitisch Centrum Proef')).toBeUndefined();
    expect(await formeel.entiteit('organisatie', 'o-moskee')).toBeUndefined();
    expect(await formeel.lidmaatschap('l-2')).toBeUndefined();
    expect(ids(await formeel.lidmaatschappenVanPersoon('p-anna'))).toEqual(['l-1']);
    expect(await formeel.lidmaatschappenVanOrganisatie('o-moskee')).toEqual([]);
    expect(await formeel.deelname('d-2')).toBeUndefined();
    expect(await formeel.relatie('r-2')).toBeUndefined();
    expect(await formeel.relatie('r-3')).toBeUndefined();
    expect(await formeel.contactmoment('c-2')).toBeUndefined();
    expect(await formeel.training('t-2')).toBeUndefined();
    expect((await formeel.overleg('ov-1'))?.naam).toBe('Casusoverleg Proef');
  });

  it('lists organisations, participations, contact moments and trainings within the view', async () => {
    const organisaties = await formeel.listOrganisaties({});
    expect(ids(organisaties)).toEqual(['o-ggd', 'o-politie']);
    expect(organisaties.totaal).toBe(2);
    expect((await formeel.listOrganisaties({ netwerk: 'informeel' })).totaal).toBe(0);
    expect((await formeel.listOrganisaties({ wijk: 'Almere Buiten' })).totaal).toBe(0);
    expect((await alles.listOrganisaties({})).totaal).toBe(3);
    expect(ids(await formeel.deelnamesVanOverleg('ov-1'))).toEqual(['d-1', 'd-4']);
    expect(ids(await alles.deelnamesVanOverleg('ov-1'))).toEqual(['d-1', 'd-2', 'd-3', 'd-4']);
    const contacten = await formeel.listContactmomenten({});
    expect(ids(contacten)).toEqual(['c-3', 'c-1']);
    expect(contacten.totaal).toBe(2);
    expect((await formeel.listContactmomenten({ persoonId: 'p-anna' })).totaal).toBe(0);
    expect(ids(await formeel.listTrainingen({}))).toEqual(['t-1']);
    expect((await formeel.listOverleggen()).totaal).toBe(1);
  });

  it('gives the analysis the formal network only', async () => {
    const m = await formeel.momentopname(ALMERE, '2025-01-01');
    expect(ids(m.organisaties)).toEqual(['o-ggd', 'o-politie']);
    expect(ids(m.personen)).toEqual(['p-anna', 'p-bram']);
    expect(ids(m.lidmaatschappen)).toEqual(['l-1', 'l-3']);
    expect(ids(m.overleggen)).toEqual(['ov-1']);
    expect(ids(m.deelnames)).toEqual(['d-1', 'd-4']);
    expect(ids(m.relaties)).toEqual(['r-1', 'r-4']);
    expect(ids(m.contactmomenten)).toEqual(['c-1', 'c-3']);
    expect(ids(m.trainingen)).toEqual(['t-1']);
    expect(ids((await alles.momentopname(ALMERE, '2025-01-01')).personen)).toEqual(['p-anna', 'p-bram', 'p-cem']);
  });

  it('keeps the view inside a transaction, and writes (an audit row) as usual', async () => {
    await formeel.transaction(async (tx) => {
      expect(tx.zicht).toBe('formeel');
      expect((await tx.listPersonen({})).totaal).toBe(2);
      expect((await tx.searchPersonen('Islamitisch')).totaal).toBe(0);
      await tx.audit({ actor: 'k-lezer', actie: 'lezen', entiteit: 'persoon', doel: 'test' });
    });
    expect((await alles.listAudit({ actor: 'k-lezer' })).totaal).toBe(1);
  });

  it('re-indexes the members when an organisation changes network', async () => {
    await alles.upsertOrganisatie({ ...MOSKEE, wijken: [...MOSKEE.wijken], netwerk: 'formeel' }, BRON);
    expect(ids(await formeel.searchPersonen('Islamitisch'))).toEqual(['p-anna', 'p-cem']);
    expect((await formeel.listPersonen({})).totaal).toBe(3);
    await alles.upsertOrganisatie({ ...MOSKEE, wijken: [...MOSKEE.wijken] }, BRON);
    expect((await formeel.searchPersonen('Islamitisch')).totaal).toBe(0);
    expect((await formeel.listPersonen({})).totaal).toBe(2);
  });

  it('drops an erased person from both indexes', async () => {
    await alles.upsertPersoon({ id: 'p-dirk', naam: 'Dirk Wisproef', email: null, telefoon: null }, BRON);
    await alles.upsertLidmaatschap(
      { id: 'l-9', persoonId: 'p-dirk', organisatieId: 'o-ggd', functie: null, rollen: [], begin: null, einde: null },
      BRON,
    );
    expect(ids(await formeel.searchPersonen('wisproef'))).toEqual(['p-dirk']);
    expect(await alles.erasePersoon('p-dirk', { ...BRON, doel: 'test' })).toBe(true);
    expect((await formeel.searchPersonen('wisproef')).totaal).toBe(0);
    expect((await alles.searchPersonen('wisproef')).totaal).toBe(0);
  });
});
