/**
 * Numbers and statuses the Dutch way (Intl, nl-NL), shared by the pages: an indicator's value and
 * thresholds, a status as an NL Design System status badge.
 */
import { h } from './_dom.js';
import type { Indicator } from './kaart/_soorten.js';

/** Indicators whose value is a count; the others are a share (0 to 1). */
const AANTALLEN = new Set<string>(['wijkdekking', 'overlegdruk', 'silos', 'regisseurkandidaten']);

const procent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const klein = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: 2 });

export const getalNl = (n: number) => getal.format(n);
/** A small fraction (betweenness) in two significant digits, so it never reads "0,000": "0,000018". */
export const decimaalNl = (n: number) => klein.format(n);

/** An indicator's value as people read it: "35 %" for a share, "4" for a count. */
export function waardeNl(id: string, waarde: number): string {
  return AANTALLEN.has(id) ? getal.format(waarde) : procent.format(waarde);
}

/** The thresholds in words: which way is worse, and from where. */
export function drempelNl(i: Pick<Indicator, 'id' | 'drempel'>): string {
  if (!i.drempel) return 'Informatief: zonder drempels.';
  const { aandacht, zorgelijk } = i.drempel;
  const w = (n: number) => waardeNl(i.id, n);
  return aandacht < zorgelijk
    ? `Aandacht vanaf ${w(aandacht)}, zorgelijk vanaf ${w(zorgelijk)}.`
    : `Aandacht bij ${w(aandacht)} of minder, zorgelijk bij ${w(zorgelijk)} of minder.`;
}

const BADGE: Record<Indicator['status'], string> = {
  goed: 'utrecht-badge-status--safe',
  aandacht: 'utrecht-badge-status--warning',
  zorgelijk: 'utrecht-badge-status--danger',
};

export function statusBadge(status: Indicator['status']): HTMLElement {
  return h('span', { class: `utrecht-badge-status ${BADGE[status]} status` }, status);
}
