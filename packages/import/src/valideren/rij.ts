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
const PERSOONSVELDEN = ['email', 'telefoon', 'functie', 'rollen', 'getraind', 'trainingsoort', 'vertrokken'] as const;
const OVERLEGSCHEIDING = /[,;\n]/;

/**
 * Normalise and validate stages for one row: every value cleaned and checked, every problem a
 * `Melding` naming the cell (header as written) and the raw value. Fields empty in the sheet stay
 * undefined, so that an empty cell never erases what the store holds.
 */
export function normalizeRij(rij: GemapteRij, gemeente: Gemeente): GenormaliseerdeRij {
  const { blad, waarden } = rij;
  const meldingen: Melding[] = [...(rij.meldingen ?? [])];
  const meld = (veld: Veld, code: Meldingcode, melding: string = MELDINGCODES[code].tekst) => {
    meldingen.push(
      maakMelding(
        { blad: blad.naam, rij: rij.rij, kolom: kopVan(blad, veld) },
        celAlsTekst(waarden[veld]),
        code,
        melding,
      ),
    );
  };
  const tekst = (veld: Veld): string | undefined => {
    const waarde = schoneTekst(waarden[veld]);
    if (waarde !== undefined && waarde.length > MAX_TEKST) {
      meld(veld, 'tekst.te-lang', `De tekst is ${waarde.length} tekens lang; het maximum is ${MAX_TEKST}.`);
    }
    return waarde;
  };
  const uit = <T>(
    veld: Veld,
    uitkomst: { ok: true; waarde: T } | { ok: false; code: Meldingcode; melding: string },
  ) => {
    if (uitkomst.ok) return uitkomst.waarde;
    meld(veld, uitkomst.code, uitkomst.melding);
    return undefined;
  };

  const organisatieNaam = tekst('organisatie');
  if (organisatieNaam === undefined) {
    meld('organisatie', 'organisatie.ontbreekt', 'De organisatie ontbreekt; elke rij hoort bij een organisatie.');
  }
  const domeinTekst = tekst('domein');
  const domein = domeinTekst === undefined ? undefined : uit('domein', leesDomein(domeinTekst, gemeente));
  const netwerkTekst = tekst('netwerk');
  const netwerk = netwerkTekst === undefined ? undefined : uit('netwerk', leesNetwerk(netwerkTekst, gemeente));
  const soort = tekst('soort');
  const wijkTekst = tekst('wijken');
  const wijken = wijkTekst === undefined ? undefined : leesWijken(wijkTekst, gemeente);
  for (const fout of wijken?.onbekend ?? []) uit('wijken', fout);

  const naam = tekst('naam');
  const emailTekst = tekst('email');
  const email = emailTekst === undefined ? undefined : uit('email', normaliseerEmail(emailTekst));
  const telefoon = waarden.telefoon === undefined ? undefined : uit('telefoon', normaliseerTelefoon(waarden.telefoon));
  const functie = tekst('functie');
  const rolTekst = tekst('rollen');
  const rollen = rolTekst === undefined ? undefined : leesRollen(rolTekst, gemeente);
  for (const fout of rollen?.onbekend ?? []) uit('rollen', fout);
  const getraindCel = waarden.getraind === undefined ? undefined : uit('getraind', leesGetraind(waarden.getraind));
  const soortTekst = tekst('trainingsoort');
  const trainingsoort =
    soortTekst === undefined ? undefined : uit('trainingsoort', leesTrainingsoort(soortTekst, gemeente));
  // A kind of training without a date is trained, day unknown (as "ja"); "nee" wins over a kind.
  const getraind =
    trainingsoort === undefined
      ? getraindCel
      : getraindCel === false
        ? false
        : { datum: getraindCel?.datum ?? null, soort: trainingsoort };
  const overlegTekst = tekst('overleggen');
  const overleggen = overlegTekst === undefined ? undefined : uniek(splitsLijst(overlegTekst, OVERLEGSCHEIDING));
  const laatsteContact =
    waarden.laatsteContact === undefined ? undefined : uit('laatsteContact', leesDatum(waarden.laatsteContact));
  const einde = waarden.vertrokken === undefined ? undefined : uit('vertrokken', leesDatum(waarden.vertrokken));

  if (naam === undefined) {
    const gegeven = PERSOONSVELDEN.filter((veld) => waarden[veld] !== undefined);
    if (gegeven.length > 0) {
      meld(
        'naam',
        'naam.ontbreekt',
        `De naam ontbreekt, terwijl de rij gegevens van een persoon bevat (${gegeven.map((v) => kopVan(blad, v)).join(', ')}).`,
      );
    }
  }

  // Copies: the vocabulary readers remember their answers, so these arrays are shared.
  const rolLijst = rollen && rollen.rollen.length > 0 ? [...rollen.rollen] : undefined;
  return {
    blad,
    rij: rij.rij,
    organisatie: {
      naam: organisatieNaam ?? '',
      ...zonderLeeg({
        domein,
        netwerk,
        soort,
        wijken: wijken && wijken.wijken.length > 0 ? [...wijken.wijken] : undefined,
      }),
    },
    ...(naam === undefined ? {} : { persoon: { naam, ...zonderLeeg({ email, telefoon }) } }),
    ...(naam !== undefined && (functie !== undefined || rolLijst !== undefined || einde !== undefined)
      ? { lidmaatschap: zonderLeeg({ functie, rollen: rolLijst, einde }) }
      : {}),
    ...zonderLeeg({
      getraind,
      overleggen: overleggen && overleggen.length > 0 ? overleggen : undefined,
      laatsteContact,
    }),
    meldingen,
  };
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

/** The object without its undefined properties (so that `toEqual` and JSON see only what the sheet gave). */
function zonderLeeg<T extends Record<string, unknown>>(object: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const uit: Record<string, unknown> = {};
  for (const sleutel in object) {
    const waarde = object[sleutel];
    if (waarde !== undefined) uit[sleutel] = waarde;
  }
  return uit as { [K in keyof T]?: Exclude<T[K], undefined> };
}
