import { describe, expect, it } from 'vitest';
import { Bouwer } from '../_testbouwer.js';
import { buildWerklijst } from '../werklijst.js';
import { actualiteit } from './actualiteit.js';
import { computeIndicatoren } from './alle.js';

/** Four formal partners, one informal one and the gemeente; peildatum 2026-03-01, so data before 2025-03-01 is old. */
function netwerk() {
  const b = new Bouwer()
    .organisatie('politie', 'veiligheid')
    .organisatie('ggz', 'zorg')
    .organisatie('school', 'onderwijs')
    .organisatie('wijkteam', 'jeugd-en-welzijn')
    .organisatie('moskee', 'gemeenschap')
    .organisatie('gemeente', 'gemeente')
    .persoon('agent', 'politie', ['contactpersoon-radicalisering'])
    .contact('politie', '2026-02-01')
    .contact('ggz', '2026-02-01')
    .contact('school', '2026-02-01')
    .contact('wijkteam', '2026-02-01');
  b.m.bevestigingen = [
    { organisatieId: 'politie', bevestigdOp: '2025-06-01', dodeLink: false },
    { organisatieId: 'ggz', bevestigdOp: '2025-02-28', dodeLink: false },
    { organisatieId: 'school', bevestigdOp: null, dodeLink: true },
    { organisatieId: 'moskee', bevestigdOp: '2026-01-01', dodeLink: false },
  ];
  return b.m;
}

describe('actualiteit', () => {
  it('is the share of formal partners not confirmed within the period', () => {
    const i = actualiteit(netwerk());
    expect(i.waarde).toBe(3 / 4);
    expect(i.status).toBe('zorgelijk');
    expect(i.betreft).toEqual(['organisatie:ggz', 'organisatie:school', 'organisatie:wijkteam']);
    expect(i.details).toEqual({
      redenen: {
        'organisatie:ggz': 'Laatst bevestigd op 28-02-2025.',
        'organisatie:school': 'Nooit bevestigd. De link van de bevestigingsronde kwam niet aan of verliep.',
        'organisatie:wijkteam': 'Nooit bevestigd.',
      },
      grens: '2025-03-01',
      termijnMaanden: 12,
      partners: 4,
      onbevestigd: ['organisatie:ggz', 'organisatie:school', 'organisatie:wijkteam'],
      dodeLink: ['organisatie:school'],
    });
  });

  it('takes its period and thresholds from the gemeente', () => {
    const m = netwerk();
    m.gemeente = { ...m.gemeente, drempels: { ...m.gemeente.drempels, bevestigingTermijnMaanden: 24 } };
    m.gemeente.drempels.indicatoren = {
      ...m.gemeente.drempels.indicatoren,
      actualiteit: { aandacht: 0.5, zorgelijk: 0.9 },
    };
    const i = actualiteit(m);
    expect([i.waarde, i.status, i.details?.grens]).toEqual([2 / 4, 'aandacht', '2024-03-01']);
    expect(i.verouderd?.tekst).toBe('Berust voor 50 % op gegevens ouder dan 2 jaar.');
  });

  it('gives every indicator the share of its inputs older than the period', () => {
    const per = Object.fromEntries(computeIndicatoren(netwerk()).map((i) => [i.id, i.verouderd]));
    expect(per['contactpersoon-radicalisering']).toEqual({
      aandeel: 3 / 4,
      organisaties: 4,
      tekst: 'Berust voor 75 % op gegevens ouder dan een jaar.',
    });
    // Safety and care: politie (confirmed) and ggz (too old).
    expect(per['veiligheid-zorg']?.tekst).toBe('Berust voor 50 % op gegevens ouder dan een jaar.');
    // Every partner, the informal moskee (confirmed) included: 3 of 5.
    expect(per.wederkerigheid?.aandeel).toBe(3 / 5);
    // Every organisation, the gemeente (never confirmed) included: 4 of 6.
    expect(per.silos?.organisaties).toBe(6);
    expect(per.regisseurkandidaten?.aandeel).toBe(3 / 4);
    // Without confirmations in the snapshot, no indicator claims anything about freshness.
    const zonder = netwerk();
    delete zonder.bevestigingen;
    expect(computeIndicatoren(zonder).filter((i) => i.verouderd !== undefined)).toEqual([]);
  });

  it('puts an unconfirmed partner with a dead link at the top of the worklist', () => {
    const w = buildWerklijst(netwerk());
    expect(w.partners[0]).toMatchObject({
      organisatie: 'organisatie:school',
      bevestigdOp: null,
      redenen: [
        'Geen contactpersoon radicalisering (§4).',
        'Gegevens nooit bevestigd en de link van de bevestigingsronde kwam niet aan of verliep: bel om ze na te lopen.',
      ],
    });
    expect(w.partners.find((p) => p.organisatie === 'organisatie:ggz')?.redenen).toContain(
      'Gegevens laatst bevestigd op 28-02-2025 (§4: de lijst is een levend document).',
    );
    expect(w.partners.find((p) => p.organisatie === 'organisatie:politie')).toBeUndefined();
  });
});
