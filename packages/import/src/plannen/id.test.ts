import { describe, expect, it } from 'vitest';
import { nieuwId } from './_id.js';

describe('nieuwId', () => {
  it('gives version-7 UUIDs that grow, carry the time and differ in their random part', () => {
    const voor = Date.now();
    const ids = Array.from({ length: 200_000 }, () => nieuwId());
    const na = Date.now();
    const vorm = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.filter((id) => !vorm.test(id))).toEqual([]);
    // Strictly increasing as text, so a b-tree keyed on them only appends.
    const fout = ids.findIndex((id, i) => i > 0 && !(ids[i - 1]! < id));
    expect(fout).toBe(-1);
    // The first 48 bits are the millisecond of minting (or, past 4,096 ids in one millisecond, a little later).
    const ms = (id: string) => Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms(ids[0]!)).toBeGreaterThanOrEqual(voor);
    expect(ms(ids[0]!)).toBeLessThanOrEqual(na);
    // The random tails (the last 62 bits): no two alike.
    expect(new Set(ids.map((id) => id.slice(19))).size).toBe(ids.length);
  });
});
