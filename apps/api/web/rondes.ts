/**
 * /rondes: the regisseur starts a confirmation round (every formal partner, or those of a domain, a
 * district or a saved segment) and follows it per organisation; unanswered links can be revoked. The links
 * are shown once, right after the start (the server keeps only their hashes); with SMTP configured they
 * are mailed too. The beheerder reviews a partner's corrections here and applies or rejects them.
 */
import { gemeenteNaam, withAanmelding } from './_aanmelding.js';
import { type Api, ApiFout } from './_api.js';
import { datumNl, fill, h, setStatus } from './_dom.js';
import {
  type Correctieplan,
  type GestarteRonde,
  type Ronde,
  type Segment,
  STATUSWOORDEN,
  type Voortgang,
} from './rondes/_soorten.js';

const DOMEINEN = ['veiligheid', 'zorg', 'onderwijs', 'jeugd-en-welzijn', 'gemeente', 'overig'] as const;

function melding(el: HTMLElement, tekst: string, soort: 'fout' | 'status' = 'status'): void {
  fill(
    el,
    h('p', { class: soort === 'fout' ? 'fout' : 'melding', role: soort === 'fout' ? 'alert' : 'status' }, tekst),
  );
}

/** The one-time list of links after a start. */
function linksTabel(gestart: GestarteRonde): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'links-titel', id: 'links' },
    h('h2', { id: 'links-titel' }, 'De links (alleen nu te zien)'),
    h(
      'p',
      {},
      gestart.verzonden > 0
        ? `${gestart.verzonden} bericht(en) zijn per e-mail verstuurd. `
        : 'Er is niets per e-mail verstuurd (geen mailserver ingesteld): stuur elke organisatie haar eigen link. ',
      'De gemeente bewaart de links niet; wie er een kwijt is, krijgt bij een herinnering een nieuwe.',
    ),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Organisatie'), h('th', { scope: 'col' }, 'Link'))),
      h(
        'tbody',
        {},
        gestart.links.map((l) =>
          h(
            'tr',
            { 'data-organisatie': l.naam },
            h('th', { scope: 'row' }, l.naam),
            h('td', {}, h('code', {}, l.link)),
          ),
        ),
      ),
    ),
  );
}

const waarde = (x: unknown) =>
  x === null || x === undefined || x === '' ? '(leeg)' : Array.isArray(x) ? x.join(', ') : String(x);

/**
 * A partner's corrections as the beheerder reviews them: every change field by field, then apply (the
 * import's own apply) or leave it; an applied plan can be reverted. The import routes are the beheerder's.
 */
