import { type Gemeente, naamSleutel, type Veld } from '@netwerkregie/domain';
import { KOPPEN } from '../mappen/koppen.js';
import { MELDINGCODES, type Meldingcode, maakMelding } from '../meldingen.js';
import { leesDatum } from '../normaliseren/datum.js';
import { normaliseerEmail } from '../normaliseren/email.js';
import { leesGetraind } from '../normaliseren/getraind.js';
import { celAlsTekst, schoneTekst, splitsLijst } from '../normaliseren/tekst.js';
import { normaliseerTelefoon } from '../normaliseren/telefoon.js';
import { leesDomein, leesNetwerk, leesRollen, leesTrainingsoort } from '../normaliseren/vocabulaire.js';
import { leesWijken } from '../normaliseren/wijken.js';
import type { BladInfo, GemapteRij, GenormaliseerdeRij, Melding } from '../types.js';

/** The domain schemas' limit for names, functions and kinds. */
export const MAX_TEKST = 200;
const PERSOONSVELDEN = [
  'persoonId',
  'email',
  'telefoon',
  'functie',
  'rollen',
  'getraind',
  'trainingsoort',
  'vertrokken',
] as const;
const OVERLEGSCHEIDING = /[,;\n]/;

/**
 * Normalise and validate stages for one row: every value cleaned and checked, every problem a
 * `Melding` naming the cell (header as written) and the raw value. Fields empty in the sheet stay
 * undefined, so that an empty cell never erases what the store holds.
 */
export function normalizeRij(rij: GemapteRij, gemeente: Gemeente): GenormaliseerdeRij {
  const { blad, waarden } = rij;
  const melder: Melder = { rij, meldingen: rij.meldingen ? [...rij.meldingen] : [] };

  const organisatieNaam = tekst(melder, 'organisatie');
  if (organisatieNaam === undefined) {
    meld(
      melder,
      'organisatie',
      'organisatie.ontbreekt',
      'De organisatie ontbreekt; elke rij hoort bij een organisatie.',
    );
  }
  const domeinTekst = tekst(melder, 'domein');
  const domein = domeinTekst === undefined ? undefined : uit(melder, 'domein', leesDomein(domeinTekst, gemeente));
  const netwerkTekst = tekst(melder, 'netwerk');
  const netwerk = netwerkTekst === undefined ? undefined : uit(melder, 'netwerk', leesNetwerk(netwerkTekst, gemeente));
  const soort = tekst(melder, 'soort');
  const wijkTekst = tekst(melder, 'wijken');
  const wijken = wijkTekst === undefined ? undefined : leesWijken(wijkTekst, gemeente);
  if (wijken) for (const fout of wijken.onbekend) uit(melder, 'wijken', fout);

  const naam = tekst(melder, 'naam');
  const persoonId = tekst(melder, 'persoonId');
  const emailTekst = tekst(melder, 'email');
  const email = emailTekst === undefined ? undefined : uit(melder, 'email', normaliseerEmail(emailTekst));
  const telefoon =
    waarden.telefoon === undefined ? undefined : uit(melder, 'telefoon', normaliseerTelefoon(waarden.telefoon));
  const functie = tekst(melder, 'functie');
  const rolTekst = tekst(melder, 'rollen');
  const rollen = rolTekst === undefined ? undefined : leesRollen(rolTekst, gemeente);
  if (rollen) for (const fout of rollen.onbekend) uit(melder, 'rollen', fout);
  const getraindCel =
    waarden.getraind === undefined ? undefined : uit(melder, 'getraind', leesGetraind(waarden.getraind));
  const soortTekst = tekst(melder, 'trainingsoort');
  const trainingsoort =
    soortTekst === undefined ? undefined : uit(melder, 'trainingsoort', leesTrainingsoort(soortTekst, gemeente));
  // A kind of training without a date is trained, day unknown (as "ja"); "nee" wins over a kind.
  const getraind =
    trainingsoort === undefined
      ? getraindCel
      : getraindCel === false
        ? false
        : { datum: getraindCel?.datum ?? null, soort: trainingsoort };
  const overlegTekst = tekst(melder, 'overleggen');
  const overleggen = overlegTekst === undefined ? undefined : uniek(splitsLijst(overlegTekst, OVERLEGSCHEIDING));
  const laatsteContact =
    waarden.laatsteContact === undefined ? undefined : uit(melder, 'laatsteContact', leesDatum(waarden.laatsteContact));
  const einde = waarden.vertrokken === undefined ? undefined : uit(melder, 'vertrokken', leesDatum(waarden.vertrokken));

  if (naam === undefined) {
    const gegeven = PERSOONSVELDEN.filter((veld) => waarden[veld] !== undefined);
    if (gegeven.length > 0) {
      meld(
        melder,
        'naam',
        'naam.ontbreekt',
        `De naam ontbreekt, terwijl de rij gegevens van een persoon bevat (${gegeven.map((v) => kopVan(blad, v)).join(', ')}).`,
      );
    }
  }

  // Built field by field, in the order the stages and the JSON have always seen, without the
  // undefined ones (so that `toEqual` and JSON see only what the sheet gave): no spread objects per row.
  const organisatie: GenormaliseerdeRij['organisatie'] = { naam: organisatieNaam ?? '' };
  if (domein !== undefined) organisatie.domein = domein;
  if (netwerk !== undefined) organisatie.netwerk = netwerk;
  if (soort !== undefined) organisatie.soort = soort;
  // Copies: the vocabulary readers remember their answers, so these arrays are shared.
  if (wijken && wijken.wijken.length > 0) organisatie.wijken = [...wijken.wijken];
  // `meldingen` is set last, where it has always been.
  const uitkomst = { blad, rij: rij.rij, organisatie } as GenormaliseerdeRij;
  if (naam !== undefined) {
    const persoon: NonNullable<GenormaliseerdeRij['persoon']> =
      persoonId === undefined ? { naam } : { id: persoonId, naam };
    if (email !== undefined) persoon.email = email;
    if (telefoon !== undefined) persoon.telefoon = telefoon;
    uitkomst.persoon = persoon;
    const rolLijst = rollen && rollen.rollen.length > 0 ? [...rollen.rollen] : undefined;
    if (functie !== undefined || rolLijst !== undefined || einde !== undefined) {
      const lidmaatschap: NonNullable<GenormaliseerdeRij['lidmaatschap']> = {};
      if (functie !== undefined) lidmaatschap.functie = functie;
      if (rolLijst !== undefined) lidmaatschap.rollen = rolLijst;
      if (einde !== undefined) lidmaatschap.einde = einde;
      uitkomst.lidmaatschap = lidmaatschap;
    }
  }
  if (getraind !== undefined) uitkomst.getraind = getraind;
  if (overleggen && overleggen.length > 0) uitkomst.overleggen = overleggen;
  if (laatsteContact !== undefined) uitkomst.laatsteContact = laatsteContact;
  uitkomst.meldingen = melder.meldingen;
  return uitkomst;
}

