/** The partner's page, rendered on the server: a plain form that works without JavaScript. */
import { TRAININGSOORTEN, type Trainingsoort } from '@netwerkregie/domain';
import { type PartnerOverzicht, trainingTekst, type VeldProbleem } from '@netwerkregie/toepassing';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t] ?? t);

const nlDatum = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

function omhulsel(titel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(titel)} · Netwerkregie</title>
<link rel="stylesheet" href="/paginas/stijl.css">
</head>
<body data-pagina="bevestigen">
<header><p class="merk">Netwerkregie</p></header>
<main id="inhoud">
${inhoud}
</main>
</body>
</html>`;
}

/** Unknown, expired or revoked: names no organisation, says nothing about why. */
export function onbekendHtml(): string {
  return omhulsel(
    'Link werkt niet',
    `<h1>Deze link werkt niet</h1>
<p>De link is onbekend, verlopen of ingetrokken. Vraag de gemeente om een nieuwe link als u uw gegevens wilt nakijken.</p>`,
  );
}

export function teVeelHtml(): string {
  return omhulsel(
    'Te veel verzoeken',
    '<h1>Even geduld</h1><p>Er kwamen te veel verzoeken van uw adres. Probeer het over een minuut opnieuw.</p>',
  );
}

export function bedanktHtml(soort: 'bevestigd' | 'gecorrigeerd' | 'al-beantwoord'): string {
  const tekst = {
    bevestigd: 'U hebt bevestigd dat de gegevens kloppen. Dank u wel!',
    gecorrigeerd:
      'Uw wijzigingen zijn ontvangen. Een medewerker van de gemeente kijkt ze na en zet ze daarna in de lijst. Dank u wel!',
    'al-beantwoord': 'Deze link is al gebruikt; uw antwoord is ontvangen. Dank u wel!',
  }[soort];
  return omhulsel('Dank u wel', `<h1>Dank u wel</h1><p role="status">${esc(tekst)}</p>`);
}

/** The values a form shows: the stored ones, or what the partner sent back with problems. */
export interface FormWaarden {
  personen: Array<{
    id: string;
    oordeel: 'klopt' | 'vertrokken';
    naam: string;
    functie: string;
    rollen: string;
    email: string;
    telefoon: string;
    /** Per kind of training: its date day first, `ja` (day unknown), or empty (none known). */
    trainingen: Record<Trainingsoort, string>;
  }>;
  nieuw: Array<{ naam: string; functie: string; rollen: string; email: string; telefoon: string }>;
  /** Meeting structures the partner adds (none by default). */
  overleggen: string;
}

/** A person's trainings as the form's fields show them. */
export function trainingWaarden(p: PartnerOverzicht['personen'][number]): Record<Trainingsoort, string> {
  return Object.fromEntries(
    TRAININGSOORTEN.map((soort) => {
      const t = p.trainingen.find((x) => x.soort === soort);
      return [soort, t ? trainingTekst(t.datum) : ''];
    }),
  ) as Record<Trainingsoort, string>;
}

export const NIEUWE_RIJEN = 2;

export function standaardWaarden(o: PartnerOverzicht): FormWaarden {
  return {
    personen: o.personen.map((p) => ({
      id: p.persoonId,
      oordeel: 'klopt',
      naam: p.naam,
      functie: p.functie ?? '',
      rollen: p.rollen.join(', '),
      email: p.email ?? '',
      telefoon: p.telefoon ?? '',
      trainingen: trainingWaarden(p),
    })),
    nieuw: Array.from({ length: NIEUWE_RIJEN }, () => ({ naam: '', functie: '', rollen: '', email: '', telefoon: '' })),
    overleggen: '',
  };
}

const VELDEN = [
  ['naam', 'Naam', 'text', 'name'],
  ['functie', 'Functie', 'text', 'organization-title'],
  ['rollen', 'Rollen (met komma’s)', 'text', 'off'],
  ['email', 'E-mail', 'email', 'email'],
  ['telefoon', 'Telefoon', 'tel', 'tel'],
] as const;

const TRAININGLABELS: Readonly<Record<Trainingsoort, string>> = {
  basistraining: 'Basistraining',
  terugkomdag: 'Terugkomdag',
  verdieping: 'Verdieping',
};

function veld(
  prefix: string,
  [naam, label, type, autocomplete]: readonly [string, string, string, string],
  waarde: string,
  probleem: string | undefined,
): string {
  const id = `${prefix}.${naam}`;
  const fout = probleem ? `<strong class="fout" id="${id}.fout">${esc(probleem)}</strong>` : '';
  return `<p><label for="${id}">${esc(label)}</label>