async function toonCorrecties(
  api: Api,
  importId: string,
  vak: HTMLElement,
  status: HTMLElement,
  na: () => Promise<void>,
) {
  let plan: Correctieplan;
  try {
    plan = await api.json<Correctieplan>(`imports/${encodeURIComponent(importId)}`);
  } catch (f) {
    const tekst =
      f instanceof ApiFout && f.status === 403
        ? 'Alleen de beheerder kan correcties bekijken en toepassen.'
        : String(f);
    melding(status, tekst, 'fout');
    return;
  }
  const regels = [
    ...plan.details.toegevoegd.map((r) => h('li', { 'data-soort': 'toegevoegd' }, `Nieuw: ${r.naam}`)),
    ...plan.details.gewijzigd.flatMap((r) =>
      (r.velden ?? []).map((v) =>
        h('li', { 'data-soort': 'gewijzigd' }, `${r.naam}: ${v.veld} ${waarde(v.voor)} → ${waarde(v.na)}`),
      ),
    ),
  ];
  const reden = h('input', { id: 'reden', name: 'reden', type: 'text', maxlength: 200, autocomplete: 'off' });
  const knop = (tekst: string, pad: string, klaar: string, body: () => object = () => ({})) =>
    h(
      'button',
      {
        type: 'button',
        onclick: async () => {
          setStatus('bezig');
          try {
            await api.post(`imports/${encodeURIComponent(importId)}/${pad}`, body());
            melding(status, klaar);
            await toonCorrecties(api, importId, vak, status, na);
            await na();
          } catch (f) {
            melding(status, f instanceof ApiFout ? f.detail : String(f), 'fout');
          }
          setStatus('klaar');
        },
      },
      tekst,
    );
  fill(
    vak,
    h(
      'section',
      { 'aria-labelledby': 'correcties-titel', id: 'correcties', 'data-import': importId, 'data-status': plan.status },
      h('h2', { id: 'correcties-titel' }, `Correcties uit ${plan.bestand}`),
      h(
        'p',
        { id: 'correcties-status' },
        `Status: ${plan.status}. `,
        plan.status === 'gepland' ? 'Er is nog niets veranderd.' : '',
        plan.status === 'afgewezen'
          ? `Afgewezen op ${datumNl(plan.afgewezenOp)}; er is niets veranderd.${plan.afwijzingsreden ? ` Reden: ${plan.afwijzingsreden}` : ''}`
          : '',
      ),
      regels.length ? h('ul', {}, regels) : h('p', {}, 'Geen wijzigingen.'),
      plan.status === 'gepland'
        ? h(
            'div',
            {},
            h('p', {}, knop('Correcties toepassen', 'toepassing', 'De correcties zijn toegepast.')),
            h('p', {}, h('label', { for: 'reden' }, 'Reden van afwijzen (optioneel, over het plan)'), ' ', reden),
            h(
              'p',
              {},
              knop('Correcties afwijzen', 'afwijzing', 'De correcties zijn afgewezen; er is niets veranderd.', () =>
                reden.value.trim() ? { reden: reden.value.trim() } : {},
              ),
            ),
          )
        : null,
      plan.status === 'toegepast'
        ? knop('Correcties terugdraaien', 'terugdraaiing', 'De correcties zijn teruggedraaid.')
        : null,
    ),
  );
}

function voortgangTabel(
  api: Api,
  v: Voortgang,
  opnieuw: () => Promise<void>,
  status: HTMLElement,
  correcties: HTMLElement,
): HTMLElement {
  const totalen = (Object.entries(STATUSWOORDEN) as Array<[keyof typeof STATUSWOORDEN, string]>)
    .filter(([s]) => v.totalen[s] > 0)
    .map(([s, woord]) => `${v.totalen[s]} ${woord}`)
    .join(', ');
  const intrekken = (organisatie?: string) => async () => {
    setStatus('bezig');
    try {
      const { ingetrokken } = await api.post<{ ingetrokken: number }>(
        `bevestigingsrondes/${encodeURIComponent(v.ronde.id)}/intrekking`,
        organisatie ? { organisatie } : {},
      );
      await opnieuw();
      melding(status, `${ingetrokken} link(s) ingetrokken.`);
    } catch (f) {
      melding(status, f instanceof ApiFout ? f.detail : String(f), 'fout');
    }
    setStatus('klaar');
  };
  const open = (s: string) => !['bevestigd', 'gecorrigeerd', 'afgewezen', 'ingetrokken'].includes(s);
  return h(
    'section',
    { 'aria-labelledby': 'voortgang-titel', id: 'voortgang' },
    h('h2', { id: 'voortgang-titel' }, `Voortgang van de ronde van ${datumNl(v.ronde.gestart)}`),
    h('p', { id: 'totalen' }, `${totalen}. Links werken tot ${datumNl(v.ronde.geldigTot)}.`),
    h(
      'div',
      // Focusable, so a keyboard can scroll the table where it is wider than a phone.
      { class: 'tabelvak', tabindex: '0', role: 'region', 'aria-label': 'Voortgang per organisatie' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Organisatie', 'Status', 'Verzonden', 'Geopend', 'Beantwoord', 'Correcties', 'Link'].map((k) =>
              h('th', { scope: 'col' }, k),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          v.organisaties.map((o) =>
            h(
              'tr',
              { 'data-organisatie': o.naam, 'data-status': o.status },
              h('th', { scope: 'row' }, o.naam),
              h('td', {}, o.status),
              h('td', {}, datumNl(o.verzonden)),
              h('td', {}, datumNl(o.geopend)),
              h('td', {}, datumNl(o.beantwoord)),
              h(
                'td',
                {},
                o.import
                  ? h(
                      'button',
                      {
                        type: 'button',
                        onclick: () => void toonCorrecties(api, o.import as string, correcties, status, opnieuw),
                      },
                      `Correcties van ${o.naam} bekijken`,
                    )
                  : '—',
              ),
              h(
                'td',
                {},
                open(o.status)
                  ? h('button', { type: 'button', onclick: intrekken(o.organisatie) }, `Link van ${o.naam} intrekken`)
                  : null,
              ),
            ),
          ),
        ),
      ),
    ),
    h('p', {}, h('button', { type: 'button', onclick: intrekken() }, 'Alle open links intrekken')),
  );
}