/** The row being normalised and its issues so far. */
interface Melder {
  rij: GemapteRij;
  meldingen: Melding[];
}

/** Adds an issue naming the cell (header as written) and its raw value. */
function meld(melder: Melder, veld: Veld, code: Meldingcode, melding: string = MELDINGCODES[code].tekst): void {
  const { blad, waarden } = melder.rij;
  melder.meldingen.push(
    maakMelding(
      { blad: blad.naam, rij: melder.rij.rij, kolom: kopVan(blad, veld) },
      celAlsTekst(waarden[veld]),
      code,
      melding,
    ),
  );
}

/** A text field, cleaned; longer than the schemas allow is an issue (the text is still returned). */
function tekst(melder: Melder, veld: Veld): string | undefined {
  const waarde = schoneTekst(melder.rij.waarden[veld]);
  if (waarde !== undefined && waarde.length > MAX_TEKST) {
    meld(melder, veld, 'tekst.te-lang', `De tekst is ${waarde.length} tekens lang; het maximum is ${MAX_TEKST}.`);
  }
  return waarde;
}

/** A normaliser's value, or undefined with its issue noted. */
function uit<T>(
  melder: Melder,
  veld: Veld,
  uitkomst: { ok: true; waarde: T } | { ok: false; code: Meldingcode; melding: string },
): T | undefined {
  if (uitkomst.ok) return uitkomst.waarde;
  meld(melder, veld, uitkomst.code, uitkomst.melding);
  return undefined;
}

/** The header a field has in this sheet, as written; for a composed name "Voornaam + Achternaam". */
export function kopVan(blad: BladInfo, veld: Veld): string {
  const kolom = blad.kolommen.find((k) => k.veld === veld);
  if (kolom) return kolom.kop;
  if (veld === 'naam') {
    const delen = blad.kolommen.filter(
      (k) => k.veld === 'voornaam' || k.veld === 'tussenvoegsel' || k.veld === 'achternaam',
    );
    if (delen.length > 0) return delen.map((k) => k.kop).join(' + ');
  }
  return KOPPEN[veld][0]!;
}

function uniek(namen: string[]): string[] {
  const gezien = new Set<string>();
  return namen.filter((naam) => {
    const sleutel = naamSleutel(naam);
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}
