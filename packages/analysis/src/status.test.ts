import { describe, expect, it } from 'vitest';
import { determineStatus } from './status.js';

describe('determineStatus', () => {
  it('higher is worse when aandacht < zorgelijk', () => {
    const d = { aandacht: 0.1, zorgelijk: 0.25 };
    expect([0, 0.099, 0.1, 0.2, 0.25, 1].map((w) => determineStatus(w, d))).toEqual([
      'goed',
      'goed',
      'aandacht',
      'aandacht',
      'zorgelijk',
      'zorgelijk',
    ]);
  });
  it('lower is worse when aandacht > zorgelijk', () => {
    const d = { aandacht: 0.8, zorgelijk: 0.5 };
    expect([1, 0.81, 0.8, 0.6, 0.5, 0].map((w) => determineStatus(w, d))).toEqual([
      'goed',
      'goed',
      'aandacht',
      'aandacht',
      'zorgelijk',
      'zorgelijk',
    ]);
  });
  it('works on counts too', () => {
    expect([0, 1, 4, 9].map((w) => determineStatus(w, { aandacht: 1, zorgelijk: 4 }))).toEqual([
      'goed',
      'aandacht',
      'zorgelijk',
      'zorgelijk',
    ]);
  });
});
