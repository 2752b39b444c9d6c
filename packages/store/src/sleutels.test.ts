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

  it('remembers a found key for sleutelCacheMs: revoked through this store at once, through another within that time', async () => {
    const pad = join(await tijdelijkeMap(), 'cache.db');
    const server = await openTest({ gemeente: 'almere', pad, sleutelCacheMs: 400 });
    const cli = await openTest({ gemeente: 'almere', pad });
    try {
      const hash = sleutelHash(GEHEIM);
      const ander = sleutelHash('ander-geheim');
      // Unknown keys are not remembered: a key made afterwards works at once.
      expect(await server.sleutelOpHash(hash)).toBeUndefined();
      await cli.saveSleutel({ id: 'k-1', hash, rol: 'regisseur', omschrijving: 'koppeling' });
      await cli.saveSleutel({ id: 'k-2', hash: ander, rol: 'lezer', omschrijving: 'intranet' });
      expect((await server.sleutelOpHash(hash))?.ingetrokken).toBeNull();
      expect((await server.sleutelOpHash(ander))?.ingetrokken).toBeNull();

      // Revoked by another process (the CLI): still the cached record until the time is up, then refused.
      const t = Date.now();
      expect(await cli.revokeSleutel('k-1')).toBe(true);
      const direct = await server.sleutelOpHash(hash);
      if (Date.now() - t < 300) expect(direct?.ingetrokken).toBeNull();
      await new Promise((r) => setTimeout(r, 450));
      expect((await server.sleutelOpHash(hash))?.ingetrokken).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      // Revoked through the store that cached it: refused at once.
      expect(await server.revokeSleutel('k-2')).toBe(true);
      expect((await server.sleutelOpHash(ander))?.ingetrokken).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    } finally {
      await cli.close();
      await server.close();
    }
  });
});
