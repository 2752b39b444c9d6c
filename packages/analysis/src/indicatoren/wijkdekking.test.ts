import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { wijkdekking } from './wijkdekking.js';

describe('wijkdekking', () => {
  const m = new Bouwer({ wijken: ['Noord', 'Zuid'] })
    .organisatie('politie', 'veiligheid', { wijken: ['heel de stad'] })
    .organisatie('ggz', 'zorg', { wijken: ['Noord'] })
    .organisatie('ggd', 'zorg')
    .organisatie('school', 'onderwijs', { wijken: ['noord', 'Zuid'] })
    .organisatie('jongerenwerk', 'jeugd-en-welzijn', { wijken: ['Noord'] })
    .organisatie('gemeente', 'gemeente', { wijken: ['Zuid'] }).m;

  it('lists the district-domain pairs without a partner', () => {
    const i = wijkdekking(m);
    expect(i.waarde).toBe(2);
    expect(i.status).toBe('aandacht');
    expect(i.betreft).toEqual(['wijk:Zuid']);
    expect(i.details).toEqual({
      redenen: { 'wijk:Zuid': 'Geen partner voor zorg, jeugd-en-welzijn.' },
      ontbrekend: [
        { wijk: 'Zuid', domein: 'zorg' },
        { wijk: 'Zuid', domein: 'jeugd-en-welzijn' },
      ],
      partners: {
        Noord: { veiligheid: 1, zorg: 1, onderwijs: 1, 'jeugd-en-welzijn': 1 },
        Zuid: { veiligheid: 1, zorg: 0, onderwijs: 1, 'jeugd-en-welzijn': 0 },
      },
    });
  });
});
