/** `/`: the gemeente's health indicators at a glance, and the way to the map, the import page and the API docs. */
import { gemeenteNaam, withAanmelding } from './_aanmelding.js';
import { type Api, ApiFout } from './_api.js';
import { h, fill } from './_dom.js';
import type { Indicator } from './kaart/_soorten.js';

async function start(api: Api, inhoud: HTMLElement): Promise<void> {
  const links = h(
    'ul',
    { class: 'tegels' },
    h(
      'li',
      {},
      h('a', { href: '/kaart' }, h('strong', {}, 'Netwerkkaart'), h('span', {}, 'Wie kent wie, waar zitten de gaten.')),
    ),
    h(
      'li',
      {},
      h(
        'a',
        { href: '/import' },
        h('strong', {}, 'Contactlijst importeren'),
        h('span', {}, 'Een Excel- of CSV-bestand inlezen (beheerder).'),
      ),
    ),
    h(
      'li',
      {},
      h(
        'a',
        { href: '/v1/docs' },
        h('strong', {}, 'API-documentatie'),
        h('span', {}, 'Voor koppelingen met andere toepassingen.'),
      ),
    ),
  );
  let gezondheid: HTMLElement;
  try {
    const { peildatum, indicatoren } = await api.json<{ peildatum: string; indicatoren: Indicator[] }>(
      'analyse/gezondheid',
    );
    gezondheid = h(
      'section',
      { id: 'gezondheid', 'aria-labelledby': 'gezondheid-titel' },
      h('h2', { id: 'gezondheid-titel' }, `Gezondheid van het netwerk op ${peildatum}`),
      h(
        'ul',
        { class: 'indicatoren' },
        indicatoren.map((i) =>
          h(
            'li',
            { class: `status-${i.status}`, 'data-indicator': i.id },
            h('span', { class: 'status' }, i.status),
            ' ',
            h('strong', {}, i.titel),
            h('p', {}, i.toelichting),
          ),
        ),
      ),
    );
  } catch (f) {
    if (!(f instanceof ApiFout) || f.status !== 403) throw f;
    gezondheid = h(
      'p',
      { id: 'gezondheid' },
      'De gezondheid van het netwerk is zichtbaar voor de rollen regisseur en beheerder.',
    );
  }
  fill(
    inhoud,
    h('p', {}, `De levende contactlijst van het preventienetwerk van ${gemeenteNaam(api.gemeente)}.`),
    links,
    gezondheid,
  );
}

withAanmelding(start);
