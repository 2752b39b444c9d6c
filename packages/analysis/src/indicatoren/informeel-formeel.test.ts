import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { informeelFormeel } from './informeel-formeel.js';

describe('informeel-formeel', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('moskee', 'gemeenschap')
    .organisatie('sportclub', 'gemeenschap')
    .organisatie('buurtvereniging', 'gemeenschap')
    .persoon('piet', 'politie')
    // moskee - mo - piet: two steps
    .persoon('mo', 'moskee')
    .relatie('persoon', 'mo', 'piet')
    // sportclub - sam - mo - piet: three steps, too far
    .persoon('sam', 'sportclub')
    .relatie('persoon', 'sam', 'mo')
    // buurtvereniging - wijkoverleg - politie: two steps
    .overleg('wijkoverleg', { organisaties: ['buurtvereniging', 'politie'] })
    // key figures: karel knows piet (one step), kim only her own club
    .persoon('karel', 'moskee', ['sleutelfiguur'])
    .relatie('persoon', 'karel', 'piet')
    .persoon('kim', 'sportclub', ['sleutelfiguur']).m;

  it('lists informal organisations and key figures more than two steps from the formal network', () => {
    const i = informeelFormeel(m);
    expect(i.betreft).toEqual(['organisatie:sportclub', 'persoon:kim']);
    expect(i.waarde).toBe(2 / 5);
    expect(i.status).toBe('zorgelijk');
    expect(i.details?.afstand).toEqual({
      'organisatie:moskee': 2,
      'organisatie:buurtvereniging': 2,
      'persoon:karel': 1,
    });
    expect(i.details?.redenen['persoon:kim']).toBe(
      'Sleutelfiguur zonder pad van hooguit twee stappen naar het formele netwerk.',
    );
  });
});
