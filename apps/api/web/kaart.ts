/**
 * `/kaart`: the network map. sigma.js draws the graph from `analyse/netwerk` (or, for a lezer, from
 * the formal network the lezer may read); ForceAtlas2 lays it out in a web worker. Filters, search,
 * a node card, an indicator toggle, a legend and a table view. `window.__kaart` tells tests (and the
 * curious) what the page shows.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { withAanmelding } from './_aanmelding.js';
import type { Api } from './_api.js';
import { h, hoofd, fold, fill } from './_dom.js';
import { type Filters, GEEN_FILTERS, keuzes, zichtbareKnopen } from './kaart/_filters.js';
import { buildGraph } from './kaart/_graaf.js';
import { loadNetwerk } from './kaart/_laden.js';
import { legenda } from './kaart/_legenda.js';
import { showKaartje } from './kaart/_paneel.js';
import { DOMEIN_NAAM, GEDIMD, type Indicator, STATUS_NAAM } from './kaart/_soorten.js';
import { createTabel } from './kaart/_tabel.js';

interface Staat {
  filters: Filters;
  zichtbaar: Set<string>;
  gemarkeerd: Set<string>;
  indicator: string;
  focus: string | null;
  buren: Set<string>;
}

declare global {
  interface Window {
    __kaart?: unknown;
  }
}

function keuzelijst(naam: keyof Filters, label: string, opties: Array<[string, string]>, bij: () => void) {
  const select = h(
    'select',
    { id: `filter-${naam}`, name: naam, onchange: bij },
    h('option', { value: '' }, 'alle'),
    opties.map(([waarde, tekst]) => h('option', { value: waarde }, tekst)),
  );
  return { select, veld: h('div', { class: 'veld' }, h('label', { for: `filter-${naam}` }, label), select) };
}

function indicatorKeuze(indicatoren: Indicator[], bij: (id: string) => void): HTMLElement {
  const optie = (waarde: string, tekst: string, uitleg?: string) =>
    h(
      'li',
      {},
      h('input', {
        type: 'radio',
        name: 'indicator',
        id: `indicator-${waarde || 'geen'}`,
        value: waarde,
        checked: waarde === '',
        onchange: () => bij(waarde),
      }),
      h('label', { for: `indicator-${waarde || 'geen'}`, title: uitleg }, tekst),
    );
  return h(
    'fieldset',
    { class: 'indicatoren' },
    h('legend', {}, 'Markeer wat een indicator noemt'),
    h(
      'ul',
      {},
      optie('', 'geen'),
      indicatoren.map((i) => optie(i.id, `${i.titel} (${STATUS_NAAM[i.status]}, ${i.betreft.length})`, i.toelichting)),
    ),
  );
}

function start(api: Api, inhoud: HTMLElement): Promise<void> {
  return loadNetwerk(api).then((geladen) => show(api, inhoud, geladen));
}

function show(api: Api, inhoud: HTMLElement, geladen: Awaited<ReturnType<typeof loadNetwerk>>): void {
  const graaf: Graph = buildGraph(geladen);
  const staat: Staat = {
    filters: { ...GEEN_FILTERS },
    zichtbaar: new Set(graaf.nodes()),
    gemarkeerd: new Set(),
    indicator: '',
    focus: null,
    buren: new Set(),
  };
  const teller = h('p', { id: 'teller', role: 'status', 'aria-live': 'polite' });
  const toelichting = h('p', { id: 'toelichting', class: 'uitleg' });
  const paneel = h(
    'section',
    { id: 'kaartje', 'aria-labelledby': 'kaartje-titel', tabindex: '-1' },
    h('h2', { id: 'kaartje-titel' }, 'Kies een knoop'),
    h('p', {}, 'Klik op de kaart, zoek een naam of kies een rij in de tabel.'),
  );
  const container = h('div', {
    id: 'kaart',
    role: 'img',
    'aria-label': 'Netwerkkaart; dezelfde knopen staan in de tabelweergave.',
  });
  const tabel = createTabel(graaf, (id) => choose(id));
  const k = keuzes(graaf);

  const readFilters = () => {
    for (const [naam, s] of Object.entries(selectVan)) staat.filters[naam as keyof Filters] = s.value;
    staat.zichtbaar = zichtbareKnopen(graaf, staat.filters);
    refresh();
  };
  const velden = {
    domein: keuzelijst(
      'domein',
      'Domein',
      k.domeinen.map((d) => [d, DOMEIN_NAAM[d] ?? d]),
      readFilters,
    ),
    wijk: keuzelijst(
      'wijk',
      'Wijk',
      k.wijken.map((w) => [w, w]),
      readFilters,
    ),
    netwerk: keuzelijst(
      'netwerk',
      'Netwerk',
      geladen.rol === 'lezer'
        ? [['formeel', 'formeel']]
        : [
            ['formeel', 'formeel'],
            ['informeel', 'informeel'],
          ],
      readFilters,
    ),
    rol: keuzelijst(
      'rol',
      'Rol',
      k.rollen.map((r) => [r, r]),
      readFilters,
    ),
    overleg: keuzelijst('overleg', 'Overleg', k.overleggen, readFilters),
  };
  const selectVan: Record<string, HTMLSelectElement> = Object.fromEntries(
    Object.entries(velden).map(([naam, v]) => [naam, v.select]),
  );

  const zoekveld = h('input', { id: 'zoek', type: 'search', name: 'zoek', autocomplete: 'off' });
  const treffers = h('ul', { id: 'treffers', class: 'treffers' });
  const zoekForm = h(
    'form',
    { role: 'search', id: 'zoeken' },
    h('label', { for: 'zoek' }, 'Zoek een persoon of organisatie'),
    zoekveld,
    h('button', { type: 'submit' }, 'Zoek'),
    treffers,
  );
  zoekForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const term = fold(zoekveld.value.trim());
    if (!term) return;
    const gevonden = graaf
      .filterNodes((_, a) => fold(String(a.naam)).includes(term))
      .sort(
        (x, y) =>
          score(y) - score(x) ||
          String(graaf.getNodeAttribute(x, 'naam')).localeCompare(String(graaf.getNodeAttribute(y, 'naam')), 'nl'),
      );
    function score(id: string) {
      const naam = fold(String(graaf.getNodeAttribute(id, 'naam')));
      return naam === term ? 2 : naam.startsWith(term) ? 1 : 0;
    }
    const eerste = gevonden[0];
    if (gevonden.length === 0) fill(treffers, h('li', {}, 'Niets gevonden.'));
    else if (gevonden.length === 1 || (eerste && score(eerste) === 2)) {
      fill(treffers);
      choose(eerste as string);
    } else {
      fill(
        treffers,
        gevonden
          .slice(0, 10)
          .map((id) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => choose(id) },
                `${graaf.getNodeAttribute(id, 'naam')} (${graaf.getNodeAttribute(id, 'soort')})`,
              ),
            ),
          ),
        gevonden.length > 10 ? h('li', {}, `en nog ${gevonden.length - 10}; typ meer van de naam.`) : null,
      );
    }
  });

  const wis = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        for (const s of Object.values(selectVan)) s.value = '';
        staat.focus = null;
        staat.buren = new Set();
        readFilters();
      },
    },
    'Wis filters en focus',
  );

  const bediening = h(
    'aside',
    { class: 'bediening', 'aria-label': 'Filters en zoeken' },
    zoekForm,
    h(
      'fieldset',
      { class: 'filters' },
      h('legend', {}, 'Filters'),
      Object.values(velden).map((v) => v.veld),
    ),
    wis,
    geladen.rol === 'lezer'
      ? h(
          'p',
          { class: 'uitleg' },
          'Met de rol lezer ziet u het formele netwerk: zijn organisaties en personen. Het informele netwerk, overleggen en de indicatoren zijn zichtbaar voor de rol regisseur.',
        )
      : indicatorKeuze(geladen.indicatoren, (id) => {
          staat.indicator = id;
          const indicator = geladen.indicatoren.find((i) => i.id === id);
          staat.gemarkeerd = new Set((indicator?.betreft ?? []).filter((k) => graaf.hasNode(k)));
          toelichting.textContent = indicator ? indicator.toelichting : '';
          refresh();
        }),
    toelichting,
    legenda(k.domeinen, geladen.rol),
  );
  fill(
    inhoud,
    h(
      'div',
      { class: 'kaartpagina' },
      bediening,
      h('div', { class: 'kaartvlak' }, teller, container, tabel.element),
      paneel,
    ),
  );

  let sigma: Sigma | null = null;
  try {
    sigma = new Sigma(graaf, container, {
      nodeProgramClasses: { circle: NodeCircleProgram, vierkant: NodePointProgram },
      renderEdgeLabels: false,
      zIndex: true,
      nodeReducer: (id, data) => {
        if (!staat.zichtbaar.has(id) && id !== staat.focus) return { ...data, hidden: true };
        const nadruk = staat.focus ? new Set([staat.focus, ...staat.buren]) : staat.indicator ? staat.gemarkeerd : null;
        if (!nadruk) return data;
        if (nadruk.has(id)) return { ...data, highlighted: true, zIndex: 1, forceLabel: id === staat.focus };
        return { ...data, color: GEDIMD, label: null, zIndex: 0 };
      },
      edgeReducer: (id, data) => {
        const [a, b] = graaf.extremities(id);
        const zien = (n: string) => staat.zichtbaar.has(n) || n === staat.focus;
        if (!zien(a) || !zien(b)) return { ...data, hidden: true };
        if (staat.focus && a !== staat.focus && b !== staat.focus) return { ...data, color: '#eeeeee' };
        return data;
      },
    });
    sigma.on('clickNode', ({ node }) => choose(node));
    sigma.on('clickStage', () => {
      staat.focus = null;
      staat.buren = new Set();
      refresh();
    });
  } catch (f) {
    container.replaceWith(
      h(
        'p',
        { class: 'fout', role: 'alert' },
        `De kaart kan hier niet getekend worden (${(f as Error).message}); de tabelweergave toont dezelfde knopen.`,
      ),
    );
    tabel.element.open = true;
  }

  function choose(id: string) {
    if (!staat.zichtbaar.has(id)) {
      for (const s of Object.values(selectVan)) s.value = '';
      staat.filters = { ...GEEN_FILTERS };
      staat.zichtbaar = new Set(graaf.nodes());
    }
    staat.focus = id;
    staat.buren = new Set(graaf.neighbors(id));
    refresh();
    if (sigma) {
      const plek = sigma.getNodeDisplayData(id);
      if (plek) void sigma.getCamera().animate({ x: plek.x, y: plek.y, ratio: 0.35 }, { duration: 400 });
    }
    void showKaartje(paneel, graaf, id, { api, rol: geladen.rol, indicatoren: geladen.indicatoren });
    paneel.focus();
  }

  function refresh() {
    teller.textContent = `${staat.zichtbaar.size} van ${graaf.order} knopen zichtbaar${staat.indicator ? `, ${staat.gemarkeerd.size} gemarkeerd` : ''}${staat.focus ? `; focus op ${graaf.getNodeAttribute(staat.focus, 'naam')}` : ''}.`;
    hoofd().dataset.zichtbaar = String(staat.zichtbaar.size);
    tabel.teken({ zichtbaar: staat.zichtbaar, gemarkeerd: staat.gemarkeerd });
    sigma?.refresh({ skipIndexation: true });
  }

  window.__kaart = {
    rol: geladen.rol,
    get totaal() {
      return graaf.order;
    },
    get knopen() {
      return graaf.mapNodes((id, a) => ({ id, soort: a.soort, netwerk: a.netwerk ?? null, domein: a.domein ?? null }));
    },
    get aantalZichtbaar() {
      return staat.zichtbaar.size;
    },
    get zichtbaar() {
      return [...staat.zichtbaar];
    },
    get gemarkeerd() {
      return [...staat.gemarkeerd];
    },
    get indicator() {
      return staat.indicator;
    },
    get focus() {
      return staat.focus;
    },
    get buren() {
      return [...staat.buren];
    },
    get filters() {
      return { ...staat.filters };
    },
    get getekend() {
      return sigma !== null;
    },
  };
  refresh();
  layout(graaf);
}

/** ForceAtlas2 in a web worker, for a few seconds, so the page stays responsive on large networks. */
function layout(graaf: Graph): void {
  const layout = new FA2Layout(graaf, {
    settings: { ...forceAtlas2.inferSettings(graaf), barnesHutOptimize: graaf.order > 2000 },
  });
  layout.start();
  setTimeout(
    () => {
      layout.kill();
      hoofd().dataset.layout = 'klaar';
    },
    Math.min(6000, 1500 + graaf.order * 2),
  );
}

withAanmelding(start);
