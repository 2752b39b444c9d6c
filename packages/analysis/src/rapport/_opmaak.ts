import type { Drempel } from '@netwerkregie/domain';
import type { Indicator, IndicatorId } from '../types.js';

/** Indicators whose value is a share (shown as a percentage); the others count. */
export const AANDEEL: ReadonlySet<IndicatorId> = new Set([
  'contactpersoon-radicalisering',
  'veiligheid-zorg',
  'informeel-formeel',
  'wederkerigheid',
  'kwetsbaarheid',
  'training',
]);

export function getal(x: number, decimalen = 2): string {
  return x.toLocaleString('nl-NL', { maximumFractionDigits: decimalen });
}

export function procent(x: number): string {
  return `${getal(x * 100, 1)}%`;
}

export function waardeTekst(i: Pick<Indicator, 'id' | 'waarde'>): string {
  return getalVoor(i.id, i.waarde);
}

function getalVoor(id: IndicatorId, waarde: number): string {
  return AANDEEL.has(id) ? procent(waarde) : getal(waarde);
}

export function drempelTekst(i: Pick<Indicator, 'id' | 'drempel'>): string {
  const d: Drempel | null = i.drempel;
  if (d === null) return 'geen (informatief)';
  const [a, z] = [getalVoor(i.id, d.aandacht), getalVoor(i.id, d.zorgelijk)];
  return d.aandacht < d.zorgelijk
    ? `aandacht vanaf ${a}, zorgelijk vanaf ${z}`
    : `aandacht bij ${a} of minder, zorgelijk bij ${z} of minder`;
}

export function datumTekst(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}
