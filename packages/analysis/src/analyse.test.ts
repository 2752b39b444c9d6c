import { analyse, INDICATOR_IDS, toIndicatorStanden } from '@netwerkregie/analysis';
import { describe, expect, it } from 'vitest';
import { voorbeeld } from './_testbouwer.js';

describe('analyse', () => {
  const m = voorbeeld();
  const rapport = analyse(m);

  it('reports every indicator for the gemeente and peildatum', () => {
    expect(rapport.gemeente).toEqual({ slug: 'testdorp', naam: 'Testdorp' });
    expect(rapport.peildatum).toBe('2026-03-01');
    expect(rapport.indicatoren.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
    expect(rapport.indicatoren.map((i) => [i.id, i.waarde, i.status])).toEqual([
      ['contactpersoon-radicalisering', 3 / 5, 'zorgelijk'],
      ['veiligheid-zorg', 2 / 4, 'zorgelijk'],
      ['informeel-formeel', 1, 'zorgelijk'],
      ['wederkerigheid', 4 / 5, 'zorgelijk'],
      ['kwetsbaarheid', 2 / 6, 'aandacht'],
      ['training', 1 / 3, 'zorgelijk'],
      ['wijkdekking', 8, 'zorgelijk'],
      ['overlegdruk', 0, 'goed'],
      ['silos', 0, 'goed'],
      // A snapshot without confirmations: no partner was ever confirmed.
      ['actualiteit', 1, 'zorgelijk'],
      ['regisseurkandidaten', 0, 'aandacht'],
    ]);
    for (const i of rapport.indicatoren) expect(i.toelichting).toMatch(/\(§\d(\.\d)?\)/);
  });

  it('summarises the network', () => {
    const { knopen, kanten, componenten, articulatiepunten, bruggen, knippersonen, centraliteit } = rapport.metrieken;
    expect(knopen).toEqual({ totaal: 15, persoon: 8, organisatie: 7, overleg: 0 });
    expect(kanten).toEqual({ totaal: 11, lidmaatschap: 8, deelname: 0, relatie: 3 });
    expect(componenten).toEqual({ aantal: 4, grootste: 10 });
    expect([articulatiepunten, bruggen, knippersonen]).toEqual([5, 11, 1]);
    expect(centraliteit.methode).toBe('exact');
    expect(centraliteit.pivots).toBeNull();
    expect(centraliteit.betweenness[0]).toMatchObject({ id: 'persoon:piet', naam: 'Piet', soort: 'persoon' });
  });

  it('names every entity it mentions', () => {
    for (const i of rapport.indicatoren) for (const k of i.betreft) expect(rapport.entiteiten[k]?.naam).toBeTruthy();
    expect(rapport.entiteiten['organisatie:boa']).toEqual({
      naam: 'Boa',
      soort: 'organisatie',
      domein: 'veiligheid',
      netwerk: 'formeel',
    });
    expect(rapport.entiteiten['wijk:Noord']).toEqual({ naam: 'Noord', soort: 'wijk' });
  });

  it('is plain JSON and the same on every run', () => {
    expect(JSON.parse(JSON.stringify(rapport))).toEqual(rapport);
    expect(analyse(m)).toEqual(rapport);
  });
});

describe('toIndicatorStanden', () => {
  it('turns a report into trend rows', () => {
    const rijen = toIndicatorStanden(analyse(voorbeeld()), '2026-03-01T08:00:00Z', 'import');
    expect(rijen).toHaveLength(11);
    expect(rijen[0]).toEqual({
      tijd: '2026-03-01T08:00:00Z',
      indicatorId: 'contactpersoon-radicalisering',
      waarde: 0.6,
      status: 'zorgelijk',
      aanleiding: 'import',
    });
  });
});
