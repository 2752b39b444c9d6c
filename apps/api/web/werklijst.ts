/**
 * `/werklijst`: "Deze week". The partners that ask for attention, most urgent first, each with whom
 * to call (phone and e-mail as links), the reasons in the advice's words and a button to log the
 * contact, after which the list is asked again at once; then the introductions between safety and
 * care and who can make them. For the regisseur: a lezer sees a message, no one's name.
 */
import type { z } from 'zod';
import type { WerklijstAntwoordSchema } from '../src/analyse/_schemas.js';
import { withAanmelding } from './_aanmelding.js';
import { type Api, ApiFout } from './_api.js';
import { datumNl, fill, h, setStatus } from './_dom.js';
import { DOMEIN_NAAM } from './kaart/_soorten.js';
import { telefoonNl } from './werklijst/_telefoon.js';
import { vastleggen } from './werklijst/_vastleggen.js';

type Werklijst = z.infer<typeof WerklijstAntwoordSchema>;
type Partner = Werklijst['partners'][number];
type Aanspreekpunt = Werklijst['aanspreekpunten'][string][number];

/** Partners on the list. */
const AANTAL = 15;

const id = (sleutel: string) => sleutel.slice(sleutel.indexOf(':') + 1);
const organisatieLink = (sleutel: string, naam: string) =>
  h('a', { href: `/organisaties/${encodeURIComponent(id(sleutel))}` }, naam);

function aanspreekpunt(p: Aanspreekpunt): HTMLElement {
  return h(
    'li',
    { 'data-persoon': p.persoon },
    h('strong', {}, p.naam),
    p.functie ? `, ${p.functie}` : null,
    p.rollen.includes('contactpersoon-radicalisering')
      ? h('span', { class: 'uitleg' }, ' (contactpersoon radicalisering)')
      : null,
    h('br'),
    p.telefoon
      ? h('a', { href: `tel:${p.telefoon}` }, telefoonNl(p.telefoon))
      : h('span', { class: 'uitleg' }, 'geen telefoonnummer'),
    h('br'),
    p.email ? h('a', { href: `mailto:${p.email}` }, p.email) : h('span', { class: 'uitleg' }, 'geen e-mailadres'),
  );
}

function laatsteContact(p: Partner): string {
  return p.laatsteContact
    ? `Laatste contact ${datumNl(p.laatsteContact)} (${p.dagenSindsContact} dagen geleden)`
    : 'Nog nooit contact vastgelegd';
}

async function start(api: Api, inhoud: HTMLElement): Promise<void> {
  let lijst: Werklijst;
  try {
    lijst = await laad(api);
  } catch (f) {
    if (!(f instanceof ApiFout) || f.status !== 403) throw f;
    fill(
      inhoud,
      h(
        'p',
        { class: 'melding', role: 'status' },
        'Deze week is het werk van de netwerkregisseur en vraagt een sleutel met de rol regisseur. Met uw sleutel kunt u de netwerkkaart van het formele netwerk bekijken.',
      ),
    );
    return;
  }
  const bericht = h('div', { id: 'bericht', role: 'status', 'aria-live': 'polite' });
  const partners = h('ol', { class: 'werklijst', id: 'partners' });
  const introducties = h('section', { id: 'introducties', 'aria-labelledby': 'introducties-titel' });
  const uitleg = h('p', { id: 'werklijst-uitleg' });

  const teken = (w: Werklijst) => {
    fill(
      uitleg,
      `Op ${datumNl(w.peildatum)}: de ${w.partners.length} partners die nu het meest om aandacht vragen, de meest dringende eerst. `,
      'Bel, mail of ga langs, en leg het contact vast: ook zonder zorgen houdt contact het netwerk levend (§2.5).',
    );
    fill(
      partners,
      w.partners.map((p, n) => {
        const mensen = w.aanspreekpunten[p.organisatie] ?? [];
        const titelId = `partner-${n}`;
        return h(
          'li',
          { 'data-organisatie': p.organisatie, 'data-score': p.score, 'aria-labelledby': titelId },
          h(
            'div',
            { class: 'partnerkop' },
            h('h3', { id: titelId }, organisatieLink(p.organisatie, p.naam)),
            h(
              'span',
              { class: 'uitleg' },
              `${DOMEIN_NAAM[p.domein] ?? p.domein}, ${p.netwerk} netwerk. ${laatsteContact(p)}.`,
            ),
          ),
          h(
            'ul',
            { class: 'utrecht-unordered-list redenen' },
            p.redenen.map((r) => h('li', { class: 'utrecht-unordered-list__item' }, r)),
          ),
          h('h4', {}, p.contactpersonen.length ? 'Wie u belt' : 'Geen contactpersoon radicalisering; wel bereikbaar'),
          mensen.length
            ? h('ul', { class: 'contacten' }, mensen.map(aanspreekpunt))
            : h('p', { class: 'uitleg' }, 'Geen medewerkers bekend: vraag de organisatie om een aanspreekpunt.'),
          vastleggen(
            api,
            {
              organisatieId: id(p.organisatie),
              naam: p.naam,
              personen: mensen.map((m) => ({ id: id(m.persoon), naam: m.naam })),
            },
            n,
            async (datum) => {
              setStatus('bezig');
              const nieuw = await laad(api);
              teken(nieuw);
              const plaats = nieuw.partners.findIndex((q) => q.organisatie === p.organisatie);
              fill(
                bericht,
                h(
                  'div',
                  { class: 'utrecht-alert utrecht-alert--ok' },
                  h(
                    'p',
                    {},
                    `Contact met ${p.naam} vastgelegd op ${datumNl(datum)}. `,
                    plaats < 0
                      ? `${p.naam} staat niet meer op de lijst.`
                      : `${p.naam} staat nu op plaats ${plaats + 1}.`,
                  ),
                ),
              );
              setStatus('klaar');
              bericht.setAttribute('tabindex', '-1');
              bericht.focus();
            },
          ),
        );
      }),
    );
    fill(
      introducties,
      h('h2', { id: 'introducties-titel' }, 'Wie moet elkaar leren kennen'),
      w.introducties.length
        ? [
            h(
              'p',
              {},
              'Organisaties uit veiligheid en zorg die nog geen enkele band met het andere domein hebben, en wie hen kan voorstellen (§2.4).',
            ),
            h(
              'ul',
              { class: 'utrecht-unordered-list' },
              w.introducties.map((i) =>
                h(
                  'li',
                  { class: 'utrecht-unordered-list__item', 'data-van': i.van, 'data-naar': i.naar },
                  i.tekst,
                  i.via
                    ? [' ', h('span', { class: 'uitleg' }, `Voorstellen kan: ${w.entiteiten[i.via]?.naam ?? i.via}.`)]
                    : null,
                ),
              ),
            ),
          ]
        : h('p', {}, 'Alle organisaties uit veiligheid en zorg kennen iemand in het andere domein.'),
    );
  };

  teken(lijst);
  fill(
    inhoud,
    uitleg,
    bericht,
    h(
      'section',
      { 'aria-labelledby': 'partners-titel' },
      h('h2', { id: 'partners-titel' }, 'Partners om te bellen'),
      partners,
    ),
    introducties,
  );
}

function laad(api: Api): Promise<Werklijst> {
  return api.json<Werklijst>(`analyse/werklijst?aantal=${AANTAL}&introducties=10`);
}

withAanmelding(start);
