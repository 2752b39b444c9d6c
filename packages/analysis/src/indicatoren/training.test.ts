import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { training } from './training.js';

describe('training', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('school', 'onderwijs')
    .organisatie('ggz', 'zorg')
    .persoon('agent1', 'politie', ['eerstelijnswerker'])
    .training('agent1', '2025-05-01')
    .persoon('agent2', 'politie', ['eerstelijnswerker'])
    .persoon('doc1', 'school', ['eerstelijnswerker'])
    .training('doc1', '2026-06-01') // after the peildatum: not yet trained
    .persoon('doc2', 'school', ['aandachtfunctionaris'])
    .training('doc2', null) // "ja" without a date: trained
    .persoon('af1', 'ggz', ['aandachtfunctionaris', 'eerstelijnswerker'])
    .training('af1', '2024-01-10')
    .persoon('oud', 'ggz', ['eerstelijnswerker'], { begin: '2019-01-01', einde: '2025-01-01' })
    .persoon('buur', 'ggz').m;

  it('measures the trained share of first-line workers and attention officers', () => {
    const i = training(m);
    expect(i.waarde).toBe(3 / 5);
    expect(i.status).toBe('aandacht');
    expect(i.betreft).toEqual(['persoon:agent2', 'persoon:doc1']);
    expect(i.details).toEqual({
      redenen: {
        'persoon:agent2': 'Niet getraind (eerstelijnswerker bij Politie).',
        'persoon:doc1': 'Niet getraind (eerstelijnswerker bij School).',
      },
      perOrganisatie: [
        { organisatie: 'organisatie:ggz', naam: 'Ggz', domein: 'zorg', totaal: 1, getraind: 1 },
        { organisatie: 'organisatie:politie', naam: 'Politie', domein: 'veiligheid', totaal: 2, getraind: 1 },
        { organisatie: 'organisatie:school', naam: 'School', domein: 'onderwijs', totaal: 2, getraind: 1 },
      ],
      perDomein: [
        { domein: 'veiligheid', totaal: 2, getraind: 1 },
        { domein: 'zorg', totaal: 1, getraind: 1 },
        { domein: 'onderwijs', totaal: 2, getraind: 1 },
      ],
      perRol: {
        eerstelijnswerker: { totaal: 4, getraind: 2 },
        aandachtfunctionaris: { totaal: 2, getraind: 2 },
      },
    });
  });
});