async function start(api: Api, inhoud: HTMLElement): Promise<void> {
  const status = h('div', { id: 'status' });
  const links = h('div');
  const voortgang = h('div');
  const correcties = h('div');
  const segmenten = await api.alles<Segment>('segmenten');
  // One choice: every formal partner, those of a domain, or those of a saved segment (value `segment:<id>`).
  const domein = h(
    'select',
    { id: 'domein', name: 'domein' },
    h('option', { value: '' }, 'alle formele partners'),
    h(
      'optgroup',
      { label: 'Domein' },
      DOMEINEN.map((d) => h('option', { value: d }, d)),
    ),
    segmenten.length
      ? h(
          'optgroup',
          { label: 'Bewaard segment' },
          segmenten.map((s) => h('option', { value: `segment:${s.id}` }, s.naam)),
        )
      : null,
  );
  const wijk = h('input', { id: 'wijk', name: 'wijk', type: 'text', autocomplete: 'off' });
  const dagen = h('input', { id: 'dagen', name: 'dagen', type: 'number', min: 1, max: 365, placeholder: '30' });
  const knop = h('button', { type: 'submit' }, 'Ronde starten');

  let huidige: string | null = null;
  const toon = async () => {
    const rondes = (await api.json<{ resultaten: Ronde[] }>('bevestigingsrondes')).resultaten;
    huidige ??= rondes[0]?.id ?? null;
    if (!huidige) {
      fill(voortgang, h('p', {}, 'Er is nog geen ronde gestart.'));
      return;
    }
    const v = await api.json<Voortgang>(`bevestigingsrondes/${encodeURIComponent(huidige)}`);
    fill(voortgang, voortgangTabel(api, v, toon, status, correcties));
  };

  const form = h(
    'form',
    { id: 'nieuwe-ronde', 'aria-labelledby': 'start-titel' },
    h('h2', { id: 'start-titel' }, 'Een ronde starten'),
    h(
      'p',
      {},
      'Elke formele partner krijgt een persoonlijke link waarmee de organisatie haar eigen gegevens bevestigt of verbetert. Correcties worden een plan dat de beheerder hier nakijkt en toepast of afwijst.',
    ),
    h('p', {}, h('label', { for: 'domein' }, 'Voor'), ' ', domein),
    h('p', {}, h('label', { for: 'wijk' }, 'Alleen de wijk (leeg: alle wijken)'), ' ', wijk),
    h('p', {}, h('label', { for: 'dagen' }, 'Dagen dat een link werkt'), ' ', dagen),
    knop,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    knop.disabled = true;
    setStatus('bezig');
    try {
      const keuze = domein.value;
      const gestart = await api.post<GestarteRonde>('bevestigingsrondes', {
        ...(keuze.startsWith('segment:')
          ? { segment: keuze.slice('segment:'.length) }
          : keuze
            ? { domein: keuze }
            : {}),
        ...(wijk.value.trim() ? { wijk: wijk.value.trim() } : {}),
        ...(dagen.value ? { geldigDagen: Number(dagen.value) } : {}),
      });
      huidige = gestart.ronde.id;
      melding(status, `Ronde gestart voor ${gestart.links.length} organisatie(s).`);
      fill(links, linksTabel(gestart));
      await toon();
    } catch (f) {
      melding(status, f instanceof ApiFout ? f.detail : String(f), 'fout');
    }
    knop.disabled = false;
    setStatus('klaar');
  });

  fill(
    inhoud,
    h('p', {}, `Bevestigingsrondes van de gemeente ${gemeenteNaam(api.gemeente)}.`),
    form,
    status,
    links,
    voortgang,
    correcties,
  );
  await toon();
}

withAanmelding(start);
