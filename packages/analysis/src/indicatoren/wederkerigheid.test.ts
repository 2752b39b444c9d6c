import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { wederkerigheid } from './wederkerigheid.js';

describe('wederkerigheid', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('school', 'onderwijs')
    .organisatie('jeugdzorg', 'zorg')
    .organisatie('moskee', 'gemeenschap')
    .organisatie('gemeente', 'gemeente')
    .contact('politie', '2026-02-01')
    .contact('ggz', '2025-10-01')
    .contact('ggz', '2026-03-15') // after the peildatum: does not count
    .contact('school', '2026-01-15', 'signaal')
    .contact('school', '2026-02-20', 'signaal').m;

  it('finds partners out of touch and partners contacted only on signals', () => {
    const i = wederkerigheid(m);
    expect(i.betreft).toEqual(['organisatie:ggz', 'organisatie:jeugdzorg', 'organisatie:school']);
    expect(i.waarde).toBe(3 / 4);
    expect(i.status).toBe('zorgelijk');
    expect(i.details).toEqual({
      redenen: {
        'organisatie:ggz': 'Laatste contact op 01-10-2025, 151 dagen geleden (termijn 90 dagen).',
        'organisatie:school': 'Alleen contact bij signalen (2×), nooit regulier.',
        'organisatie:jeugdzorg': 'Geen contactmoment vastgelegd.',
      },
      termijnDagen: 90,
      buitenTermijn: ['organisatie:ggz', 'organisatie:jeugdzorg'],
      alleenSignaal: ['organisatie:school'],
      dagenSindsContact: {
        'organisatie:politie': 28,
        'organisatie:ggz': 151,
        'organisatie:school': 9,
        'organisatie:jeugdzorg': null,
      },
    });
  });

  it("uses the gemeente's own term", () => {
    const ruim = new Bouwer({ drempels: { contactTermijnDagen: 200 } })
      .organisatie('ggz', 'zorg')
      .contact('ggz', '2025-10-01').m;
    expect(wederkerigheid(ruim).betreft).toEqual([]);
  });
});
