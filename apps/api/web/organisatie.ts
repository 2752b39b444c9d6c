/**
 * `/organisaties/{id}`: one partner. Its people and their roles, its meetings, and for the
 * regisseur also its trainings, contact moments, indicator flags and history (who changed what,
 * from which import). Every part is asked of the API with the user's key, so a lezer sees the
 * formal network's part only and a note where the rest would be.
 */
import type { TerugkomdagenSchema, TerugkomdagOrganisatieSchema } from '@netwerkregie/analysis/schemas';
import type { z } from 'zod';
import type {
  ContactmomentSchema,
  DeelnameSchema,
  HistorieRegelSchema,
  OrganisatieSchema,
  OverlegSchema,
  PersoonKaartSchema,
  TrainingSchema,
} from '../src/openapi/schemas.js';
import { withAanmelding } from './_aanmelding.js';
import { type Api, ApiFout } from './_api.js';
import { datumNl, fill, h, hoofd, tijdNl } from './_dom.js';
import { statusBadge } from './_opmaak.js';
import { DOMEIN_NAAM, type Indicator } from './kaart/_soorten.js';
import { telefoonNl } from './werklijst/_telefoon.js';

type Organisatie = z.infer<typeof OrganisatieSchema>;
type Persoon = z.infer<typeof PersoonKaartSchema>;
type Overleg = z.infer<typeof OverlegSchema>;
type Deelname = z.infer<typeof DeelnameSchema>;
type Contactmoment = z.infer<typeof ContactmomentSchema>;
type Training = z.infer<typeof TrainingSchema>;
type HistorieRegel = z.infer<typeof HistorieRegelSchema>;
/** The answer of `organisaties/{id}/terugkomdagen`: the list's frame with the one organisation's fields. */
type Terugkomdagen = Omit<z.infer<typeof TerugkomdagenSchema>, 'organisaties'> &
  z.infer<typeof TerugkomdagOrganisatieSchema>;

const ALLEEN_REGISSEUR = 'Zichtbaar voor de rollen regisseur en beheerder.';

/** A section with its heading; `inhoud` may be a note. */
const sectie = (id: string, titel: string, ...inhoud: Array<Node | string | null>) =>
  h('section', { id, 'aria-labelledby': `${id}-titel` }, h('h2', { id: `${id}-titel` }, titel), ...inhoud);

/** The answer, or null when the key's role may not see it (403). */
async function mag<T>(vraag: Promise<T>): Promise<T | null> {
  try {
    return await vraag;
  } catch (f) {
    if (f instanceof ApiFout && f.status === 403) return null;
    throw f;
  }
}

function tabel(bijschrift: string, koppen: string[], rijen: Array<Array<Node | string | null>>): HTMLElement {
  // Focusable, so a keyboard can scroll a table wider than a phone.
  return h(
    'div',
    { class: 'tabelvak', tabindex: '0', role: 'region', 'aria-label': bijschrift },
    h(
      'table',
      {},
      h('caption', {}, bijschrift),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          koppen.map((k) => h('th', { scope: 'col' }, k)),
        ),
      ),
      h(
        'tbody',
        {},
        rijen.map((r) =>
          h(
            'tr',
            {},
            r.map((cel, i) => (i === 0 ? h('th', { scope: 'row' }, cel) : h('td', {}, cel))),
          ),
        ),
      ),
    ),
  );
}

function gegevens(o: Organisatie): HTMLElement {
  const rij = (term: string, waarde: string) =>
    h(
      'div',
      { class: 'utrecht-data-list__item' },
      h('dt', { class: 'utrecht-data-list__item-key' }, term),
      h('dd', { class: 'utrecht-data-list__item-value' }, waarde),
    );
  return h(
    'dl',
    { class: 'utrecht-data-list', id: 'gegevens' },
    rij('Soort', o.soort ?? '—'),
    rij('Domein', DOMEIN_NAAM[o.domein] ?? o.domein),
    rij('Netwerk', o.netwerk),
    rij('Wijken', o.wijken.join(', ') || '—'),
  );
}

function mensen(personen: Persoon[], organisatieId: string): HTMLElement {
  if (personen.length === 0) return h('p', {}, 'Geen medewerkers bekend.');
  return tabel(
    `${personen.length} medewerkers`,
    ['Naam', 'Functie', 'Rollen', 'Telefoon', 'E-mail', 'Getraind'],
    personen.map((p) => {
      const hier = p.lidmaatschappen.filter((l) => l.organisatieId === organisatieId);
      return [
        p.naam,
        hier
          .map((l) => l.functie ?? '')
          .filter(Boolean)
          .join(', ') || '—',
        [...new Set(hier.flatMap((l) => l.rollen))].join(', ') || '—',
        p.telefoon ? h('a', { href: `tel:${p.telefoon}` }, telefoonNl(p.telefoon)) : '—',
        p.email ? h('a', { href: `mailto:${p.email}` }, p.email) : '—',
        p.getraind ? 'ja' : 'nee',
      ];
    }),
  );
}

