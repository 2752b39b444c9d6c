import type { Rapport } from './analyse.js';
import type { IndicatorId, Status } from './types.js';

/** One indicator's value at one moment, as the store keeps it for trends. */
export interface IndicatorStand {
  tijd: string;
  indicatorId: IndicatorId;
  waarde: number;
  status: Status;
  aanleiding: string;
}

/** A report as trend rows: one per indicator, stamped with when and why it was computed. */
export function toIndicatorStanden(rapport: Rapport, tijd: string, aanleiding: string): IndicatorStand[] {
  return rapport.indicatoren.map((i) => ({ tijd, indicatorId: i.id, waarde: i.waarde, status: i.status, aanleiding }));
}
