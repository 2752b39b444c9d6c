import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type SleutelRol } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createFixture, Database, type Fixture } from '../_test/fixture.js';
import { createSleutel, gemeenteVanSleutel, revokeSleutel, sleutelHash, verifySleutel } from './sleutels.js';

describe('sleutels', () => {
  it('makes a key that names its gemeente, stores only its hash, and can be revoked', async () => {
    const pad = join(tmpdir(), `netwerkregie-sleutels-${process.pid}-${Date.now()}.db`);
    const store = await openStore({ gemeente: 'almere', pad });
    try {
      const { id, sleutel } = await createSleutel(store, { rol: 'regisseur', omschrijving: 'test' });
      expect(sleutel).toMatch(/^nr_almere_[A-Za-z0-9_-]{43}$/);
      expect(gemeenteVanSleutel(sleutel)).toBe('almere');
      const [record] = await store.listSleutels();
      expect(record).toMatchObject({ id, rol: 'regisseur', hash: sleutelHash(sleutel) });
      expect(JSON.stringify(await store.listSleutels())).not.toContain(sleutel.slice(10));
      expect((await verifySleutel(store, sleutel))?.id).toBe(id);
      expect(await verifySleutel(store, `${sleutel.slice(0, -1)}x`)).toBeUndefined();
      expect(await revokeSleutel(store, id)).toBe(true);
      expect(await verifySleutel(store, sleutel)).toBeUndefined();
      await expect(createSleutel(store, { rol: 'koning' as string as SleutelRol, omschrijving: '' })).rejects.toThrow(
        RangeError,
      );
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

describe('keys over HTTP', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(() => f.opruimen());

  it('accepts the exact key only: one character off anywhere is refused like an unknown key', async () => {
    const sleutel = f.sleutels.lezer;
    const geheim = sleutel.slice('nr_almere_'.length);
    const anders = (c: string) => (c === 'A' ? 'B' : 'A');
    const varianten = [
      `${sleutel.slice(0, -1)}${anders(sleutel.at(-1) as string)}`, // last character
      `nr_almere_${anders(geheim[0] as string)}${geheim.slice(1)}`, // first character of the secret
      `${sleutel.slice(0, 30)}${anders(sleutel[30] as string)}${sleutel.slice(31)}`, // one in the middle
      sleutel.slice(0, -1), // one short
      `${sleutel}A`, // one too many
      `nr_arnhem_${geheim}`, // the same secret for another gemeente
      sleutelHash(sleutel), // what the database holds
    ];
    expect(new Set(varianten).size).toBe(7);
    expect((await f.request(`${A}/organisaties`, { sleutel })).status).toBe(200);
    for (const v of varianten) {
      const res = await f.request(`${A}/organisaties`, { sleutel: v });
      expect(res.status, v).toBe(401);
      expect(res.headers.get('www-authenticate'), v).toBe('Bearer realm="netwerkregie", error="invalid_token"');
      expect(((await res.json()) as { code: string }).code).toBe('sleutel.ongeldig');
    }
  });

  it('keeps only the SHA-256 of each key in the database file, never the secret', async () => {
    const db = new Database(join(f.map, 'almere.db'), { readonly: true });
    try {
      const rijen = db.prepare('select * from sleutels').all() as Array<Record<string, unknown>>;
      expect(rijen).toHaveLength(3);
      const tekst = JSON.stringify(rijen);
      for (const rol of ['lezer', 'regisseur', 'beheerder'] as const) {
        const sleutel = f.sleutels[rol];
        expect(tekst).not.toContain(sleutel.slice('nr_almere_'.length, -8));
        expect(rijen.find((r) => r.id === f.sleutelIds[rol])?.hash).toBe(sleutelHash(sleutel));
      }
    } finally {
      db.close();
    }
  });
});
