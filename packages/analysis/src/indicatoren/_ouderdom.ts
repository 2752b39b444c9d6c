import type { Organisatie } from '@netwerkregie/domain';
import { isFormelePartner, isPartner, type Register } from '../_register.js';
import type { IndicatorId, Verouderd } from '../types.js';

/** Which organisations an indicator's answer rests on: the population it measures. */
const BEREIK: Readonly<Record<IndicatorId, (o: Organisatie) => boolean>> = {
  'contactpersoon-radicalisering': isFormelePartner,
  'veiligheid-zorg': (o) => o.domein === 'veiligheid' || o.domein === 'zorg',
  'informeel-formeel': isPartner,
  wederkerigheid: isPartner,
  kwetsbaarheid: isPartner,
  training: isPartner,
  wijkdekking: isPartner,
  overlegdruk: isPartner,
  silos: () => true,
  actualiteit: isFormelePartner,
  regisseurkandidaten: isFormelePartner,
};

/** "een jaar", "2 jaar", "18 maanden". */
export function termijnTekst(maanden: number): string {
  if (maanden === 12) return 'een jaar';
  return maanden % 12 === 0 ? `${maanden / 12} jaar` : `${maanden} maanden`;
}

/**
 * The share of an indicator's inputs (the organisations of its population) whose data no trusted
 * source confirmed within the gemeente's period, with the sentence that says so; undefined when the
 * snapshot carries no confirmations.
 */
export function verouderd(r: Register, id: IndicatorId): Verouderd | undefined {
  const a = r.actualiteit;
  if (!a) return undefined;
  let totaal = 0;
  let oud = 0;
  for (const o of r.organisaties.values()) {
    if (!BEREIK[id](o)) continue;
    totaal++;
    if (!a.isActueel(o.id)) oud++;
  }
  const aandeel = totaal === 0 ? 0 : oud / totaal;
  const termijn = termijnTekst(r.m.gemeente.drempels.bevestigingTermijnMaanden);
  return {
    aandeel,
    organisaties: totaal,
    tekst: `Berust voor ${Math.round(aandeel * 100)} % op gegevens ouder dan ${termijn}.`,
  };
}
