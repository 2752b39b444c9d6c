/** The HTML shells of the pages: a header, a sign-in bar, a `<main>` the page's script fills, the script. */

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t] ?? t);

export type PaginaNaam = 'start' | 'kaart' | 'import' | 'rondes';

const TITELS: Record<PaginaNaam, string> = {
  start: 'Netwerkregie',
  kaart: 'Netwerkkaart',
  import: 'Contactlijst importeren',
  rondes: 'Bevestigingsrondes',
};

const MENU: Array<[string, string]> = [
  ['/', 'Start'],
  ['/kaart', 'Netwerkkaart'],
  ['/import', 'Importeren'],
  ['/rondes', 'Rondes'],
  ['/v1/docs', 'API-documentatie'],
];

export function paginaHtml(naam: PaginaNaam, gemeenten: ReadonlyArray<{ slug: string; naam: string }>): string {
  const pad = naam === 'start' ? '/' : `/${naam}`;
  const menu = MENU.map(
    ([href, tekst]) => `<li><a href="${href}"${href === pad ? ' aria-current="page"' : ''}>${esc(tekst)}</a></li>`,
  ).join('');
  const lijst = esc(JSON.stringify(gemeenten.map((g) => ({ slug: g.slug, naam: g.naam }))));
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITELS[naam])} · Netwerkregie</title>
<link rel="stylesheet" href="/paginas/stijl.css">
</head>
<body data-pagina="${naam}" data-gemeenten="${lijst}">
<a class="overslaan" href="#inhoud">Naar de inhoud</a>
<header><p class="merk">Netwerkregie</p><nav aria-label="Hoofdmenu"><ul>${menu}</ul></nav><div id="aanmelding"></div></header>
<main id="inhoud" tabindex="-1" data-status="laden"><h1>${esc(TITELS[naam])}</h1><noscript><p>Deze pagina heeft JavaScript nodig.</p></noscript></main>
<script type="module" src="/paginas/${naam}.js"></script>
</body>
</html>`;
}
