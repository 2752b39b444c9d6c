import type { AnalyseContext } from '../context.js';
import { determineStatus } from '../status.js';
import type { Indicator, IndicatorDetails, IndicatorId } from '../types.js';

type Gedrempeld = Exclude<IndicatorId, 'regisseurkandidaten'>;

/** Share `teller / noemer`; an empty population has nothing wrong with it, so it gets `leeg`. */
export function aandeel(teller: number, noemer: number, leeg: number): number {
  return noemer === 0 ? leeg : teller / noemer;
}

/** Assembles an indicator with its threshold from `gemeente.drempels` and the status that follows. */
export function createIndicator<D extends IndicatorDetails>(
  ctx: AnalyseContext,
  id: Gedrempeld,
  velden: { titel: string; toelichting: string; waarde: number; betreft: Iterable<string>; details: D },
): Indicator<D> {
  const drempel = ctx.m.gemeente.drempels.indicatoren[id];
  return {
    id,
    titel: velden.titel,
    toelichting: velden.toelichting,
    waarde: velden.waarde,
    drempel: { ...drempel },
    status: determineStatus(velden.waarde, drempel),
    betreft: [...new Set(velden.betreft)].sort(),
    details: velden.details,
  };
}
