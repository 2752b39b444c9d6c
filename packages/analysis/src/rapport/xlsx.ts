import ExcelJS from 'exceljs';
import type { Rapport } from '../analyse.js';
import { datumTekst, drempelTekst, getal, waardeTekst } from './_opmaak.js';
import { betreftTabel, detailTabellen, type Tabel } from './_tabellen.js';

type Werkblad = ExcelJS.Worksheet;

/** Every cell is a text cell (format `@`): a name like `=HYPERLINK(...)` stays text, never a formula. */
function regel(blad: Werkblad, cellen: readonly string[], vet = false): void {
  const rij = blad.addRow([...cellen]);
  rij.eachCell((cel) => {
    cel.numFmt = '@';
    if (vet) cel.font = { bold: true };
  });
}

function tabel(blad: Werkblad, t: Tabel): void {
  if (t.rijen.length === 0) return;
  regel(blad, [t.titel], true);
  regel(blad, t.kolommen, true);
  for (const rij of t.rijen) regel(blad, rij);
  regel(blad, []);
}

function breedtes(blad: Werkblad, ...breedte: number[]): void {
  breedte.forEach((b, i) => {
    blad.getColumn(i + 1).width = b;
  });
}

/** The report as an XLSX workbook: an overview, a sheet per indicator with every offender named, the worklist, the figures. */
export async function renderXlsx(rapport: Rapport): Promise<Buffer> {
  const boek = new ExcelJS.Workbook();
  boek.creator = 'Netwerkregie';
  boek.created = new Date(`${rapport.peildatum}T00:00:00Z`);

  const overzicht = boek.addWorksheet('Overzicht');
  breedtes(overzicht, 48, 14, 52, 12);
  regel(overzicht, [`Netwerkanalyse ${rapport.gemeente.naam}`], true);
  regel(overzicht, ['Peildatum', datumTekst(rapport.peildatum)]);
  regel(overzicht, []);
  regel(overzicht, ['Indicator', 'Waarde', 'Drempels', 'Status'], true);
  for (const i of rapport.indicatoren) regel(overzicht, [i.titel, waardeTekst(i), drempelTekst(i), i.status]);

  for (const i of rapport.indicatoren) {
    const blad = boek.addWorksheet(i.id.slice(0, 31));
    breedtes(blad, 36, 14, 18, 80, 30);
    regel(blad, [i.titel], true);
    regel(blad, ['Status', i.status]);
    regel(blad, ['Waarde', waardeTekst(i)]);
    regel(blad, ['Drempels', drempelTekst(i)]);
    regel(blad, ['Toelichting', i.toelichting]);
    regel(blad, []);
    tabel(blad, betreftTabel(rapport, i));
    for (const t of detailTabellen(i)) tabel(blad, t);
  }

  const werklijst = boek.addWorksheet('Werklijst');
  breedtes(werklijst, 8, 36, 18, 10, 16, 100);
  regel(werklijst, ['Rang', 'Organisatie', 'Domein', 'Score', 'Laatste contact', 'Redenen'], true);
  rapport.werklijst.partners.forEach((p, n) => {
    regel(werklijst, [
      String(n + 1),
      p.naam,
      p.domein,
      getal(p.score),
      p.laatsteContact ? datumTekst(p.laatsteContact) : 'nooit',
      p.redenen.join(' '),
    ]);
  });

  const introducties = boek.addWorksheet('Introducties');
  breedtes(introducties, 90, 30, 30, 30);
  regel(introducties, ['Voorstel', 'Van', 'Naar', 'Via'], true);
  const naam = (k: string | null) => (k === null ? '' : (rapport.entiteiten[k]?.naam ?? k));
  for (const i of rapport.werklijst.introducties)
    regel(introducties, [i.tekst, naam(i.van), naam(i.naar), naam(i.via)]);

  const terug = boek.addWorksheet('Terugkomdagen');
  breedtes(terug, 36, 30, 16, 16);
  regel(terug, ['Organisatie', 'Naam', 'Laatste training', 'Soort'], true);
  for (const o of rapport.terugkomdagen.organisaties)
    for (const p of o.personen) regel(terug, [o.naam, p.naam, datumTekst(p.laatsteTraining), p.soort]);

  const m = rapport.metrieken;
  const cijfers = boek.addWorksheet('Metrieken');
  breedtes(cijfers, 40, 40, 16);
  for (const [wat, waarde] of [
    ['Personen', getal(m.knopen.persoon)],
    ['Organisaties', getal(m.knopen.organisatie)],
    ['Overleggen', getal(m.knopen.overleg)],
    ['Verbindingen', getal(m.kanten.totaal)],
    ['Samenhangende delen', getal(m.componenten.aantal)],
    ['Grootste deel (knopen)', getal(m.componenten.grootste)],
    ['Gemeenschappen', getal(m.communities.aantal)],
    ['Modulariteit', getal(m.communities.modularity, 4)],
    ['Articulatiepunten', getal(m.articulatiepunten)],
    ['Bruggen', getal(m.bruggen)],
    ['Kwetsbare personen', getal(m.knippersonen)],
    ['Centraliteit', m.centraliteit.methode === 'exact' ? 'exact' : `steekproef van ${m.centraliteit.pivots}`],
  ] as const) {
    regel(cijfers, [wat, waarde]);
  }
  regel(cijfers, []);
  tabel(cijfers, {
    titel: 'Hoogste betweenness',
    kolommen: ['Naam', 'Soort', 'Betweenness'],
    rijen: m.centraliteit.betweenness.map((t) => [t.naam, t.soort, getal(t.waarde, 6)]),
  });

  return Buffer.from(await boek.xlsx.writeBuffer());
}
