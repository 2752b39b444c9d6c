/** The table view: the same visible nodes as the map, sortable, for screen readers and for copying. */
import type Graph from 'graphology';
import { h, fill } from '../_dom.js';
import { DOMEIN_NAAM } from './_soorten.js';

type Kolom = 'naam' | 'soort' | 'domein' | 'netwerk' | 'verbindingen' | 'betweenness';

const KOLOMMEN: Array<[Kolom, string]> = [
  ['naam', 'Naam'],
  ['soort', 'Soort'],
  ['domein', 'Domein'],
  ['netwerk', 'Netwerk'],
  ['verbindingen', 'Verbindingen'],
  ['betweenness', 'Betweenness'],
];

export interface TabelStaat {
  zichtbaar: Set<string>;
  gemarkeerd: Set<string>;
}

export function createTabel(graaf: Graph, kies: (id: string) => void) {
  let kolom: Kolom = 'naam';
  let oplopend = true;
  let laatste: TabelStaat = { zichtbaar: new Set(), gemarkeerd: new Set() };
  const tbody = h('tbody');
  const thead = h('thead');
  const bijschrift = h('caption');
  const details = h(
    'details',
    { id: 'tabelweergave' },
    h('summary', {}, 'Tabelweergave'),
    h('table', {}, bijschrift, thead, tbody),
  );

  const waarde = (id: string, k: Kolom): string | number => {
    const a = graaf.getNodeAttributes(id);
    if (k === 'verbindingen') return graaf.degree(id);
    if (k === 'betweenness') return Number(a.betweenness ?? 0);
    if (k === 'domein') return DOMEIN_NAAM[String(a.domein)] ?? '';
    return String(a[k] ?? '');
  };

  const kop = () =>
    fill(
      thead,
      h(
        'tr',
        {},
        KOLOMMEN.map(([k, tekst]) =>
          h(
            'th',
            { scope: 'col', 'aria-sort': k === kolom ? (oplopend ? 'ascending' : 'descending') : 'none' },
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  oplopend = k === kolom ? !oplopend : true;
                  kolom = k;
                  draw(laatste);
                },
              },
              tekst,
            ),
          ),
        ),
        h('th', { scope: 'col' }, 'Indicator'),
      ),
    );

  const draw = (staat: TabelStaat) => {
    laatste = staat;
    bijschrift.textContent = `${staat.zichtbaar.size} knopen, gesorteerd op ${kolom} (${oplopend ? 'oplopend' : 'aflopend'})`;
    if (!details.open) return;
    kop();
    const ids = [...staat.zichtbaar].sort((x, y) => {
      const [a, b] = [waarde(x, kolom), waarde(y, kolom)];
      const v = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'nl');
      return oplopend ? v : -v;
    });
    fill(
      tbody,
      ids.map((id) =>
        h(
          'tr',
          { 'data-id': id },
          h(
            'th',
            { scope: 'row' },
            h('button', { type: 'button', class: 'link', onclick: () => kies(id) }, waarde(id, 'naam')),
          ),
          KOLOMMEN.slice(1).map(([k]) => {
            const w = waarde(id, k);
            return h('td', {}, typeof w === 'number' && k === 'betweenness' ? w.toFixed(3) : w);
          }),
          h('td', {}, staat.gemarkeerd.has(id) ? 'ja' : ''),
        ),
      ),
    );
  };
  details.addEventListener('toggle', () => draw(laatste));
  return { element: details, draw };
}
