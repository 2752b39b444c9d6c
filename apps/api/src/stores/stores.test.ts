import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@netwerkregie/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALMERE, ARNHEM } from '../_test/fixture.js';
import { bestandsOpener, StoreRegister } from './stores.js';

let map: string;
beforeAll(async () => {
  map = await mkdtemp(join(tmpdir(), 'netwerkregie-stores-'));
});
afterAll(() => rm(map, { recursive: true, force: true }));

describe('StoreRegister', () => {
  it('opens one file per gemeente on first use, shares it, and closes them all', async () => {
    const register = new StoreRegister(bestandsOpener(join(map, 'data')));
    expect(existsSync(join(map, 'data', 'almere.db'))).toBe(false);
    const [a, b] = await Promise.all([register.get(ALMERE), register.get(ALMERE)]);
    expect(a).toBe(b);
    const arnhem = await register.get(ARNHEM);
    expect(arnhem).not.toBe(a);
    expect(a.gemeente).toBe('almere');
    expect(existsSync(join(map, 'data', 'almere.db'))).toBe(true);
    expect(existsSync(join(map, 'data', 'arnhem.db'))).toBe(true);
    await register.close();
    await expect(a.listOrganisaties({})).rejects.toThrow();
    await expect(register.get(ALMERE)).rejects.toThrow(/gesloten/);
  });

  it('tries again after a failed opening', async () => {
    let pogingen = 0;
    const register = new StoreRegister(async () => {
      pogingen++;
      if (pogingen === 1) throw new Error('schijf even weg');
      return { gemeente: 'almere', close: async () => {} } as unknown as Store;
    });
    await expect(register.get(ALMERE)).rejects.toThrow('schijf even weg');
    expect((await register.get(ALMERE)).gemeente).toBe('almere');
    expect(pogingen).toBe(2);
    await register.close();
  });
});
