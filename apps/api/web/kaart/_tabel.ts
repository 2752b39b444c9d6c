/**
 * The table view: the same visible nodes as the map, for screen readers and for copying. Sortable
 * by each column, filterable by name and kind, 25 rows a page, numbers the Dutch way (Intl nl-NL).
 * It scrolls in its own box, so the page never scrolls sideways.
 */
import type Graph from 'graphology';
import { fill, fold, h } from '../_dom.js';
import { decimaalNl, getalNl } from '../_opmaak.js';
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
const GETALLEN = new Set<Kolom>(['verbindingen', 'betweenness']);
export const PER_PAGINA = 25;

export interface TabelStaat {
  zichtbaar: Set<string>;
  gemarkeerd: Set<string>;
}

export function createTabel(graaf: Graph, kies: (id: string) => void) {
  let kolom: Kolom = 'naam';
  let oplopend = true;
  let pagina = 1;
  let laatste: TabelStaat = { zichtbaar: new Set(), gemarkeerd: new Set() };
  const tbody = h('tbody');
  const thead = h('thead');
  const bijschrift = h('caption');
  const filter = h('input', { id: 'tabel-filter', type: 'search', name: 'tabel-filter', autocomplete: 'off' });
  const soortKeuze = h(
    'select',
    { id: 'tabel-soort', name: 'tabel-soort' },
    h('option', { value: '' }, 'alle'),
    ['organisatie', 'persoon', 'overleg'].map((s) => h('option', { value: s }, s)),
  );
  const bladeren = h('nav', { class: 'bladeren', 'aria-label': 'Pagina’s van de tabel' });
  const details = h(
    'details',
    { id: 'tabelweergave' },
    h('summary', {}, 'Tabelweergave'),
    h(
      'div',
      { class: 'tabelbediening' },
      h('div', {}, h('label', { for: 'tabel-filter' }, 'Filter op naam'), filter),
      h('div', {}, h('label', { for: 'tabel-soort' }, 'Soort'), soortKeuze),
    ),
    h(
      'div',
      { class: 'tabelvak', tabindex: '0', role: 'region', 'aria-label': 'Tabel van de knopen' },
      h('table', {}, bijschrift, thead, tbody),
    ),
    bladeren,
  );

  const waarde = (id: string, k: Kolom): string | number => {
    const a = graaf.getNodeAttributes(id);
    if (k === 'verbindingen') return graaf.degree(id);
    if (k === 'betweenness') return Number(a.betweenness ?? 0);
    if (k === 'domein') return DOMEIN_NAAM[String(a.domein)] ?? '';
    return String(a[k] ?? '');
  };
  const tekst = (k: Kolom, w: string | number) =>
    typeof w === 'number' ? (k === 'betweenness' ? decimaalNl(w) : getalNl(w)) : w;

  const kop = () =>
    fill(
      thead,
      h(
        'tr',
        {},
        KOLOMMEN.map(([k, naam]) =>
          h(
            'th',
            {
              scope: 'col',
              class: GETALLEN.has(k) ? 'utrecht-table__header-cell--numeric-column' : null,
              'aria-sort': k === kolom ? (oplopend ? 'ascending' : 'descending') : 'none',
            },
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  oplopend = k === kolom ? !oplopend : true;
                  kolom = k;
                  pagina = 1;
                  draw(laatste);
                },
              },
              naam,
            ),
          ),
        ),
        h('th', { scope: 'col' }, 'Gemarkeerd'),
      ),
    );

  const knop = (label: string, naar: number, uit: boolean) =>
    h(
      'button',
      {
        type: 'button',
        class: 'utrecht-button--secondary-action',
        disabled: uit,
        onclick: () => {
          pagina = naar;
          draw(laatste);
        },
      },
      label,
    );

  const draw = (staat: TabelStaat) => {
    laatste = staat;
    const term = fold(filter.value.trim());
    const soort = soortKeuze.value;
    const ids = [...staat.zichtbaar]
      .filter(
        (id) => (!term || fold(String(waarde(id, 'naam'))).includes(term)) && (!soort || waarde(id, 'soort') === soort),
      )
      .sort((x, y) => {
        const [a, b] = [waarde(x, kolom), waarde(y, kolom)];
        const v = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'nl');
        return oplopend ? v : -v;
      });
    const paginas = Math.max(1, Math.ceil(ids.length / PER_PAGINA));
    pagina = Math.min(pagina, paginas);
    const naam = KOLOMMEN.find(([k]) => k === kolom)?.[1].toLowerCase();
    bijschrift.textContent = `${getalNl(ids.length)} van ${getalNl(staat.zichtbaar.size)} knopen, gesorteerd op ${naam} (${oplopend ? 'oplopend' : 'aflopend'}), pagina ${pagina} van ${paginas}`;
    details.dataset.rijen = String(ids.length);
    if (!details.open) return;
    kop();
    fill(
      tbody,
      ids.slice((pagina - 1) * PER_PAGINA, pagina * PER_PAGINA).map((id) =>
        h(
          'tr',
          { 'data-id': id },
          h(
            'th',
            { scope: 'row' },
            h('button', { type: 'button', class: 'link', onclick: () => kies(id) }, waarde(id, 'naam')),
          ),
          KOLOMMEN.slice(1).map(([k]) =>
            h('td', { class: GETALLEN.has(k) ? 'utrecht-table__cell--numeric-data' : null }, tekst(k, waarde(id, k))),
          ),
          h('td', {}, staat.gemarkeerd.has(id) ? 'ja' : ''),
        ),
      ),
    );
    fill(
      bladeren,
      knop('Vorige', pagina - 1, pagina <= 1),
      h('span', { 'aria-live': 'polite' }, `Pagina ${pagina} van ${paginas}`),
      knop('Volgende', pagina + 1, pagina >= paginas),
    );
  };
  const opnieuw = () => {
    pagina = 1;
    draw(laatste);
  };
  filter.addEventListener('input', opnieuw);
  soortKeuze.addEventListener('change', opnieuw);
  details.addEventListener('toggle', () => draw(laatste));
  return { element: details, draw };
}
