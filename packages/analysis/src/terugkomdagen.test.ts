import { buildWerklijst, terugkomdagen } from '@netwerkregie/analysis';
import { describe, expect, it } from 'vitest';
import { Bouwer } from './_testbouwer.js';

/** Peildatum 2026-03-01; with the default term of 24 months the boundary is 2024-03-01. */
function stad(gemeente = {}) {
  return new Bouwer(gemeente)
    .organisatie('politie', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .persoon('anna', 'politie', ['contactpersoon-radicalisering', 'eerstelijnswerker'])
    .training('anna', '2024-02-29')
    .persoon('bert', 'politie', ['eerstelijnswerker'])
    .training('bert', '2015-03-01')
    .training('bert', '2025-01-10')
    .persoon('cor', 'politie', ['eerstelijnswerker'])
    .training('cor', '2024-03-01')
    .persoon('dirk', 'politie')
    .training('dirk', null)
    .persoon('gijs', 'ggz', ['contactpersoon-radicalisering'])
    .contact('politie', '2026-02-20')
    .contact('ggz', '2026-02-20').m;
}

describe('terugkomdagen', () => {
  it('lists the members whose latest dated training lies before the peildatum minus the term', () => {
    expect(terugkomdagen(stad())).toEqual({
      peildatum: '2026-03-01',
      termijnMaanden: 24,
      grens: '2024-03-01',
      organisaties: [
        {
          organisatie: 'organisatie:politie',
          naam: 'Politie',
          // anna, bert and cor have a dated training; dirk's "ja" tells no age; a later training refreshes bert.
          getraind: 3,
          personen: [{ persoon: 'persoon:anna', naam: 'Anna', laatsteTraining: '2024-02-29', soort: 'basistraining' }],
        },
      ],
    });
  });

  it('follows the gemeente configured term', () => {
    const t = terugkomdagen(stad({ terugkomdagTermijnMaanden: 12 }));
    expect([t.grens, t.organisaties[0]!.personen.map((p) => p.naam)]).toEqual(['2025-03-01', ['Anna', 'Bert', 'Cor']]);
  });

  it('gives one organisation, even when nobody there is due', () => {
    expect(terugkomdagen(stad(), { organisatie: 'ggz' }).organisaties).toEqual([
      { organisatie: 'organisatie:ggz', naam: 'Ggz', getraind: 0, personen: [] },
    ]);
  });

  it('puts the refresher in the worklist with a reason in the advice words', () => {
    const w = buildWerklijst(stad({ terugkomdagTermijnMaanden: 18 }));
    expect(w.partners.map((p) => [p.naam, p.score, p.redenen])).toEqual([
      [
        'Politie',
        0.33,
        ['2 van 3 getrainde medewerkers langer dan 18 maanden geleden getraind: terugkomdag nodig (§4).'],
      ],
    ]);
  });
});
