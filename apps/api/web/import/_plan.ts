/** The plan of an import: counts, what changes field by field, what is missing, and the rejected rows with their issues. */
import { h } from '../_dom.js';
import type { ImportKort, ImportVolledig, PlanRegel } from './_soorten.js';

const waarde = (w: unknown) =>
  w === null || w === undefined || w === '' ? '—' : Array.isArray(w) ? w.join(', ') : String(w);

export function tellingen(imp: ImportKort): HTMLElement {
  const cel = (naam: string, n: number | undefined) => h('td', { 'data-telling': naam }, n ?? '—');
  return h(
    'table',
    { class: 'tellingen' },
    h('caption', {}, `${imp.rijen} rijen gelezen, ${imp.afgewezen} afgewezen, ${imp.dubbel} dubbel`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('td'),
        ['Toegevoegd', 'Gewijzigd', 'Ongewijzigd', 'Ontbrekend'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Organisaties'),
        cel('organisaties-toegevoegd', imp.organisaties.toegevoegd),
        cel('organisaties-gewijzigd', imp.organisaties.gewijzigd),
        cel('organisaties-ongewijzigd', imp.organisaties.ongewijzigd),
        h('td', {}, '—'),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Personen'),
        cel('personen-toegevoegd', imp.personen.toegevoegd),
        cel('personen-gewijzigd', imp.personen.gewijzigd),
        cel('personen-ongewijzigd', imp.personen.ongewijzigd),
        cel('personen-ontbrekend', imp.personen.ontbrekend),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Rijen'),
        cel('rijen', imp.rijen),
        h('th', { scope: 'row' }, 'Afgewezen'),
        cel('afgewezen', imp.afgewezen),
        h('td'),
      ),
    ),
  );
}

function regels(titel: string, lijst: PlanRegel[], metVelden = false): HTMLElement | null {
  if (lijst.length === 0) return null;
  return h(
    'details',
    {},
    h('summary', {}, `${titel} (${lijst.length})`),
    h(
      'ul',
      {},
      lijst.map((r) =>
        h(
          'li',
          {},
          `${r.entiteit} ${r.naam}${r.rij ? ` (rij ${r.rij})` : ''}`,
          metVelden && r.velden?.length
            ? h(
                'ul',
                {},
                r.velden.map((v) => h('li', {}, h('code', {}, v.veld), `: ${waarde(v.voor)} → ${waarde(v.na)}`)),
              )
            : null,
        ),
      ),
    ),
  );
}

export function planWeergave(imp: ImportVolledig): HTMLElement[] {
  const meldingen = h(
    'table',
    { id: 'meldingen' },
    h('caption', {}, `Meldingen per rij (${imp.meldingen.length})`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Rij', 'Kolom', 'Waarde', 'Code', 'Ernst', 'Melding'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      imp.meldingen.map((m) =>
        h(
          'tr',
          { class: `ernst-${m.ernst}`, 'data-rij': m.rij, 'data-code': m.code },
          h('td', {}, m.blad ? `${m.blad} ${m.rij}` : m.rij),
          h('td', {}, m.kolom),
          h('td', {}, m.waarde),
          h('td', {}, h('code', {}, m.code)),
          h('td', {}, m.ernst),
          h('td', {}, m.melding),
        ),
      ),
    ),
  );
  return [
    tellingen(imp),
    imp.onbekendeKolommen.length
      ? h('p', { class: 'waarschuwing' }, `Onbekende kolommen (niet ingelezen): ${imp.onbekendeKolommen.join(', ')}`)
      : null,
    regels('Toegevoegd', imp.details.toegevoegd),
    regels('Gewijzigd, veld voor veld', imp.details.gewijzigd, true),
    regels('Ontbrekend in dit bestand', imp.details.ontbrekend),
    imp.details.afgekapt ? h('p', {}, 'De lijsten hierboven zijn ingekort; de aantallen zijn volledig.') : null,
    imp.meldingen.length ? meldingen : h('p', {}, 'Geen meldingen: elke rij is in orde.'),
  ].filter((x): x is HTMLElement => x !== null);
}
