import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { veiligheidZorg } from './veiligheid-zorg.js';

describe('veiligheid-zorg', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('boa', 'veiligheid')
    .organisatie('om', 'veiligheid')
    .organisatie('reclassering', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('ggd', 'zorg')
    .organisatie('huisarts', 'zorg')
    .organisatie('jeugdzorg', 'zorg')
    // politie-ggz: an organisation relation
    .relatie('organisatie', 'politie', 'ggz')
    // boa-ggd: a person relation between their members
    .persoon('anna', 'boa')
    .persoon('bert', 'ggd')
    .relatie('persoon', 'anna', 'bert')
    // om-huisarts and om-ggd: one person at all three
    .persoon('cees', ['om', 'huisarts', 'ggd'])
    // boa-huisarts: boa has a seat in a meeting that a huisarts member attends
    .persoon('dani', 'huisarts')
    .overleg('jit', { organisaties: ['boa'], personen: ['dani'] })
    // reclassering and jeugdzorg: members, but no tie to the other domain
    .persoon('ed', 'reclassering')
    .persoon('fien', 'jeugdzorg').m;

  it('finds the organisations without a tie to the other domain', () => {
    const i = veiligheidZorg(m);
    expect(i.waarde).toBe(6 / 8);
    expect(i.status).toBe('aandacht');
    expect(i.betreft).toEqual(['organisatie:jeugdzorg', 'organisatie:reclassering']);
    expect(i.details?.redenen).toEqual({
      'organisatie:reclassering': 'Veiligheidspartner zonder band met een zorgpartner.',
      'organisatie:jeugdzorg': 'Zorgpartner zonder band met een veiligheidspartner.',
    });
    expect(i.details?.veiligheid).toEqual({ totaal: 4, metBand: 3 });
    expect(i.details?.zorg).toEqual({ totaal: 4, metBand: 3 });
    expect(i.details?.banden).toBe(5);
  });

  it('names the brokers, most ties first', () => {
    expect(veiligheidZorg(m).details?.makelaars).toEqual([
      { persoon: 'persoon:cees', naam: 'Cees', banden: 2 },
      { persoon: 'persoon:anna', naam: 'Anna', banden: 1 },
      { persoon: 'persoon:bert', naam: 'Bert', banden: 1 },
      { persoon: 'persoon:dani', naam: 'Dani', banden: 1 },
    ]);
  });

  it('is good when every safety and care partner knows the other side', () => {
    const klein = new Bouwer()
      .organisatie('politie', 'veiligheid')
      .organisatie('ggz', 'zorg')
      .relatie('organisatie', 'ggz', 'politie').m;
    const i = veiligheidZorg(klein);
    expect([i.waarde, i.status, i.betreft]).toEqual([1, 'goed', []]);
  });
});
