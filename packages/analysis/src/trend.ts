import type { z } from 'zod';
import type { Rapport } from './analyse.js';
import type { IndicatorStandSchema } from './schemas.js';

/** One indicator's value at one moment, as the store keeps it for trends. */
export type IndicatorStand = z.infer<typeof IndicatorStandSchema>;

/** A report as trend rows: one per indicator, stamped with when and why it was computed. */
export function toIndicatorStanden(rapport: Rapport, tijd: string, aanleiding: string): IndicatorStand[] {
  return rapport.indicatoren.map((i) => ({ tijd, indicatorId: i.id, waarde: i.waarde, status: i.status, aanleiding }));
}
