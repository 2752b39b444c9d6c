import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { overlegdruk } from './overlegdruk.js';

describe('overlegdruk', () => {
  const m = new Bouwer({ drempels: { maxOverleggen: 2 } })
    .organisatie('politie', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('gemeente', 'gemeente')
    .persoon('p1', 'politie')
    .persoon('g1', 'ggz')
    .overleg('ov1', { organisaties: ['politie', 'ggz', 'gemeente'], personen: ['g1'] })
    .overleg('ov2', { organisaties: ['politie', 'gemeente'], personen: ['g1'] })
    .overleg('ov3', { organisaties: ['gemeente'], personen: ['p1'] })
    .overleg('ov4', { organisaties: ['gemeente'] }).m;

  it('counts partners in more than K meeting structures, seats and members together', () => {
    const i = overlegdruk(m);
    expect(i.waarde).toBe(1);
    expect(i.status).toBe('aandacht');
    expect(i.betreft).toEqual(['organisatie:politie']);
    expect(i.details).toEqual({
      redenen: { 'organisatie:politie': 'Neemt deel aan 3 overleggen (meer dan 2).' },
      maxOverleggen: 2,
      aantallen: { 'organisatie:politie': 3, 'organisatie:ggz': 2 },
    });
  });
});
