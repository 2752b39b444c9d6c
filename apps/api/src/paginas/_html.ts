/**
 * The HTML shells of the pages, in the NL Design System's page layout: a skip link, the page header
 * with the sign-in bar, the main menu as a nav bar, a `<main>` the page's script fills, the script.
 * The theme's tokens hang on `<html class="netwerkregie-thema">` (web/thema.css).
 */

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t] ?? t);

export type PaginaNaam = 'start' | 'werklijst' | 'kaart' | 'import' | 'organisatie' | 'rondes';

const TITELS: Record<PaginaNaam, string> = {
  start: 'Hoe staat het netwerk ervoor',
  werklijst: 'Deze week',
  kaart: 'Netwerkkaart',
  import: 'Contactlijst importeren',
  organisatie: 'Organisatie',
  rondes: 'Bevestigingsrondes',
};

const MENU: Array<[string, string]> = [
  ['/', 'Start'],
  ['/werklijst', 'Deze week'],
  ['/kaart', 'Netwerkkaart'],
  ['/import', 'Importeren'],
  ['/rondes', 'Rondes'],
  ['/v1/docs', 'API-documentatie'],
];

/** The menu entry a page belongs to: an organisation's page sits under none. */
const PAD: Record<PaginaNaam, string> = {
  start: '/',
  werklijst: '/werklijst',
  kaart: '/kaart',
  import: '/import',
  organisatie: '',
  rondes: '/rondes',
};

export function paginaHtml(naam: PaginaNaam, gemeenten: ReadonlyArray<{ slug: string; naam: string }>): string {
  const menu = MENU.map(
    ([href, tekst]) =>
      `<li><a class="utrecht-link utrecht-link--html-a" href="${href}"${href === PAD[naam] ? ' aria-current="page"' : ''}>${esc(tekst)}</a></li>`,
  ).join('');
  const lijst = esc(JSON.stringify(gemeenten.map((g) => ({ slug: g.slug, naam: g.naam }))));
  return `<!doctype html>
<html lang="nl" class="netwerkregie-thema">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITELS[naam])} · Netwerkregie</title>
<link rel="stylesheet" href="/paginas/stijl.css">
</head>
<body class="utrecht-document" data-pagina="${naam}" data-gemeenten="${lijst}">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Naar de inhoud</a>
<div class="utrecht-page-layout">
<header class="utrecht-page-header"><div class="utrecht-page-header__content kop"><p class="merk">Netwerkregie</p><div id="aanmelding"></div></div></header>
<nav class="utrecht-nav-bar" aria-label="Hoofdmenu"><div class="utrecht-nav-bar__content"><ul class="menu">${menu}</ul></div></nav>
<div class="utrecht-page-body"><div class="utrecht-page-body__content">
<main id="inhoud" class="utrecht-page-content" tabindex="-1" data-status="laden"><h1 class="utrecht-heading-1">${esc(TITELS[naam])}</h1><noscript><p>Deze pagina heeft JavaScript nodig.</p></noscript></main>
</div></div>
</div>
<script type="module" src="/paginas/${naam}.js"></script>
</body>
</html>`;
}
