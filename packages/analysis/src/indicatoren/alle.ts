import type { Momentopname } from '@netwerkregie/domain';
import { type AnalyseContext, toContext } from '../context.js';
import type { Indicator, IndicatorId } from '../types.js';
import { actualiteit } from './actualiteit.js';
import { contactpersoonRadicalisering } from './contactpersoon-radicalisering.js';
import { informeelFormeel } from './informeel-formeel.js';
import { kwetsbaarheid } from './kwetsbaarheid.js';
import { overlegdruk } from './overlegdruk.js';
import { regisseurkandidaten } from './regisseurkandidaten.js';
import { silos } from './silos.js';
import { training } from './training.js';
import { veiligheidZorg } from './veiligheid-zorg.js';
import { wederkerigheid } from './wederkerigheid.js';
import { wijkdekking } from './wijkdekking.js';

/** Every indicator by id, in report order. */
export const INDICATOREN: Readonly<Record<IndicatorId, (ctx: AnalyseContext) => Indicator>> = {
  'contactpersoon-radicalisering': contactpersoonRadicalisering,
  'veiligheid-zorg': veiligheidZorg,
  'informeel-formeel': informeelFormeel,
  wederkerigheid,
  kwetsbaarheid,
  training,
  wijkdekking,
  overlegdruk,
  silos,
  actualiteit,
  regisseurkandidaten,
};

/** All health indicators of a snapshot, in report order. */
export function computeIndicatoren(bron: Momentopname | AnalyseContext): Indicator[] {
  const ctx = toContext(bron);
  return Object.values(INDICATOREN).map((bereken) => bereken(ctx));
}
