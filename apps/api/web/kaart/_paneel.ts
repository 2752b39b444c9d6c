/** The selected node's card: what it is, its organisations or people, last contact, trainings, and indicator flags. */
import type Graph from 'graphology';
import type { Api } from '../_api.js';
import { datumNl, h, fill } from '../_dom.js';
import { DOMEIN_NAAM, type Indicator } from './_soorten.js';

interface Training {
  soort: string;
  datum: string;
}

const rij = (term: string, ...waarde: Array<Node | string | null | undefined>) => [
  h('dt', {}, term),
  h('dd', {}, ...waarde.map((w) => w ?? '—')),
];

function redenVan(indicator: Indicator, id: string): string | null {
  return indicator.details?.redenen[id] ?? null;
}

export async function showKaartje(
  paneel: HTMLElement,
  graaf: Graph,
  id: string,
  context: { api: Api; rol: string; indicatoren: Indicator[] },
): Promise<void> {
  const a = graaf.getNodeAttributes(id);
  const soort = String(a.soort);
  const velden: Node[] = [
    ...rij('Soort', soort === 'organisatie' && a.organisatiesoort ? `organisatie (${a.organisatiesoort})` : soort),
    ...rij('Domein', DOMEIN_NAAM[String(a.domein)] ?? null),
    ...rij('Netwerk', (a.netwerk as string | null) ?? null),
  ];
  if (soort === 'organisatie') {
    const leden = graaf.filterNeighbors(id, (_, b) => b.soort === 'persoon');
    velden.push(
      ...rij('Wijken', ((a.wijken as string[]) ?? []).join(', ') || null),
      ...rij(
        'Laatste contact',
        a.laatsteContact ? `${datumNl(a.laatsteContact as string)} (${a.dagenSindsContact} dagen geleden)` : 'geen',
      ),
      ...rij(
        'Contactpersonen',
        leden.length
          ? h(
              'ul',
              {},
              leden.map((p) => h('li', {}, rollenBij(graaf, p, id))),
            )
          : 'geen',
      ),
    );
  }
  if (soort === 'persoon') {
    const organisaties = graaf.filterNeighbors(id, (_, b) => b.soort === 'organisatie');
    velden.push(
      ...rij('Rollen', ((a.rollen as string[]) ?? []).join(', ') || 'geen'),
      ...rij(
        'Organisaties',
        h(
          'ul',
          {},
          organisaties.map((o) => h('li', {}, rollenBij(graaf, id, o, true))),
        ),
      ),
      ...rij('Getraind', a.getraind ? 'ja' : 'nee'),
    );
  }
  if (soort === 'overleg') velden.push(...rij('Deelnemers', String(graaf.degree(id))));
  const vlaggen = context.indicatoren.filter((i) => i.betreft.includes(id));
  const trainingen = h('dd', {}, soort === 'persoon' && context.rol !== 'lezer' ? 'laden…' : '—');
  fill(
    paneel,
    h('h2', { id: 'kaartje-titel' }, String(a.naam)),
    h('dl', {}, velden, soort === 'persoon' ? [h('dt', {}, 'Trainingen'), trainingen] : null),
    h('h3', {}, 'Indicatoren'),
    vlaggen.length
      ? h(
          'ul',
          { class: 'vlaggen' },
          vlaggen.map((i) =>
            h(
              'li',
              { class: `status-${i.status}` },
              h('strong', {}, i.titel),
              redenVan(i, id) ? `: ${redenVan(i, id)}` : '',
            ),
          ),
        )
      : h(
          'p',
          {},
          context.rol === 'lezer'
            ? 'Indicatoren zijn zichtbaar voor de rol regisseur.'
            : 'Geen indicator noemt deze knoop.',
        ),
  );
  if (soort === 'persoon' && context.rol !== 'lezer') {
    const persoonId = id.slice('persoon:'.length);
    const lijst = await context.api
      .alles<Training>(`trainingen?persoon=${encodeURIComponent(persoonId)}`)
      .catch(() => null);
    fill(
      trainingen,
      lijst === null
        ? 'niet beschikbaar'
        : lijst.length
          ? h(
              'ul',
              {},
              lijst.map((t) => h('li', {}, `${t.soort}, ${datumNl(t.datum)}`)),
            )
          : 'geen',
    );
  }
}

function rollenBij(graaf: Graph, persoon: string, organisatie: string, toonOrganisatie = false): string {
  const rollen = graaf.hasEdge(persoon, organisatie)
    ? (graaf.getEdgeAttribute(persoon, organisatie, 'rollen') as string[])
    : [];
  const naam = String(graaf.getNodeAttribute(toonOrganisatie ? organisatie : persoon, 'naam'));
  return rollen?.length ? `${naam} (${rollen.join(', ')})` : naam;
}
