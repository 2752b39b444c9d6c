import { buildWerklijst, findIntroductie } from '@netwerkregie/analysis';
import { describe, expect, it } from 'vitest';
import { voorbeeld } from './_testbouwer.js';

const m = voorbeeld();

describe('buildWerklijst', () => {
  const w = buildWerklijst(m);

  it('ranks partners by score, each with its reasons', () => {
    expect(w.peildatum).toBe('2026-03-01');
    expect(w.partners.map((p) => [p.naam, p.score, p.redenen])).toEqual([
      [
        'Boa',
        5,
        [
          'Nog nooit contact vastgelegd.',
          'Geen contactpersoon radicalisering (§4).',
          'Alle banden lopen via één persoon: Bea (§3.2).',
        ],
      ],
      ['Jeugdzorg', 4, ['Nog nooit contact vastgelegd.', 'Geen contactpersoon radicalisering (§4).']],
      [
        'Ggz',
        3.01,
        [
          '181 dagen geen contact (laatste op 01-09-2025; termijn 90 dagen).',
          'Alle banden lopen via één persoon: Gijs (§3.2).',
        ],
      ],
      ['Moskee', 3, ['Nog nooit contact vastgelegd.']],
      [
        'School',
        2.5,
        [
          'Alleen contact bij signalen; zoek ook contact als er geen zorgen zijn (§2.5).',
          '2 contactpersonen radicalisering: spreek één centraal aanspreekpunt af (§4).',
          '0 van 2 eerstelijnswerkers en aandachtfunctionarissen getraind.',
        ],
      ],
      ['Politie', 1, ['Kwetsbare schakel in het netwerk: Piet (§3.2).']],
    ]);
    expect(w.partners[2]).toMatchObject({
      organisatie: 'organisatie:ggz',
      domein: 'zorg',
      netwerk: 'formeel',
      laatsteContact: '2025-09-01',
      dagenSindsContact: 181,
      contactpersonen: ['persoon:gijs'],
    });
  });

  it('limits the list', () => {
    expect(buildWerklijst(m, { aantal: 2 }).partners.map((p) => p.naam)).toEqual(['Boa', 'Jeugdzorg']);
  });

  it('suggests introductions between safety and care partners that do not know each other', () => {
    expect(w.introducties).toEqual([
      {
        van: 'organisatie:boa',
        naar: 'organisatie:ggz',
        via: 'persoon:piet',
        pad: ['organisatie:boa', 'persoon:bea', 'persoon:piet', 'persoon:gijs', 'organisatie:ggz'],
        tekst: 'Piet kan veiligheidspartner Boa voorstellen aan zorgpartner Ggz.',
      },
    ]);
  });
});

describe('findIntroductie', () => {
  it('finds the shortest chain and who can introduce', () => {
    expect(findIntroductie(m, 'persoon:bea', 'organisatie:ggz')).toEqual({
      status: 'gevonden',
      introductie: {
        van: 'persoon:bea',
        naar: 'organisatie:ggz',
        via: 'persoon:piet',
        pad: ['persoon:bea', 'persoon:piet', 'persoon:gijs', 'organisatie:ggz'],
        tekst: 'Piet kan Bea voorstellen aan zorgpartner Ggz.',
      },
    });
  });
  it('says when people already know each other', () => {
    const direct = findIntroductie(m, 'persoon:bea', 'persoon:piet');
    expect(direct.status === 'gevonden' && direct.introductie.tekst).toBe('Bea en Piet kennen elkaar al.');
    const collega = findIntroductie(m, 'persoon:anna', 'persoon:piet');
    expect(collega.status === 'gevonden' && collega.introductie.tekst).toBe(
      'Anna en Piet kennen elkaar al via Politie.',
    );
  });
  it('reports unknown nodes and missing paths as values', () => {
    expect(findIntroductie(m, 'persoon:niemand', 'organisatie:ggz')).toEqual({
      status: 'onbekend',
      knoop: 'persoon:niemand',
    });
    expect(findIntroductie(m, 'organisatie:boa', 'organisatie:jeugdzorg')).toEqual({ status: 'geen-pad' });
  });
});
