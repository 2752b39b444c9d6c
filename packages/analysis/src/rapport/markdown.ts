import type { Rapport } from '../analyse.js';
import { datumTekst, drempelTekst, getal, waardeTekst } from './_opmaak.js';
import { betreftTabel, detailTabellen, type Tabel } from './_tabellen.js';

/** Rows shown per table; the rest is counted ("en nog 12"). The XLSX report has them all. */
export const MAX_RIJEN = 25;

/** Markdown-safe inline text: no line breaks, table pipes and markup characters escaped. */
export function md(tekst: string): string {
  return tekst.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>|#!])/g, '\\$1');
}

function tabel(t: Tabel, maxRijen = MAX_RIJEN): string[] {
  if (t.rijen.length === 0) return [];
  const regels = [
    `**${md(t.titel)}** (${t.rijen.length})`,
    '',
    `| ${t.kolommen.map(md).join(' | ')} |`,
    `|${t.kolommen.map(() => ' --- ').join('|')}|`,
  ];
  for (const rij of t.rijen.slice(0, maxRijen)) regels.push(`| ${rij.map(md).join(' | ')} |`);
  if (t.rijen.length > maxRijen) regels.push('', `En nog ${t.rijen.length - maxRijen}.`);
  regels.push('');
  return regels;
}

/** The report as a Dutch Markdown document. */
export function renderMarkdown(rapport: Rapport): string {
  const r: string[] = [];
  r.push(`# Netwerkanalyse ${md(rapport.gemeente.naam)}`, '', `Peildatum: ${datumTekst(rapport.peildatum)}.`, '');
  r.push('## Overzicht', '', '| Indicator | Waarde | Drempels | Status |', '| --- | --- | --- | --- |');
  for (const i of rapport.indicatoren) {
    r.push(`| ${md(i.titel)} | ${waardeTekst(i)} | ${drempelTekst(i)} | ${i.status} |`);
  }
  r.push('');

  r.push('## Indicatoren', '');
  for (const i of rapport.indicatoren) {
    r.push(`### ${md(i.titel)}: ${i.status}`, '', md(i.toelichting), '');
    r.push(`Waarde: **${waardeTekst(i)}** (drempels: ${drempelTekst(i)}).`, '');
    if (i.verouderd) r.push(md(i.verouderd.tekst), '');
    r.push(...tabel(betreftTabel(rapport, i)));
    for (const t of detailTabellen(i)) r.push(...tabel(t));
  }

  const w = rapport.werklijst;
  r.push('## Werklijst', '');
  if (w.partners.length === 0) r.push('Geen partners die nu aandacht vragen.', '');
  w.partners.forEach((p, n) => {
    r.push(`${n + 1}. **${md(p.naam)}** (${p.domein}, score ${getal(p.score)})`);
    for (const reden of p.redenen) r.push(`   - ${md(reden)}`);
  });
  if (w.partners.length > 0) r.push('');
  r.push('### Introducties', '');
  if (w.introducties.length === 0)
    r.push(
      'Geen voorstellen: elke veiligheids- en zorgpartner heeft een band met het andere domein, of er is geen pad.',
      '',
    );
  for (const i of w.introducties) r.push(`- ${md(i.tekst)}`);
  if (w.introducties.length > 0) r.push('');

  const t = rapport.terugkomdagen;
  r.push('## Terugkomdagen', '');
  r.push(
    `Wie voor ${datumTekst(t.grens)} voor het laatst getraind is (termijn ${t.termijnMaanden} maanden), heeft een terugkomdag nodig (§4).`,
    '',
  );
  if (t.organisaties.length === 0) r.push('Niemand heeft nu een terugkomdag nodig.', '');
  for (const o of t.organisaties) {
    const wie = o.personen.map((p) => `${md(p.naam)} (${datumTekst(p.laatsteTraining)})`).join(', ');
    r.push(`- **${md(o.naam)}**: ${o.personen.length} van ${o.getraind} getrainden: ${wie}`);
  }
  if (t.organisaties.length > 0) r.push('');

  const m = rapport.metrieken;
  r.push('## Het netwerk in cijfers', '');
  r.push(
    `- Knopen: ${getal(m.knopen.totaal)} (${getal(m.knopen.persoon)} personen, ${getal(m.knopen.organisatie)} organisaties, ${getal(m.knopen.overleg)} overleggen).`,
  );
  r.push(
    `- Verbindingen: ${getal(m.kanten.totaal)} (${getal(m.kanten.lidmaatschap)} lidmaatschappen, ${getal(m.kanten.deelname)} deelnames, ${getal(m.kanten.relatie)} relaties).`,
  );
  r.push(
    `- Samenhangende delen: ${getal(m.componenten.aantal)}, het grootste met ${getal(m.componenten.grootste)} knopen.`,
  );
  r.push(
    `- Gemeenschappen (Louvain): ${getal(m.communities.aantal)}, modulariteit ${getal(m.communities.modularity, 3)}.`,
  );
  r.push(
    `- Articulatiepunten: ${getal(m.articulatiepunten)}; bruggen: ${getal(m.bruggen)}; personen zonder wie het personennetwerk uiteenvalt: ${getal(m.knippersonen)}.`,
  );
  r.push(
    `- Centraliteit: ${m.centraliteit.methode === 'exact' ? 'exact berekend' : `geschat met ${m.centraliteit.pivots} willekeurige startpunten`}.`,
    '',
  );
  r.push(
    ...tabel({
      titel: 'Hoogste betweenness',
      kolommen: ['Naam', 'Soort', 'Betweenness'],
      rijen: m.centraliteit.betweenness.map((t) => [t.naam, t.soort, getal(t.waarde, 4)]),
    }),
  );
  return `${r.join('\n').trimEnd()}\n`;
}
