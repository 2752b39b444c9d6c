import type { Drempel } from '@netwerkregie/domain';
import type { Status } from './types.js';

/**
 * The status of a value against a threshold pair. The pair's order gives the direction: when
 * `aandacht < zorgelijk` a higher value is worse (value >= zorgelijk: zorgelijk, >= aandacht:
 * aandacht); otherwise a lower value is worse (value <= zorgelijk: zorgelijk, <= aandacht: aandacht).
 */
export function determineStatus(waarde: number, drempel: Drempel): Status {
  if (drempel.aandacht < drempel.zorgelijk) {
    if (waarde >= drempel.zorgelijk) return 'zorgelijk';
    if (waarde >= drempel.aandacht) return 'aandacht';
    return 'goed';
  }
  if (waarde <= drempel.zorgelijk) return 'zorgelijk';
  if (waarde <= drempel.aandacht) return 'aandacht';
  return 'goed';
}
