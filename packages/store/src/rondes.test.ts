import { join } from 'node:path';
import { findGemeente } from '@netwerkregie/domain';
import { sleutelHash, uitnodigingStatus } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, fill, tijdelijkeMap } from './_testhulp.js';
import { alleRijen, openTest, opgeslagenBytes } from './_testmotor.js';

afterAll(cleanUp);

const TOKEN = 'bv_almere_Qm9vZ2llV29vZ2llQm9vZ2llV29vZ2ll';
const RONDE = {
  id: 'r-1',
  gestart: '2026-03-01T09:00:00.000Z',
  actor: 'k-regisseur',
  geldigTot: '2026-03-31',
  selectie: { domein: 'veiligheid' as const },
};

describe('confirmation rounds', () => {
  it('keeps only the token hash, finds by hash and derives each status', async () => {
    const pad = join(await tijdelijkeMap(), 'r.db');
    const store = await openTest({ gemeente: 'almere', pad });
    await fill(store);
    const hash = sleutelHash(TOKEN);
    await expect(
      store.saveRonde(RONDE, [{ id: 'u-x', organisatieId: 'o-politie', tokenHash: TOKEN, verloopt: '2026-03-31' }]),
    ).rejects.toThrow('Uitnodiging: tokenhash moet een SHA-256 in 64 hexadecimale tekens zijn.');
    expect(await store.listRondes()).toEqual([]);
    await store.saveRonde(RONDE, [
      { id: 'u-1', organisatieId: 'o-politie', tokenHash: hash, verloopt: '2026-03-31' },
      { id: 'u-2', organisatieId: 'o-ggz', tokenHash: sleutelHash('ander'), verloopt: '2026-03-31' },
    ]);
    await store.close();
    const bytes = await opgeslagenBytes(pad);
    expect(bytes.includes(Buffer.from(TOKEN))).toBe(false);
    expect((await alleRijen(pad)).uitnodigingen!.map((r) => r.token_hash)).toEqual([hash, sleutelHash('ander')]);

    const weer = await openTest({ gemeente: 'almere', pad });
    expect(await weer.listRondes()).toEqual([RONDE]);
    const u = await weer.uitnodigingOpHash(hash);
    expect(u).toEqual({
      id: 'u-1',
      rondeId: 'r-1',
      organisatieId: 'o-politie',
      tokenHash: hash,
      verloopt: '2026-03-31',
      verzonden: null,
      geopend: null,
      beantwoord: null,
      antwoord: null,
      importId: null,
      onbestelbaar: null,
      herinnerd: null,
      ingetrokken: null,
      afgewezen: null,
    });
    expect(await weer.uitnodigingOpHash(sleutelHash('onbekend'))).toBeUndefined();
    expect(await weer.uitnodigingOpHash(TOKEN)).toBeUndefined();
    expect(uitnodigingStatus(u!, '2026-03-02')).toBe('openstaand');
    expect(await weer.markUitnodiging('u-1', { verzonden: '2026-03-01T09:01:00Z' })).toBe(true);
    expect(uitnodigingStatus((await weer.uitnodiging('u-1'))!, '2026-03-02')).toBe('verzonden');
    await weer.markUitnodiging('u-1', { geopend: '2026-03-02T10:00:00Z' });
    expect(uitnodigingStatus((await weer.uitnodiging('u-1'))!, '2026-03-02')).toBe('geopend');
    expect(uitnodigingStatus((await weer.uitnodiging('u-1'))!, '2026-03-31')).toBe('verlopen');
    await weer.markUitnodiging('u-1', {
      beantwoord: '2026-03-03T10:00:00Z',
      antwoord: 'gecorrigeerd',
      importId: 'i-9',
    });
    expect(uitnodigingStatus((await weer.uitnodiging('u-1'))!, '2026-04-30')).toBe('gecorrigeerd');
    // The invitation a plan came from; a rejected plan shows as afgewezen, whatever the date.
    expect((await weer.uitnodigingVanImport('i-9'))?.id).toBe('u-1');
    expect(await weer.uitnodigingVanImport('i-onbekend')).toBeUndefined();
    await weer.markUitnodiging('u-1', { afgewezen: '2026-03-04T10:00:00Z' });
    expect(uitnodigingStatus((await weer.uitnodiging('u-1'))!, '2026-03-05')).toBe('afgewezen');
    expect(uitnodigingStatus((await weer.uitnodiging('u-1'))!, '2026-04-30')).toBe('afgewezen');
    await weer.markUitnodiging('u-2', { onbestelbaar: '2026-03-01T09:02:00Z' });
    expect(uitnodigingStatus((await weer.uitnodiging('u-2'))!, '2026-03-02')).toBe('onbestelbaar');
    await weer.markUitnodiging('u-2', { ingetrokken: '2026-03-01T09:03:00Z' });
    expect(uitnodigingStatus((await weer.uitnodiging('u-2'))!, '2026-03-02')).toBe('ingetrokken');
    expect(await weer.markUitnodiging('u-onbekend', { geopend: 'x' })).toBe(false);
    await expect(weer.markUitnodiging('u-1', { antwoord: 'misschien' as never })).rejects.toThrow(
      'Onbekend antwoord "misschien".',
    );
    await weer.close();
  });

  it("dates confirmations, takes back an import's, and reports dead links", async () => {
    const store = await openTest({ gemeente: 'almere', pad: join(await tijdelijkeMap(), 'b.db') });
    await fill(store);
    await store.confirmOrganisaties(['o-politie'], { datum: '2025-01-10', bron: 'ronde:r-0' });
    await store.confirmOrganisaties(['o-politie', 'o-ggz', 'o-ggz'], {
      datum: '2026-02-01',
      bron: 'import:i-1',
      importId: 'i-1',
    });
    await store.saveRonde(RONDE, [
      { id: 'u-1', organisatieId: 'o-ggz', tokenHash: sleutelHash('a'), verloopt: '2026-03-31' },
      { id: 'u-2', organisatieId: 'o-moskee', tokenHash: sleutelHash('b'), verloopt: '2026-03-31' },
    ]);
    await store.markUitnodiging('u-1', { onbestelbaar: '2026-03-01T10:00:00Z' });
    expect(await store.bevestigingen('2026-03-02')).toEqual([
      { organisatieId: 'o-ggz', bevestigdOp: '2026-02-01', dodeLink: true },
      { organisatieId: 'o-moskee', bevestigdOp: null, dodeLink: false },
      { organisatieId: 'o-politie', bevestigdOp: '2026-02-01', dodeLink: false },
    ]);
    expect(await store.forgetBevestigingen('i-1')).toBe(2);
    expect(await store.bevestigingen('2026-04-01')).toEqual([
      { organisatieId: 'o-ggz', bevestigdOp: null, dodeLink: true },
      { organisatieId: 'o-moskee', bevestigdOp: null, dodeLink: true },
      { organisatieId: 'o-politie', bevestigdOp: '2025-01-10', dodeLink: false },
    ]);
    const gemeente = findGemeente('almere')!;
    // The snapshot carries them, narrowed to what the view sees (o-moskee is informal).
    expect((await store.momentopname(gemeente, '2026-04-01')).bevestigingen?.map((b) => b.organisatieId)).toEqual([
      'o-ggz',
      'o-moskee',
      'o-politie',
    ]);
    expect(
      (await store.withZicht('formeel').momentopname(gemeente, '2026-04-01')).bevestigingen?.map(
        (b) => b.organisatieId,
      ),
    ).toEqual(['o-ggz', 'o-politie']);
    await store.close();
  });
});
