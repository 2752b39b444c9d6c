import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@netwerkregie/store';
import { describe, expect, it } from 'vitest';
import { controleerSleutel, gemeenteVanSleutel, maakSleutel, sleutelHash, trekSleutelIn } from './sleutels.js';

describe('sleutels', () => {
  it('makes a key that names its gemeente, stores only its hash, and can be revoked', async () => {
    const pad = join(tmpdir(), `netwerkregie-sleutels-${process.pid}-${Date.now()}.db`);
    const store = await openStore({ gemeente: 'almere', pad });
    try {
      const { id, sleutel } = await maakSleutel(store, { rol: 'regisseur', omschrijving: 'test' });
      expect(sleutel).toMatch(/^nr_almere_[A-Za-z0-9_-]{43}$/);
      expect(gemeenteVanSleutel(sleutel)).toBe('almere');
      const [record] = await store.listSleutels();
      expect(record).toMatchObject({ id, rol: 'regisseur', hash: sleutelHash(sleutel) });
      expect(JSON.stringify(await store.listSleutels())).not.toContain(sleutel.slice(10));
      expect((await controleerSleutel(store, sleutel))?.id).toBe(id);
      expect(await controleerSleutel(store, `${sleutel.slice(0, -1)}x`)).toBeUndefined();
      expect(await trekSleutelIn(store, id)).toBe(true);
      expect(await controleerSleutel(store, sleutel)).toBeUndefined();
      await expect(maakSleutel(store, { rol: 'koning' as never, omschrijving: '' })).rejects.toThrow(RangeError);
    } finally {
      await store.close();
      await rm(pad, { force: true });
      await rm(`${pad}-wal`, { force: true });
      await rm(`${pad}-shm`, { force: true });
    }
  });

  it('reads the gemeente only from a well-formed key', () => {
    expect(gemeenteVanSleutel(`nr_den-haag_${'a'.repeat(43)}`)).toBe('den-haag');
    expect(gemeenteVanSleutel(`nr_almere_${'a'.repeat(42)}`)).toBeUndefined();
    expect(gemeenteVanSleutel('Bearer nr_almere_x')).toBeUndefined();
  });
});
