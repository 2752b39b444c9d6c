import { describe, expect, it } from 'vitest';
import { nieuwId } from './_id.js';

describe('nieuwId', () => {
  it('gives UUIDs in the version-4 layout that grow one by one and differ in their random part', () => {
    const ids = Array.from({ length: 200_000 }, () => nieuwId());
    const vorm = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.filter((id) => !vorm.test(id))).toEqual([]);
    // Strictly increasing as text, so a b-tree keyed on them only appends.
    expect(ids.findIndex((id, i) => i > 0 && !(ids[i - 1]! < id))).toBe(-1);
    // The first 48 bits count up by one, from a start below 2^47.
    const teller = (id: string) => Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(teller(ids.at(-1)!) - teller(ids[0]!)).toBe(ids.length - 1);
    expect(teller(ids[0]!)).toBeLessThan(2 ** 47);
    // The random rest (74 bits): no two alike.
    expect(new Set(ids.map((id) => id.slice(14))).size).toBe(ids.length);
  });
});
