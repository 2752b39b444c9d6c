/** The partner's page, rendered on the server: a plain form that works without JavaScript. */
import { TRAININGSOORTEN, type Trainingsoort } from '@netwerkregie/domain';
import { type PartnerOverzicht, trainingTekst, type VeldProbleem } from '@netwerkregie/toepassing';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t] ?? t);

const nlDatum = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

/**
 * The shell in the regisseur's look (src/paginas/_html.ts): the theme on <html>, the NL Design System
 * page layout, no menu (the partner has no account) and no script; the CSP allows only our stylesheet.
 */
function omhulsel(titel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl" class="netwerkregie-thema">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(titel)} · Netwerkregie</title>
<link rel="stylesheet" href="/paginas/stijl.css">
</head>
<body class="utrecht-document" data-pagina="bevestigen">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Naar de inhoud</a>
<div class="utrecht-page-layout">
<header class="utrecht-page-header"><div class="utrecht-page-header__content kop"><p class="merk">Netwerkregie</p></div></header>
<div class="utrecht-page-body"><div class="utrecht-page-body__content">
<main id="inhoud" class="utrecht-page-content" tabindex="-1">
${inhoud}
</main>
</div></div>
</div>
</body>
</html>`;
}

const H1 = (tekst: string) => `<h1 class="utrecht-heading-1">${esc(tekst)}</h1>`;
const H2 = (tekst: string) => `<h2 class="utrecht-heading-2">${esc(tekst)}</h2>`;
const P = (html: string, extra = '') => `<p class="utrecht-paragraph"${extra}>${html}</p>`;

/** Unknown, expired or revoked: names no organisation, says nothing about why. */
export function onbekendHtml(): string {
  return omhulsel(
    'Link werkt niet',
    `${H1('Deze link werkt niet')}
${P('De link is onbekend, verlopen of ingetrokken. Vraag de gemeente om een nieuwe link als u uw gegevens wilt nakijken.')}`,
  );
}

export function teVeelHtml(): string {
  return omhulsel(
    'Te veel verzoeken',
    `${H1('Even geduld')}
${P('Er kwamen te veel verzoeken van uw adres. Probeer het over een minuut opnieuw.')}`,
  );
}

export function bedanktHtml(soort: 'bevestigd' | 'gecorrigeerd' | 'al-beantwoord'): string {
  const tekst = {
    bevestigd: 'U hebt bevestigd dat de gegevens kloppen. Dank u wel!',
    gecorrigeerd:
      'Uw wijzigingen zijn ontvangen. Een medewerker van de gemeente kijkt ze na en zet ze daarna in de lijst. Dank u wel!',
    'al-beantwoord': 'Deze link is al gebruikt; uw antwoord is ontvangen. Dank u wel!',
  }[soort];
  return omhulsel(
    'Dank u wel',
    `${H1('Dank u wel')}
<div class="utrecht-alert utrecht-alert--ok"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${P(esc(tekst), ' role="status"')}</div></div></div>`,
  );
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

/** One text field in the NL Design System's form field: label, the problem (if any) above the box, the box. */
function veld(
  prefix: string,
  [naam, label, type, autocomplete]: readonly [string, string, string, string],
  waarde: string,
  probleem: string | undefined,
): string {
  const id = `${prefix}.${naam}`;
  const fout = probleem
    ? `\n<p class="utrecht-form-field__error-message"><strong class="fout" id="${id}.fout">${esc(probleem)}</strong></p>`
    : '';
  return `<div class="utrecht-form-field utrecht-form-field--text${probleem ? ' utrecht-form-field--invalid' : ''}">
<p class="utrecht-form-field__label"><label for="${id}">${esc(label)}</label></p>${fout}
<p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" id="${id}" name="${id}" type="${type}" autocomplete="${autocomplete}" maxlength="200" value="${esc(waarde)}"${probleem ? ` aria-invalid="true" aria-describedby="${id}.fout"` : ''}></p>
</div>`;
}

/** 'Klopt' or 'vertrokken' as two radio buttons, each in its own form field. */
function oordeelVelden(i: number, oordeel: 'klopt' | 'vertrokken', fout: string | undefined): string {
  const groep = `p${i}.oordeel`;
  const keuze = (waarde: 'klopt' | 'vertrokken', label: string) =>
    `<div class="utrecht-form-field utrecht-form-field--radio">
<p class="utrecht-form-field__input"><input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="${groep}.${waarde}" name="${groep}" value="${waarde}"${oordeel === waarde ? ' checked' : ''}${fout ? ` aria-describedby="${groep}.fout"` : ''}></p>
<p class="utrecht-form-field__label"><label for="${groep}.${waarde}">${esc(label)}</label></p>
</div>`;
  return `<div class="oordeel" role="radiogroup" aria-labelledby="${groep}.vraag">
<p class="utrecht-paragraph vraag" id="${groep}.vraag">Klopt dit?</p>${fout ? `\n<p class="utrecht-form-field__error-message"><strong class="fout" id="${groep}.fout">${esc(fout)}</strong></p>` : ''}
${keuze('klopt', 'Klopt (of aangepast hieronder)')}
${keuze('vertrokken', 'Werkt hier niet meer (vertrokken)')}
</div>`;
}

/** The problems at the top, each a link to its field, so a keyboard or screen reader user gets there. */
function samenvattingHtml(problemen: readonly VeldProbleem[], veldId: (p: VeldProbleem) => string): string {
  if (problemen.length === 0) return '';
  const kop = `Er is nog niets opgeslagen: ${problemen.length === 1 ? 'één veld heeft' : `${problemen.length} velden hebben`} aandacht nodig (zie hieronder).`;
  const lijst = problemen
    .map(
      (p) =>
        `<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="#${esc(veldId(p))}">${esc(p.melding)}</a></li>`,
    )
    .join('');
  return `<div role="alert" class="utrecht-alert utrecht-alert--error fouten"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
${P(esc(kop))}
<ul class="utrecht-unordered-list">${lijst}</ul>
</div></div></div>`;
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
  const n = w.personen.length;
  const veldId = (p: VeldProbleem): string => {
    if (p.persoon < 0) return `organisatie.${p.veld}`;
    const keuze = p.veld === 'persoonId' || p.veld === 'oordeel';
    if (p.persoon >= n) return `n${p.persoon - n}.${keuze ? 'naam' : p.veld}`;
    return keuze ? `p${p.persoon}.oordeel.klopt` : `p${p.persoon}.${p.veld}`;
  };
  const personen = w.personen
    .map((p, i) => {
      const bekend = o.personen.find((x) => x.persoonId === p.id);
      const trainingen = bekend?.trainingen.length
        ? P(
            `Trainingen: ${bekend.trainingen.map((t) => esc(`${t.soort}${t.datum ? ` (${nlDatum(t.datum)})` : ''}`)).join(', ')}`,
          )
        : P('Trainingen: geen bekend.');
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
${oordeelVelden(i, p.oordeel, fout)}
${velden}
${trainingen}
<div class="trainingen" role="group" aria-labelledby="p${i}.trainingen">
<p class="utrecht-paragraph" id="p${i}.trainingen">Trainingen aanvullen of corrigeren (dag-maand-jaar, of ja als de dag onbekend is):</p>
${trainingvelden}
</div>
</fieldset>`;
    })
    .join('\n');
  const nieuw = w.nieuw
    .map(
      (p, j) => `<fieldset class="nieuw" data-nieuw="${j}">
<legend>Nieuwe persoon ${j + 1} (laat leeg als er niemand bij komt)</legend>
${VELDEN.map((v) => veld(`n${j}`, v, p[v[0]], probleem(n + j, v[0]))).join('\n')}
</fieldset>`,
    )
    .join('\n');
  const overleggen = o.overleggen.length
    ? `<ul class="utrecht-unordered-list">${o.overleggen.map((x) => `<li class="utrecht-unordered-list__item">${esc(x)}</li>`).join('')}</ul>`
    : P('Geen overleggen bekend.');
  const overlegveld = veld(
    'organisatie',
    ['overleggen', 'Neemt uw organisatie ook deel aan andere overleggen? Namen, met komma’s', 'text', 'off'],
    w.overleggen,
    probleem(-1, 'overleggen'),
  );
  return omhulsel(
    `Gegevens van ${o.organisatie.naam}`,
    `${H1(`Gegevens van ${o.organisatie.naam}`)}
${P(`De gemeente vraagt u na te kijken wie bij uw organisatie het aanspreekpunt is in het preventienetwerk. Klopt alles? Verstuur dan zonder iets te veranderen. Klopt iets niet? Pas het aan. Deze link werkt tot ${nlDatum(o.verloopt)}.`)}
${samenvattingHtml(problemen, veldId)}
<form method="post" novalidate>
${H2('Personen')}
${personen || P('Er staat nog niemand van uw organisatie in de lijst.')}
${nieuw}
${H2('Overleggen waaraan uw organisatie deelneemt')}
${overleggen}
${overlegveld}
<p class="knoppen"><button class="utrecht-button utrecht-button--primary-action" type="submit">Versturen</button></p>
</form>
${H2('Wat we bewaren en waarom')}
<p class="utrecht-paragraph privacy">${esc(privacy)}</p>`,
  );
}
