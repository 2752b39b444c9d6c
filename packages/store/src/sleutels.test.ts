import { join } from 'node:path';
import { sleutelHash, standaardVerloopdatum } from '@netwerkregie/store';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, tijdelijkeMap } from './_testhulp.js';
import { alleRijen, openTest, opgeslagenBytes } from './_testmotor.js';

afterAll(cleanUp);

const GEHEIM = 'nwr_Zq8v3LmX0pTk2WbY7sHd';

describe('API keys', () => {
  it('hashes with SHA-256 as hex', () => {
    expect(sleutelHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('stores only the hash, finds by hash, and revokes', async () => {
    const pad = join(await tijdelijkeMap(), 'k.db');
    const store = await openTest({ gemeente: 'almere', pad });
    const hash = sleutelHash(GEHEIM);
    await store.saveSleutel({ id: 'k-api', hash, rol: 'regisseur', omschrijving: 'koppeling wijkteams' });
    await store.saveSleutel({
      id: 'k-cli',
      hash: sleutelHash('ander-geheim'),
      rol: 'beheerder',
      omschrijving: 'beheer',
    });
    await expect(store.saveSleutel({ id: 'k-x', hash: GEHEIM, rol: 'lezer', omschrijving: 'fout' })).rejects.toThrow(
      'Sleutel: hash moet een SHA-256 in 64 hexadecimale tekens zijn.',
    );
    await expect(
      store.saveSleutel({ id: 'k-y', hash: sleutelHash('y'), rol: 'koning' as never, omschrijving: 'fout' }),
    ).rejects.toThrow('Onbekende rol "koning"; kies uit lezer, regisseur, beheerder.');
    await store.close();

    const bytes = await opgeslagenBytes(pad);
    expect(bytes.includes(Buffer.from(GEHEIM))).toBe(false);
    expect(bytes.includes(Buffer.from(hash))).toBe(true);
    expect((await alleRijen(pad)).sleutels!.map((r) => ({ id: r.id, hash: r.hash }))).toEqual([
      { id: 'k-api', hash },
      { id: 'k-cli', hash: sleutelHash('ander-geheim') },
    ]);

    const weer = await openTest({ gemeente: 'almere', pad });
    const gevonden = await weer.sleutelOpHash(hash);
    expect(gevonden).toEqual({
      id: 'k-api',
      hash,
      rol: 'regisseur',
      omschrijving: 'koppeling wijkteams',
      aangemaakt: gevonden?.aangemaakt,
      ingetrokken: null,
      verloopt: standaardVerloopdatum(),
    });
    expect(gevonden?.aangemaakt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(await weer.sleutelOpHash(sleutelHash('onbekend'))).toBeUndefined();

    expect(await weer.revokeSleutel('k-api')).toBe(true);
    expect(await weer.revokeSleutel('k-api')).toBe(false);
    expect(await weer.revokeSleutel('k-onbekend')).toBe(false);
    const ingetrokken = await weer.sleutelOpHash(hash);
    expect(ingetrokken?.ingetrokken).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await weer.listSleutels()).map((s) => [s.id, s.rol, s.ingetrokken === null])).toEqual([
      ['k-api', 'regisseur', false],
      ['k-cli', 'beheerder', true],
    ]);
    // Saving again changes rol and omschrijving only.
    await weer.saveSleutel({ id: 'k-cli', hash: sleutelHash('nieuw'), rol: 'lezer', omschrijving: 'alleen lezen' });
    expect((await weer.listSleutels())[1]).toMatchObject({
      id: 'k-cli',
      hash: sleutelHash('ander-geheim'),
      rol: 'lezer',
      omschrijving: 'alleen lezen',
    });
    await weer.close();
  });
});