/** Meeting structures the organisation, or one of its people, takes part in. */
async function overleggen(api: Api, organisatieId: string, personen: Persoon[]): Promise<HTMLElement> {
  const ids = new Set(personen.map((p) => p.id));
  const alle = await api.alles<Overleg>('overleggen');
  const per = await Promise.all(
    alle.map(async (o) => ({
      o,
      deelnames: await api.alles<Deelname>(`overleggen/${encodeURIComponent(o.id)}/deelnames`),
    })),
  );
  const hier = per.filter(({ deelnames }) =>
    deelnames.some((d) => d.organisatieId === organisatieId || (d.persoonId !== null && ids.has(d.persoonId))),
  );
  if (hier.length === 0) return h('p', {}, 'Neemt aan geen overleg deel.');
  return h(
    'ul',
    { class: 'utrecht-unordered-list' },
    hier.map(({ o, deelnames }) => {
      const namen = deelnames
        .filter((d) => d.persoonId !== null && ids.has(d.persoonId))
        .map((d) => personen.find((p) => p.id === d.persoonId)?.naam ?? '');
      const zelf = deelnames.some((d) => d.organisatieId === organisatieId);
      return h(
        'li',
        { class: 'utrecht-unordered-list__item', 'data-overleg': o.id },
        h('strong', {}, o.naam),
        o.soort ? ` (${o.soort})` : '',
        ': ',
        [zelf ? 'de organisatie' : null, ...namen].filter(Boolean).join(', '),
      );
    }),
  );
}

function trainingen(lijst: Training[] | null, personen: Persoon[]): HTMLElement {
  if (lijst === null) return h('p', { class: 'uitleg' }, ALLEEN_REGISSEUR);
  const naam = new Map(personen.map((p) => [p.id, p.naam]));
  const hier = lijst.filter((t) => naam.has(t.persoonId));
  if (hier.length === 0) return h('p', {}, 'Geen trainingen bekend van de medewerkers.');
  return tabel(
    `${hier.length} trainingen`,
    ['Wie', 'Soort', 'Datum'],
    hier.map((t) => [naam.get(t.persoonId) ?? '', t.soort, datumNl(t.datum)]),
  );
}

/** Refresher days due (§4): who was last trained before the gemeente's interval. */
function terugkomdagen(t: Terugkomdagen | null): HTMLElement {
  if (t === null) return h('p', { class: 'uitleg' }, ALLEEN_REGISSEUR);
  const termijn = `${t.termijnMaanden} maanden`;
  if (t.personen.length === 0) {
    return h(
      'p',
      {},
      t.getraind === 0
        ? 'Van geen medewerker is een training met datum bekend.'
        : `Alle ${t.getraind} getrainde medewerkers zijn binnen ${termijn} getraind.`,
    );
  }
  return h(
    'div',
    {},
    h(
      'p',
      {},
      `${t.personen.length} van ${t.getraind} getrainde medewerkers zijn voor het laatst getraind voor ${datumNl(t.grens)} (langer dan ${termijn} geleden): een terugkomdag is nodig.`,
    ),
    tabel(
      `${t.personen.length} medewerkers met een terugkomdag nodig`,
      ['Wie', 'Laatste training', 'Soort'],
      t.personen.map((p) => [p.naam, datumNl(p.laatsteTraining), p.soort]),
    ),
  );
}

const KANAAL: Record<string, string> = {
  telefoon: 'telefoon',
  bezoek: 'bezoek',
  email: 'e-mail',
  bijeenkomst: 'bijeenkomst',
};

function contactmomenten(lijst: Contactmoment[] | null, personen: Persoon[]): HTMLElement {
  if (lijst === null) return h('p', { class: 'uitleg' }, ALLEEN_REGISSEUR);
  if (lijst.length === 0) return h('p', {}, 'Nog nooit contact vastgelegd.');
  const naam = new Map(personen.map((p) => [p.id, p.naam]));
  return tabel(
    `${lijst.length} contactmomenten, nieuwste eerst`,
    ['Datum', 'Kanaal', 'Aanleiding', 'Initiatief', 'Met wie'],
    lijst.map((c) => [
      datumNl(c.datum),
      KANAAL[c.kanaal] ?? c.kanaal,
      c.aanleiding,
      c.initiatief,
      c.persoonId ? (naam.get(c.persoonId) ?? 'een oud-medewerker') : 'de organisatie',
    ]),
  );
}

