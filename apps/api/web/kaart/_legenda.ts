/** The legend: colour per domain, shape per network, size for betweenness. */
import { h } from '../_dom.js';
import { DOMEIN_KLEUR, DOMEIN_NAAM, OVERLEG_KLEUR } from './_soorten.js';

function staal(kleur: string, vorm: 'rond' | 'vierkant' = 'rond'): HTMLElement {
  const el = h('span', { class: `staal ${vorm}`, 'aria-hidden': 'true' });
  el.style.background = kleur;
  return el;
}

export function legenda(domeinen: string[], rol: string): HTMLElement {
  return h(
    'section',
    { class: 'legenda', 'aria-labelledby': 'legenda-titel' },
    h('h2', { id: 'legenda-titel' }, 'Legenda'),
    h(
      'ul',
      {},
      domeinen.map((d) => h('li', {}, staal(DOMEIN_KLEUR[d] ?? '#8c8c8c'), DOMEIN_NAAM[d] ?? d)),
      h('li', {}, staal(OVERLEG_KLEUR), 'Overleg'),
      h('li', {}, staal('#444'), 'rond: formeel netwerk'),
      h('li', {}, staal('#444', 'vierkant'), 'vierkant: informeel netwerk'),
      h(
        'li',
        {},
        rol === 'lezer'
          ? 'Grootte: aantal verbindingen'
          : 'Grootte: betweenness (hoe vaak iemand tussen anderen in staat)',
      ),
    ),
  );
}
