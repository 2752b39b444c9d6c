/**
 * `/`: "Hoe staat het netwerk ervoor". Per indicator its status, its value against its thresholds,
 * its trend since the first import and the names it concerns (the first five; the rest on the map
 * with the indicator marked). A lezer, who may not see the analysis, gets the way onward only.
 */
import { gemeenteNaam, withAanmelding } from './_aanmelding.js';
import { type Api, ApiFout } from './_api.js';
import { datumNl, fill, h } from './_dom.js';
import { drempelNl, statusBadge, waardeNl } from './_opmaak.js';
import type { Indicator } from './kaart/_soorten.js';
import { type Stand, trendlijn } from './start/_trend.js';

/** Names shown per indicator; the rest are behind "en … meer" on the map. */
const NAMEN = 5;

interface Entiteit {
  naam: string;
  soort: string;
}

const tegel = (href: string, titel: string, uitleg: string) =>
  h('li', {}, h('a', { href }, h('strong', {}, titel), h('span', {}, uitleg)));

function verder(): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'verder-titel' },
    h('h2', { id: 'verder-titel' }, 'Verder'),
    h(
      'ul',
      { class: 'tegels' },
      tegel('/werklijst', 'Deze week', 'Wie u nu belt, en wie elkaar moet leren kennen.'),
      tegel('/kaart', 'Netwerkkaart', 'Wie kent wie, waar zitten de gaten.'),
      tegel('/import', 'Contactlijst importeren', 'Een Excel- of CSV-bestand inlezen (beheerder).'),
      tegel('/v1/docs', 'API-documentatie', 'Voor koppelingen met andere toepassingen.'),
    ),
  );
}

/** A name it concerns: an organisation links to its page, anything else is its name. */
function naam(sleutel: string, entiteiten: Record<string, Entiteit>): Node | string {
  const e = entiteiten[sleutel];
  const tekst = e?.naam ?? sleutel;
  return sleutel.startsWith('organisatie:')
    ? h('a', { href: `/organisaties/${encodeURIComponent(sleutel.slice('organisatie:'.length))}` }, tekst)
    : tekst;
}

function betreft(i: Indicator, entiteiten: Record<string, Entiteit>): HTMLElement | null {
  if (i.betreft.length === 0) return null;
  const eerste = i.betreft.slice(0, NAMEN);
  const rest = i.betreft.length - eerste.length;
  const delen: Array<Node | string> = [];
  eerste.forEach((k, n) => {
    if (n > 0) delen.push(n === eerste.length - 1 && rest === 0 ? ' en ' : ', ');
    delen.push(naam(k, entiteiten));
  });
  const kaart = `/kaart?indicator=${encodeURIComponent(i.id)}`;
  return h(
    'p',
    { class: 'betreft', 'data-aantal': i.betreft.length },
    'Betreft: ',
    delen,
    rest > 0 ? [' ', h('a', { href: kaart, class: 'meer' }, `en ${rest} meer`)] : null,
    rest > 0 ? null : [' (', h('a', { href: kaart }, 'op de kaart'), ')'],
    '.',
  );
}

function kaartje(i: Indicator, standen: Stand[], entiteiten: Record<string, Entiteit>): HTMLElement {
  const titelId = `indicator-${i.id}-titel`;
  return h(
    'li',
    { class: `status-${i.status}`, 'data-indicator': i.id },
    h(
      'p',
      { class: 'waarde', 'data-waarde': i.waarde },
      statusBadge(i.status),
      ' ',
      h('strong', {}, waardeNl(i.id, i.waarde)),
    ),
    h('h3', { id: titelId }, i.titel),
    h('p', { class: 'drempel uitleg' }, drempelNl(i)),
    trendlijn(i, standen),
    betreft(i, entiteiten),
    h('details', {}, h('summary', {}, 'Wat meet dit?'), h('p', {}, i.toelichting)),
  );
}

async function gezondheid(api: Api): Promise<HTMLElement> {
  let antwoord: { peildatum: string; indicatoren: Indicator[]; entiteiten: Record<string, Entiteit> };
  let standen: Stand[];
  try {
    [antwoord, { standen }] = await Promise.all([
      api.json<typeof antwoord>('analyse/gezondheid'),
      api.json<{ standen: Stand[] }>('analyse/trend'),
    ]);
  } catch (f) {
    if (!(f instanceof ApiFout) || f.status !== 403) throw f;
    return h(
      'p',
      { id: 'gezondheid', class: 'melding' },
      'Hoe het netwerk ervoor staat, is zichtbaar voor de rollen regisseur en beheerder. Met uw sleutel kunt u de netwerkkaart van het formele netwerk bekijken.',
    );
  }
  const { peildatum, indicatoren, entiteiten } = antwoord;
  const telling = (s: Indicator['status']) => indicatoren.filter((i) => i.status === s).length;
  return h(
    'section',
    { id: 'gezondheid', 'aria-labelledby': 'gezondheid-titel' },
    h('h2', { id: 'gezondheid-titel' }, `De indicatoren op ${datumNl(peildatum)}`),
    h(
      'p',
      { id: 'samenvatting' },
      `${telling('zorgelijk')} zorgelijk, ${telling('aandacht')} vragen aandacht, ${telling('goed')} goed. `,
      'Wie u deze week belt, staat op ',
      h('a', { href: '/werklijst' }, 'Deze week'),
      '.',
    ),
    h(
      'ul',
      { class: 'indicatoren' },
      indicatoren.map((i) => kaartje(i, standen, entiteiten)),
    ),
  );
}

async function start(api: Api, inhoud: HTMLElement): Promise<void> {
  fill(
    inhoud,
    h('p', {}, `De levende contactlijst van het preventienetwerk van ${gemeenteNaam(api.gemeente)}.`),
    await gezondheid(api),
    verder(),
  );
}

withAanmelding(start);
