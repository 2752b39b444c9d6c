import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { regisseurkandidaten } from './regisseurkandidaten.js';

describe('regisseurkandidaten', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('school', 'onderwijs')
    .organisatie('jongerenwerk', 'jeugd-en-welzijn')
    .organisatie('moskee', 'gemeenschap')
    .persoon('ria', 'politie')
    .persoon('gijs', 'ggz')
    .persoon('jan', ['jongerenwerk', 'ggz'])
    .persoon('imam', 'moskee')
    // ria: veiligheid, zorg (gijs), onderwijs (meeting with the school) = 3
    .relatie('persoon', 'ria', 'gijs')
    .overleg('zat', { organisaties: ['school'], personen: ['ria'] })
    // jan: jeugd-en-welzijn, zorg, gemeenschap (imam), veiligheid (a meeting where the politie has a seat) = 4
    .relatie('persoon', 'jan', 'imam')
    .overleg('jit', { organisaties: ['politie'], personen: ['jan'] }).m;
  // imam reaches 3 domains through jan (gemeenschap, jeugd-en-welzijn, zorg) but is not in the formal network;
  // gijs reaches 2 (zorg, veiligheid through ria).

  it('ranks formal persons whose own ties span the most domains', () => {
    const i = regisseurkandidaten(m);
    expect(i.waarde).toBe(2);
    expect(i.drempel).toBeNull();
    expect(i.status).toBe('goed');
    expect(i.betreft).toEqual(['persoon:jan', 'persoon:ria']);
    expect(i.details?.kandidaten.map((k) => [k.naam, k.domeinen])).toEqual([
      ['Jan', ['veiligheid', 'zorg', 'jeugd-en-welzijn', 'gemeenschap']],
      ['Ria', ['veiligheid', 'zorg', 'onderwijs']],
    ]);
    expect(i.details?.redenen['persoon:ria']).toBe(
      'Eigen banden met 3 domeinen (veiligheid, zorg, onderwijs); werkt bij Politie.',
    );
  });

  it('asks attention when nobody bridges enough domains', () => {
    const leeg = new Bouwer().organisatie('politie', 'veiligheid').persoon('ria', 'politie').m;
    const i = regisseurkandidaten(leeg);
    expect([i.waarde, i.status, i.betreft]).toEqual([0, 'aandacht', []]);
  });
});
