/** The batched reads an import matches with (koppeling.ts). Both engines. */
import { join } from 'node:path';
import { GEMEENTEN, type Gemeente, naamSleutel } from '@netwerkregie/domain';
import type { Store } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRON, cleanUp, fill, ORGANISATIES, tijdelijkeMap } from './_testhulp.js';
import { openTest } from './_testmotor.js';

const ALMERE = GEMEENTEN.almere as Gemeente;
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

let store: Store;
let formeel: Store;

beforeAll(async () => {
  store = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 'almere.db') });
  formeel = store.withZicht('formeel');
});
afterAll(async () => {
  await store.close();
  await cleanUp();
});

describe('the reads an import matches with', () => {
  it('says an empty store holds nothing, so that a first import looks nothing up', async () => {
    expect(await store.gevuldeSoorten(ALMERE)).toEqual({
      organisaties: false,
      personen: false,
      lidmaatschappen: false,
      overleggen: false,
      deelnames: false,
      contactmomenten: false,
      trainingen: false,
    });
    await expect(store.gevuldeSoorten(GEMEENTEN.arnhem as Gemeente)).rejects.toThrow(
      'Deze store hoort bij gemeente "almere", niet bij "arnhem".',
    );
  });

  it('says which kinds hold rows once filled', async () => {
    await fill(store);
    // A second organisation with the same folded name, and a person only in the informal network.
    await store.upsertOrganisatie({ ...ORGANISATIES[0]!, id: 'o-zz', naam: 'POLITIE  basisteam zuid' }, BRON);
    expect(Object.values(await store.gevuldeSoorten(ALMERE))).toEqual([true, true, true, true, true, true, true]);
  });

  it('finds organisations and meetings by folded name, every one sharing it, in id order', async () => {
    const sleutels = ['Politie Basisteam Zuid', 'GGZ Centraal Polder', 'Moskee Ël Noer', 'Onbekend'].map(naamSleutel);
    expect(ids(await store.organisatiesOpSleutels(sleutels))).toEqual(['o-ggz', 'o-moskee', 'o-politie', 'o-zz']);
    expect(ids(await formeel.organisatiesOpSleutels(sleutels))).toEqual(['o-ggz', 'o-politie', 'o-zz']);
    expect(ids(await store.overleggenOpSleutels([naamSleutel('casusoverleg  RADICALISERING')]))).toEqual(['ov-casus']);
    expect(await store.organisatiesOpSleutels([])).toEqual([]);
  });

  it('finds persons by their exact e-mail, through the view', async () => {
    const emails = ['jan.vandermeulen@example.org', 'm.bouziane@example.org', 'Els.Bakker@example.org'];
    expect(ids(await store.personenOpEmails(emails))).toEqual(['p-jan', 'p-mohamed']);
    expect(ids(await formeel.personenOpEmails(emails))).toEqual(['p-jan']);
  });

  it('finds keys past one statement (1,000 keys a statement)', async () => {
    const emails = Array.from({ length: 2500 }, (_, i) => `niemand${i}@example.org`);
    emails[0] = 'fatima.elruis@example.org';
    emails[2400] = 'jan.vandermeulen@example.org';
    expect(ids(await store.personenOpEmails(emails))).toEqual(['p-fatima', 'p-jan']);
  });

  it('finds persons by folded name within an organisation, ended memberships too, in membership order', async () => {
    const paren = [
      { organisatieId: 'o-school', naamSleutel: naamSleutel('SANNE de vries-Öztürk') },
      { organisatieId: 'o-ggz', naamSleutel: naamSleutel('Els Bakker') },
      { organisatieId: 'o-ggz', naamSleutel: naamSleutel('Jan van der Meulen') },
      { organisatieId: 'o-moskee', naamSleutel: naamSleutel('Mohamed Bouzïane') },
    ];
    const gevonden = (xs: Array<{ organisatieId: string; persoon: { id: string } }>) =>
      xs.map((x) => `${x.organisatieId} ${x.persoon.id}`);
    expect(gevonden(await store.personenOpNaamBinnenOrganisatie(paren))).toEqual([
      'o-ggz p-els',
      'o-moskee p-mohamed',
      'o-school p-sanne',
    ]);
    expect(gevonden(await formeel.personenOpNaamBinnenOrganisatie(paren))).toEqual(['o-ggz p-els', 'o-school p-sanne']);
  });

  it('finds memberships by pair, trainings by person', async () => {
    const paren = [
      { persoonId: 'p-jan', organisatieId: 'o-school' },
      { persoonId: 'p-jan', organisatieId: 'o-ggz' },
      { persoonId: 'p-fatima', organisatieId: 'o-ggz' },
    ];
    expect(ids(await store.lidmaatschappenOpParen(paren))).toEqual(['l-fatima-ggz', 'l-jan-school']);
    expect(ids(await store.trainingenVanPersonen(['p-jan', 'p-sanne']))).toEqual(['t-1', 't-2']);
  });

  it("finds the persons' participations and the organisations' own", async () => {
    const gevonden = await store.deelnamesVan({
      persoonIds: ['p-fatima', 'p-jan'],
      organisatieIds: ['o-politie', 'o-school', 'o-ggz'],
    });
    expect(ids(gevonden)).toEqual(['d-2', 'd-1', 'd-3']);
    expect(await store.deelnamesVan({ persoonIds: [], organisatieIds: [] })).toEqual([]);
  });

  it('finds contact moments by organisation and date, with or without a person', async () => {
    const paren = [
      { organisatieId: 'o-politie', datum: '2024-03-05' },
      { organisatieId: 'o-school', datum: '2024-01-15' },
      { organisatieId: 'o-ggz', datum: '2024-03-05' },
    ];
    expect(ids(await store.contactmomentenOpDatum(paren))).toEqual(['c-1', 'c-3']);
  });

  it('pages through the persons with a current membership, in id order', async () => {
    expect(ids(await store.personenMetActiefLidmaatschap(null, 2))).toEqual(['p-fatima', 'p-jan']);
    expect(ids(await store.personenMetActiefLidmaatschap('p-jan', 10))).toEqual(['p-mohamed', 'p-sanne']);
    expect(ids(await formeel.personenMetActiefLidmaatschap(null, 10))).toEqual(['p-fatima', 'p-jan', 'p-sanne']);
  });
});
