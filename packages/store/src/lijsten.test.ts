import type { PersoonFilter, Store } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIDMAATSCHAPPEN, PERSONEN, fill } from './_testhulp.js';
import { openTest } from './_testmotor.js';

let store: Store;
beforeAll(async () => {
  store = await openTest({ gemeente: 'almere', pad: ':memory:' });
  await fill(store);
});
afterAll(() => store.close());

const ids = (l: { items: Array<{ id: string }> }) => l.items.map((p) => p.id);

describe('listPersonen', () => {
  it.each<[string, PersoonFilter, string[]]>([
    ['no filter', {}, ['p-els', 'p-fatima', 'p-jan', 'p-mohamed', 'p-sanne']],
    ['domein', { domein: 'zorg' }, ['p-els', 'p-fatima']],
    ['wijk', { wijk: 'Almere Stad' }, ['p-jan', 'p-sanne']],
    ['another wijk', { wijk: 'Almere Buiten' }, ['p-els', 'p-fatima', 'p-mohamed']],
    ['unknown wijk', { wijk: 'Almere Pampus' }, []],
    ['rol', { rol: 'contactpersoon-radicalisering' }, ['p-jan', 'p-sanne']],
    ['netwerk', { netwerk: 'informeel' }, ['p-mohamed']],
    ['organisatie', { organisatieId: 'o-school' }, ['p-jan', 'p-sanne']],
    ['getraind', { getraind: true }, ['p-fatima', 'p-jan']],
    ['niet getraind', { getraind: false }, ['p-els', 'p-mohamed', 'p-sanne']],
    ['niet gesproken sinds 2024', { nietGesprokenSinds: '2024-01-01' }, ['p-els', 'p-fatima', 'p-mohamed']],
    ['niet gesproken sinds 2023', { nietGesprokenSinds: '2023-01-01' }, ['p-mohamed']],
    ['domein and rol on one membership', { domein: 'onderwijs', rol: 'eerstelijnswerker' }, ['p-jan']],
    ['domein and rol never on one membership', { domein: 'zorg', rol: 'contactpersoon-radicalisering' }, []],
    ['domein and organisatie on different memberships', { domein: 'veiligheid', organisatieId: 'o-school' }, []],
    ['wijk, getraind and rol', { wijk: 'Almere Stad', getraind: true, rol: 'eerstelijnswerker' }, ['p-jan']],
  ])('filters on %s with an exact total', async (_, filter, verwacht) => {
    const l = await store.listPersonen(filter);
    expect(ids(l)).toEqual(verwacht);
    expect(l.totaal).toBe(verwacht.length);
    expect([l.offset, l.limiet]).toEqual([0, 50]);
  });

  it('pages with a total that counts every match', async () => {
    const pagina = (offset: number) => store.listPersonen({}, { offset, limiet: 2 });
    expect(await pagina(0).then((l) => [ids(l), l.totaal, l.offset, l.limiet])).toEqual([
      ['p-els', 'p-fatima'],
      5,
      0,
      2,
    ]);
    expect(await pagina(2).then((l) => [ids(l), l.totaal])).toEqual([['p-jan', 'p-mohamed'], 5]);
    expect(await pagina(4).then((l) => [ids(l), l.totaal])).toEqual([['p-sanne'], 5]);
    expect(await pagina(6).then((l) => [ids(l), l.totaal])).toEqual([[], 5]);
    const gefilterd = await store.listPersonen({ getraind: false }, { offset: 1, limiet: 1 });
    expect([ids(gefilterd), gefilterd.totaal]).toEqual([['p-mohamed'], 3]);
  });

  it('sorts on whitelisted fields, folded names, and rejects others in Dutch', async () => {
    expect(ids(await store.listPersonen({}, { sortering: '-naam' }))).toEqual([
      'p-sanne',
      'p-mohamed',
      'p-jan',
      'p-fatima',
      'p-els',
    ]);
    expect(ids(await store.listPersonen({}, { sortering: 'email' }))).toEqual([
      'p-sanne',
      'p-els',
      'p-fatima',
      'p-jan',
      'p-mohamed',
    ]);
    expect(ids(await store.listPersonen({}, { sortering: '-id', limiet: 2 }))).toEqual(['p-sanne', 'p-mohamed']);
    await expect(store.listPersonen({}, { sortering: 'leeftijd' })).rejects.toThrow(
      new RangeError(
        'Onbekende sortering "leeftijd"; kies uit naam, email, telefoon, id (met - ervoor voor aflopend).',
      ),
    );
    await expect(store.listPersonen({}, { sortering: '-p.nr' })).rejects.toThrow(RangeError);
    await expect(store.listPersonen({}, { sortering: 'constructor' })).rejects.toThrow(RangeError);
    await expect(store.listPersonen({}, { limiet: 1001 })).rejects.toThrow(
      'Ongeldige limiet 1001; verwacht een geheel getal van 1 tot en met 1000.',
    );
    await expect(store.listPersonen({}, { limiet: 0 })).rejects.toThrow(RangeError);
    await expect(store.listPersonen({}, { offset: -1 })).rejects.toThrow('Ongeldige offset -1');
    await expect(store.listPersonen({ nietGesprokenSinds: '1-1-2024' })).rejects.toThrow(
      'nietGesprokenSinds: geen geldige datum "1-1-2024"; verwacht jjjj-mm-dd.',
    );
    expect((await store.listPersonen({}, { limiet: 1000 })).limiet).toBe(1000);
  });

  it("shows each person's memberships with organisation name, domein and netwerk, and whether trained", async () => {
    const l = await store.listPersonen({ organisatieId: 'o-politie' });
    const [politie, school] = [LIDMAATSCHAPPEN[1]!, LIDMAATSCHAPPEN[2]!];
    expect(l.items).toEqual([
      {
        ...PERSONEN[1],
        lidmaatschappen: [
          { ...school, organisatieNaam: 'Het Baken College', domein: 'onderwijs', netwerk: 'formeel' },
          { ...politie, organisatieNaam: 'Politie Basisteam Zuid', domein: 'veiligheid', netwerk: 'formeel' },
        ],
        getraind: true,
      },
    ]);
    const mohamed = (await store.listPersonen({ netwerk: 'informeel' })).items[0];
    expect(mohamed?.getraind).toBe(false);
    expect(mohamed?.lidmaatschappen.map((m) => [m.organisatieNaam, m.domein, m.netwerk, m.rollen])).toEqual([
      ['Moskee Ël Noer', 'gemeenschap', 'informeel', ['sleutelfiguur']],
    ]);
  });
});

