import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { contactpersoonRadicalisering } from './contactpersoon-radicalisering.js';

describe('contactpersoon-radicalisering', () => {
  const m = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('school', 'onderwijs')
    .organisatie('moskee', 'gemeenschap')
    .organisatie('gemeente', 'gemeente')
    .persoon('anna', 'politie', ['contactpersoon-radicalisering'])
    .persoon('bob', 'ggz', ['eerstelijnswerker'])
    .persoon('eva', 'ggz', ['contactpersoon-radicalisering'], { begin: '2020-01-01', einde: '2025-12-31' })
    .persoon('cor', 'school', ['contactpersoon-radicalisering'])
    .persoon('dirk', 'school', ['contactpersoon-radicalisering', 'aandachtfunctionaris']).m;

  it('counts formal partners without one or with more than one', () => {
    const i = contactpersoonRadicalisering(m);
    expect(i.waarde).toBe(2 / 3);
    expect(i.betreft).toEqual(['organisatie:ggz', 'organisatie:school']);
    expect(i.status).toBe('zorgelijk');
    expect(i.drempel).toEqual({ aandacht: 0.1, zorgelijk: 0.25 });
    expect(i.details).toEqual({
      redenen: {
        'organisatie:ggz': 'Geen contactpersoon radicalisering.',
        'organisatie:school': '2 contactpersonen radicalisering (Cor, Dirk); niet duidelijk wie het aanspreekpunt is.',
      },
      zonder: ['organisatie:ggz'],
      meerdere: ['organisatie:school'],
      partners: 3,
    });
  });

  it('names the section of the advice it paraphrases', () => {
    expect(contactpersoonRadicalisering(m).toelichting).toMatch(/\(§4\)/);
  });
});