function vlaggen(indicatoren: Indicator[] | null, organisatieId: string, personen: Persoon[]): HTMLElement {
  if (indicatoren === null) return h('p', { class: 'uitleg' }, ALLEEN_REGISSEUR);
  const sleutels = [`organisatie:${organisatieId}`, ...personen.map((p) => `persoon:${p.id}`)];
  const naam = new Map(personen.map((p) => [`persoon:${p.id}`, p.naam]));
  const hier = indicatoren.filter((i) => i.betreft.some((k) => sleutels.includes(k)));
  if (hier.length === 0) return h('p', {}, 'Geen indicator noemt deze organisatie of haar medewerkers.');
  return h(
    'ul',
    { class: 'kaal-lijst vlaggen' },
    hier.map((i) =>
      h(
        'li',
        { 'data-indicator': i.id },
        statusBadge(i.status),
        ' ',
        h('a', { href: `/kaart?indicator=${encodeURIComponent(i.id)}` }, i.titel),
        h(
          'ul',
          { class: 'utrecht-unordered-list' },
          i.betreft
            .filter((k) => sleutels.includes(k))
            .map((k) =>
              h(
                'li',
                { class: 'utrecht-unordered-list__item' },
                naam.has(k) ? `${naam.get(k)}: ` : '',
                i.details?.redenen[k] ?? 'genoemd.',
              ),
            ),
        ),
      ),
    ),
  );
}

/** A value from the history as text: lists joined, nothing as a dash. */
function waarde(w: unknown): string {
  if (w === null || w === undefined || w === '') return '—';
  if (Array.isArray(w)) return w.join(', ') || '—';
  return typeof w === 'object' ? JSON.stringify(w) : String(w);
}

function historie(lijst: HistorieRegel[] | null, personen: Persoon[]): HTMLElement {
  if (lijst === null) return h('p', { class: 'uitleg' }, ALLEEN_REGISSEUR);
  if (lijst.length === 0) return h('p', {}, 'Geen wijzigingen bekend.');
  const lid = new Map(personen.flatMap((p) => p.lidmaatschappen.map((l) => [l.id, p.naam] as const)));
  const wat = (r: HistorieRegel) => {
    const onderwerp =
      r.entiteit === 'organisatie' ? 'organisatie' : `lidmaatschap ${lid.get(r.entiteitId) ?? ''}`.trim();
    return r.veld === '*' ? `${onderwerp} ${r.na === null ? 'verwijderd' : 'toegevoegd'}` : `${onderwerp}: ${r.veld}`;
  };
  return tabel(
    `${lijst.length} wijzigingen, nieuwste eerst`,
    ['Wanneer', 'Wat', 'Was', 'Werd', 'Door', 'Import'],
    lijst.map((r) => [
      tijdNl(r.tijd),
      wat(r),
      r.veld === '*' ? '—' : waarde(r.voor),
      r.veld === '*' ? '—' : waarde(r.na),
      r.actor,
      r.importId ? h('code', {}, r.importId.slice(0, 8)) : 'met de hand',
    ]),
  );
}

async function start(api: Api, inhoud: HTMLElement): Promise<void> {
  const id = decodeURIComponent(location.pathname.split('/').at(-1) ?? '');
  let organisatie: Organisatie;
  try {
    organisatie = await api.json<Organisatie>(`organisaties/${encodeURIComponent(id)}`);
  } catch (f) {
    if (!(f instanceof ApiFout) || f.status !== 404) throw f;
    fill(
      inhoud,
      h('p', { class: 'melding', role: 'alert' }, 'Deze organisatie bestaat niet, of is met uw sleutel niet te zien.'),
      h('p', {}, h('a', { href: '/kaart' }, 'Naar de netwerkkaart')),
    );
    return;
  }
  const kop = hoofd().querySelector('h1');
  if (kop) kop.textContent = organisatie.naam;
  document.title = `${organisatie.naam} · Netwerkregie`;

  const e = encodeURIComponent(id);
  const personen = await api.alles<Persoon>(`personen?organisatie=${e}`);
  const [overlegLijst, trainingLijst, contacten, gezondheid, wijzigingen, terugkomdag] = await Promise.all([
    overleggen(api, id, personen),
    mag(api.alles<Training>('trainingen')),
    mag(api.alles<Contactmoment>(`contactmomenten?organisatie=${e}`)),
    mag(api.json<{ indicatoren: Indicator[] }>('analyse/gezondheid')),
    mag(api.alles<HistorieRegel>(`organisaties/${e}/historie`)),
    mag(api.json<Terugkomdagen>(`organisaties/${e}/terugkomdagen`)),
  ]);
  fill(
    inhoud,
    gegevens(organisatie),
    h(
      'p',
      {},
      h('a', { href: `/kaart?focus=${encodeURIComponent(`organisatie:${id}`)}` }, 'Op de netwerkkaart'),
      ' · ',
      h('a', { href: '/werklijst' }, 'Deze week'),
    ),
    sectie('mensen', 'Mensen en rollen', mensen(personen, id)),
    h(
      'div',
      { class: 'kolommen' },
      sectie('indicatoren', 'Wat de indicatoren zeggen', vlaggen(gezondheid?.indicatoren ?? null, id, personen)),
      h(
        'div',
        {},
        sectie('overleggen', 'Overleggen', overlegLijst),
        sectie('trainingen', 'Trainingen', trainingen(trainingLijst, personen)),
        sectie('terugkomdagen', 'Terugkomdagen', terugkomdagen(terugkomdag)),
      ),
    ),
    sectie('contactmomenten', 'Contactmomenten', contactmomenten(contacten, personen)),
    sectie('historie', 'Historie', historie(wijzigingen, personen)),
  );
}

withAanmelding(start);
