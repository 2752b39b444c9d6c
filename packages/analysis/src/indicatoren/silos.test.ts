import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { silos } from './silos.js';

function kliek(b: Bouwer, ids: string[]) {
  for (const a of ids) for (const c of ids) if (a < c) b.relatie('organisatie', a, c);
}

describe('silos', () => {
  const b = new Bouwer();
  const veiligheid = ['v1', 'v2', 'v3', 'v4', 'v5'];
  const gemengd = ['z1', 'z2', 'z3', 'o1', 'o2'];
  const klein = ['w1', 'w2', 'w3'];
  for (const id of veiligheid) b.organisatie(id, 'veiligheid');
  for (const id of gemengd) b.organisatie(id, id.startsWith('z') ? 'zorg' : 'onderwijs');
  for (const id of klein) b.organisatie(id, 'veiligheid');
  kliek(b, veiligheid);
  kliek(b, gemengd);
  kliek(b, klein);

  it('finds communities of at least siloMinimum organisations of one domain', () => {
    const i = silos(b.m);
    expect(i.waarde).toBe(1);
    expect(i.status).toBe('aandacht');
    expect(i.betreft).toEqual(veiligheid.map((v) => `organisatie:${v}`));
    expect(i.details?.communities).toBe(3);
    expect(i.details?.silos.map(({ domein, organisaties, aandeel }) => ({ domein, organisaties, aandeel }))).toEqual([
      { domein: 'veiligheid', organisaties: 5, aandeel: 1 },
    ]);
    expect(i.details?.redenen['organisatie:v1']).toBe(
      'In een gemeenschap van 5 organisaties waarvan 5 uit veiligheid.',
    );
  });
});
