import { join } from 'node:path';
import { GEMEENTEN } from '@netwerkregie/domain';

import { afterAll, describe, expect, it } from 'vitest';
import {
  CONTACTMOMENTEN,
  DEELNAMES,
  LIDMAATSCHAPPEN,
  ORGANISATIES,
  OVERLEGGEN,
  PERSONEN,
  RELATIES,
  cleanUp,
  TRAININGEN,
  tijdelijkeMap,
  fill,
} from './_testhulp.js';
import { openTest } from './_testmotor.js';

afterAll(cleanUp);

const opId = <T extends { id: string }>(lijst: T[]) => [...lijst].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('momentopname', () => {
  it('returns exactly the stored entities, ordered by id', async () => {
    const pad = join(await tijdelijkeMap(), 'm.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await fill(store);
    await store.close();
    const weer = await openTest({ gemeente: 'almere', pad });
    const almere = GEMEENTEN.almere!;
    expect(await weer.momentopname(almere, '2024-06-01')).toEqual({
      gemeente: almere,
      peildatum: '2024-06-01',
      organisaties: opId(ORGANISATIES),
      personen: opId(PERSONEN),
      lidmaatschappen: opId(LIDMAATSCHAPPEN),
      overleggen: opId(OVERLEGGEN),
      deelnames: opId(DEELNAMES),
      relaties: opId(RELATIES),
      contactmomenten: opId(CONTACTMOMENTEN),
      trainingen: opId(TRAININGEN),
    });
    // The same call inside a transaction sees the same.
    expect(await weer.transaction((tx) => tx.momentopname(almere, '2024-06-01'))).toEqual(
      await weer.momentopname(almere, '2024-06-01'),
    );
    await weer.close();
  });

  it('defaults the peildatum to today (UTC) and checks it', async () => {
    const store = await openTest({ gemeente: 'almere', pad: ':memory:' });
    const leeg = await store.momentopname(GEMEENTEN.almere!);
    expect(leeg.peildatum).toBe(new Date().toISOString().slice(0, 10));
    expect([leeg.organisaties, leeg.personen, leeg.trainingen]).toEqual([[], [], []]);
    await expect(store.momentopname(GEMEENTEN.almere!, '01-06-2024')).rejects.toThrow(
      'peildatum: geen geldige datum "01-06-2024"; verwacht jjjj-mm-dd.',
    );
    await store.close();
  });
});