describe('the other lists', () => {
  it('lists organisations by filter, ids and sort', async () => {
    expect(ids(await store.listOrganisaties({}))).toEqual(['o-ggz', 'o-school', 'o-moskee', 'o-politie']);
    expect(ids(await store.listOrganisaties({ wijk: 'Almere Stad' }))).toEqual(['o-school', 'o-politie']);
    expect(ids(await store.listOrganisaties({ domein: 'zorg' }))).toEqual(['o-ggz']);
    expect(ids(await store.listOrganisaties({ netwerk: 'formeel' }, { sortering: '-naam', limiet: 2 }))).toEqual([
      'o-politie',
      'o-school',
    ]);
    const l = await store.listOrganisaties({ ids: ['o-moskee', 'o-ggz', 'o-onbekend'] }, { sortering: 'domein' });
    expect([ids(l), l.totaal]).toEqual([['o-moskee', 'o-ggz'], 2]);
    expect(await store.listOrganisaties({ ids: [] })).toEqual({ items: [], totaal: 0, offset: 0, limiet: 50 });
    const p = await store.listOrganisaties({}, { offset: 3, limiet: 2 });
    expect([ids(p), p.totaal]).toEqual([['o-politie'], 4]);
    await expect(store.listOrganisaties({}, { sortering: 'wijken' })).rejects.toThrow(
      'Onbekende sortering "wijken"; kies uit naam, domein, netwerk, soort, id (met - ervoor voor aflopend).',
    );
  });

  it('lists meeting structures', async () => {
    const l = await store.listOverleggen();
    expect([ids(l), l.totaal]).toEqual([['ov-casus', 'ov-zat'], 2]);
    expect(ids(await store.listOverleggen({ sortering: '-naam', limiet: 1 }))).toEqual(['ov-zat']);
  });

  it('lists contact moments newest first, with dates from inclusive and to exclusive', async () => {
    expect(ids(await store.listContactmomenten({}))).toEqual(['c-1', 'c-3', 'c-2']);
    expect(ids(await store.listContactmomenten({ vanaf: '2024-01-15' }))).toEqual(['c-1', 'c-3']);
    expect(ids(await store.listContactmomenten({ tot: '2024-01-15' }))).toEqual(['c-2']);
    expect(ids(await store.listContactmomenten({ organisatieId: 'o-ggz' }))).toEqual(['c-2']);
    expect(ids(await store.listContactmomenten({ persoonId: 'p-jan' }))).toEqual(['c-1']);
    const l = await store.listContactmomenten({}, { sortering: 'kanaal', limiet: 2 });
    expect([ids(l), l.totaal]).toEqual([['c-1', 'c-3'], 3]);
    await expect(store.listContactmomenten({ vanaf: '2024-02-30' })).rejects.toThrow(RangeError);
  });

  it('lists trainings newest first, undated last', async () => {
    expect(ids(await store.listTrainingen({}))).toEqual(['t-2', 't-1', 't-3']);
    expect(ids(await store.listTrainingen({}, { sortering: 'datum' }))).toEqual(['t-3', 't-1', 't-2']);
    expect(ids(await store.listTrainingen({ persoonId: 'p-jan' }))).toEqual(['t-2', 't-1']);
    const l = await store.listTrainingen({ soort: 'basistraining' });
    expect([ids(l), l.totaal]).toEqual([['t-1', 't-3'], 2]);
  });
});
