import { describe, expect, it } from 'vitest';
import { Operaties } from './operaties.js';

describe('Operaties: the organisations to confirm', () => {
  it('gives each id once, in the order first added, across buffers and chunks', () => {
    const operaties = new Operaties();
    try {
      // 12,000 distinct ids (more than two chunks of 5,000), each added twice with the repeat 250 later.
      const ids = Array.from({ length: 12_000 }, (_, i) => `o-${i}`);
      for (let i = 0; i < ids.length + 250; i++) {
        if (i < ids.length) operaties.addOrganisatieId(ids[i]!);
        if (i >= 250) operaties.addOrganisatieId(ids[i - 250]!);
      }
      const stukken = [...operaties.organisatieIdStukken()];
      expect(stukken.map((s) => s.length)).toEqual([5000, 5000, 2000]);
      expect(stukken.flat()).toEqual(ids);
    } finally {
      operaties.close();
    }
  });

  it('gives nothing for a plan that names no organisation, and refuses to read once closed', () => {
    const operaties = new Operaties();
    expect([...operaties.organisatieIdStukken()]).toEqual([]);
    operaties.close();
    expect(() => [...operaties.organisatieIdStukken()]).toThrow('Dit importplan is al toegepast of gesloten');
  });
});