<input id="${id}" name="${id}" type="${type}" autocomplete="${autocomplete}" maxlength="200" value="${esc(waarde)}"${probleem ? ` aria-invalid="true" aria-describedby="${id}.fout"` : ''}>${fout}</p>`;
}

/** The form: each person confirmable or correctable, markable as left; empty rows for new persons. */
export function formulierHtml(
  o: PartnerOverzicht,
  privacy: string,
  w: FormWaarden,
  problemen: readonly VeldProbleem[] = [],
): string {
  const probleem = (persoon: number, v: string) =>
    problemen
      .filter((p) => p.persoon === persoon && p.veld === v)
      .map((p) => p.melding)
      .join(' ') || undefined;
  const personen = w.personen
    .map((p, i) => {
      const bekend = o.personen.find((x) => x.persoonId === p.id);
      const trainingen = bekend?.trainingen.length
        ? `<p>Trainingen: ${bekend.trainingen.map((t) => esc(`${t.soort}${t.datum ? ` (${nlDatum(t.datum)})` : ''}`)).join(', ')}</p>`
        : '<p>Trainingen: geen bekend.</p>';
      const velden = VELDEN.map((v) => veld(`p${i}`, v, p[v[0]], probleem(i, v[0]))).join('\n');
      const trainingvelden = TRAININGSOORTEN.map((soort) =>
        veld(
          `p${i}`,
          [`training.${soort}`, `${TRAININGLABELS[soort]} (datum, of ja)`, 'text', 'off'],
          p.trainingen[soort],
          probleem(i, `training.${soort}`),
        ),
      ).join('\n');
      const fout = probleem(i, 'persoonId') ?? probleem(i, 'oordeel');
      return `<fieldset class="persoon" data-persoon="${i}">
<legend>${esc(bekend?.naam ?? p.naam)}</legend>
<input type="hidden" name="p${i}.id" value="${esc(p.id)}">
<p role="radiogroup" aria-label="Klopt dit?">
<label><input type="radio" name="p${i}.oordeel" value="klopt"${p.oordeel === 'klopt' ? ' checked' : ''}> Klopt (of aangepast hieronder)</label>
<label><input type="radio" name="p${i}.oordeel" value="vertrokken"${p.oordeel === 'vertrokken' ? ' checked' : ''}> Werkt hier niet meer (vertrokken)</label>
</p>${fout ? `<strong class="fout">${esc(fout)}</strong>` : ''}
${velden}
${trainingen}
<div class="trainingen" role="group" aria-labelledby="p${i}.trainingen">
<p id="p${i}.trainingen">Trainingen aanvullen of corrigeren (dag-maand-jaar, of ja als de dag onbekend is):</p>
${trainingvelden}
</div>
</fieldset>`;
    })
    .join('\n');
  const n = w.personen.length;
  const nieuw = w.nieuw
    .map(
      (p, j) => `<fieldset class="nieuw" data-nieuw="${j}">
<legend>Nieuwe persoon ${j + 1} (laat leeg als er niemand bij komt)</legend>
${VELDEN.map((v) => veld(`n${j}`, v, p[v[0]], probleem(n + j, v[0]))).join('\n')}
</fieldset>`,
    )
    .join('\n');
  const overleggen = o.overleggen.length
    ? `<ul>${o.overleggen.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`
    : '<p>Geen overleggen bekend.</p>';
  const overlegveld = veld(
    'organisatie',
    ['overleggen', 'Neemt uw organisatie ook deel aan andere overleggen? Namen, met komma’s', 'text', 'off'],
    w.overleggen,
    probleem(-1, 'overleggen'),
  );
  const samenvatting =
    problemen.length > 0
      ? `<div role="alert" class="fouten"><p>Er is nog niets opgeslagen: ${problemen.length === 1 ? 'één veld heeft' : `${problemen.length} velden hebben`} aandacht nodig (zie hieronder).</p></div>`
      : '';
  return omhulsel(
    `Gegevens van ${o.organisatie.naam}`,
    `<h1>Gegevens van ${esc(o.organisatie.naam)}</h1>
<p>De gemeente vraagt u na te kijken wie bij uw organisatie het aanspreekpunt is in het preventienetwerk. Klopt alles? Verstuur dan zonder iets te veranderen. Klopt iets niet? Pas het aan. Deze link werkt tot ${nlDatum(o.verloopt)}.</p>
${samenvatting}
<form method="post" novalidate>
<h2>Personen</h2>
${personen || '<p>Er staat nog niemand van uw organisatie in de lijst.</p>'}
${nieuw}
<h2>Overleggen waaraan uw organisatie deelneemt</h2>
${overleggen}
${overlegveld}
<p><button type="submit">Versturen</button></p>
</form>
<h2>Wat we bewaren en waarom</h2>
<p class="privacy">${esc(privacy)}</p>`,
  );
}
