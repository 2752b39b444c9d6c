/**
 * An indicator's trend as a small inline SVG line (a sparkline) with its thresholds as dashed lines,
 * and the same in words for screen readers and for anyone who reads rather than looks.
 */
import { datumNl, h } from '../_dom.js';
import { waardeNl } from '../_opmaak.js';
import type { Indicator } from '../kaart/_soorten.js';

export interface Stand {
  tijd: string;
  indicatorId: string;
  waarde: number;
  status: Indicator['status'];
}

const SVG = 'http://www.w3.org/2000/svg';
const BREED = 200;
const HOOG = 48;
const KLEUR: Record<Indicator['status'], string> = { goed: '#1a6e32', aandacht: '#8a5a00', zorgelijk: '#b42318' };

function svg(tag: string, attributen: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributen)) el.setAttribute(k, String(v));
  return el;
}

export function trendlijn(indicator: Indicator, standen: Stand[]): HTMLElement {
  const punten = standen.filter((s) => s.indicatorId === indicator.id);
  const eerste = punten[0];
  const laatste = punten.at(-1);
  if (!eerste || !laatste || punten.length < 2) {
    return h(
      'div',
      { class: 'trend', 'data-metingen': punten.length },
      h(
        'p',
        { class: 'uitleg' },
        punten.length === 0
          ? 'Nog geen trend: die begint bij de volgende import of het volgende contactmoment.'
          : `Nog geen trend: één meting, op ${datumNl(eerste?.tijd)}.`,
      ),
    );
  }
  const drempels = indicator.drempel ? [indicator.drempel.aandacht, indicator.drempel.zorgelijk] : [];
  const waarden = [...punten.map((p) => p.waarde), ...drempels];
  const laag = Math.min(0, ...waarden);
  const hoog = Math.max(...waarden) || 1;
  const t0 = Date.parse(eerste.tijd);
  const duur = Date.parse(laatste.tijd) - t0 || 1;
  const x = (p: Stand, i: number) =>
    2 + (duur > 1 ? (Date.parse(p.tijd) - t0) / duur : i / (punten.length - 1)) * (BREED - 4);
  const y = (w: number) => HOOG - 3 - ((w - laag) / (hoog - laag || 1)) * (HOOG - 6);
  const beeld = svg('svg', { viewBox: `0 0 ${BREED} ${HOOG}`, 'aria-hidden': 'true' });
  for (const [i, d] of drempels.entries()) {
    beeld.append(
      svg('line', {
        x1: 0,
        x2: BREED,
        y1: y(d),
        y2: y(d),
        stroke: i === 0 ? '#d9a21b' : '#b42318',
        'stroke-width': 1,
        'stroke-dasharray': '4 3',
        'vector-effect': 'non-scaling-stroke',
      }),
    );
  }
  beeld.append(
    svg('polyline', {
      points: punten.map((p, i) => `${x(p, i).toFixed(1)},${y(p.waarde).toFixed(1)}`).join(' '),
      fill: 'none',
      stroke: '#1b1b1b',
      'stroke-width': 2,
      'vector-effect': 'non-scaling-stroke',
    }),
    svg('circle', { cx: x(laatste, punten.length - 1), cy: y(laatste.waarde), r: 3, fill: KLEUR[laatste.status] }),
  );
  const richting =
    laatste.waarde === eerste.waarde ? 'gelijk gebleven' : laatste.waarde > eerste.waarde ? 'gestegen' : 'gedaald';
  return h(
    'div',
    { class: 'trend', 'data-metingen': punten.length },
    beeld,
    h(
      'p',
      { class: 'uitleg' },
      `Trend sinds ${datumNl(eerste.tijd)}: van ${waardeNl(indicator.id, eerste.waarde)} naar ${waardeNl(indicator.id, laatste.waarde)} (${richting}, ${punten.length} metingen).`,
    ),
  );
}
