import { type Gemeente, naamSleutel, type Veld } from '@netwerkregie/domain';
import { BestandsFout } from '../fouten.js';
import { kolomLetter } from '../lezen/_grenzen.js';
import type { BladInfo, Cel, Kolom } from '../types.js';

/** IMPORT.md's Dutch and English headers per field (compared by `kopSleutel`). */
export const KOPPEN: Readonly<Record<Veld, readonly string[]>> = {
  organisatie: ['Organisatie', 'Naam organisatie', 'Instelling', 'Partner', 'Organization', 'Organisation'],
  domein: ['Domein', 'Sector', 'Domain'],
  netwerk: ['Netwerk', 'Formeel/informeel', 'Network'],
  soort: ['Type', 'Soort', 'Soort organisatie'],
  wijken: ['Wijk', 'Wijken', 'Stadsdeel', 'Gebied', 'District'],
  naam: ['Naam', 'Contactpersoon', 'Naam contactpersoon', 'Name', 'Contact'],
  voornaam: ['Voornaam', 'First name'],
  tussenvoegsel: ['Tussenvoegsel', 'Tussenvoegsels'],
  achternaam: ['Achternaam', 'Last name', 'Surname'],
  functie: ['Functie', 'Function', 'Job title'],
  rollen: ['Rol', 'Rollen', 'Role', 'Roles'],
  email: ['E-mail', 'Email', 'Mailadres', 'E-mailadres'],
  telefoon: ['Telefoon', 'Tel.', 'Telefoonnummer', 'Mobiel', 'Phone'],
  getraind: ['Getraind', 'Training', 'Training radicalisering', 'Getraind op', 'Trained'],
  trainingsoort: ['Soort training', 'Trainingsoort', 'Type training', 'Training type', 'Kind of training'],
  overleggen: ['Overleggen', 'Overleg', 'Meetings'],
  laatsteContact: ['Laatste contact', 'Last contact'],
  vertrokken: ['Vertrokken', 'Vertrokken op', 'Uit dienst', 'Left'],
  persoonId: ['Persoon-id', 'Person id'],
};

/** A cell needs at least this many known headers to be the header row (IMPORT.md). */
export const MIN_BEKENDE_KOPPEN = 3;

/** Header key: case, diacritics, spacing and punctuation ignored (`E-mail` = `email` = `E mail`). */
export function kopSleutel(tekst: string): string {
  return naamSleutel(tekst).replace(/[^\p{L}\p{N}]+/gu, '');
}

const INGEBOUWD: ReadonlyMap<string, Veld> = new Map(
  Object.entries(KOPPEN).flatMap(([veld, koppen]) => koppen.map((kop) => [kopSleutel(kop), veld as Veld] as const)),
);

/** Recognises headers for one gemeente: its own `kolommen` first, then IMPORT.md's headers. */
export class Koppenlijst {
  private readonly eigen: ReadonlyMap<string, Veld>;

  constructor(gemeente: Gemeente) {
    this.eigen = new Map(Object.entries(gemeente.kolommen).map(([kop, veld]) => [kopSleutel(kop), veld]));
  }

  herken(kop: string): Veld | undefined {
    const sleutel = kopSleutel(kop);
    if (sleutel === '') return undefined;
    return this.eigen.get(sleutel) ?? INGEBOUWD.get(sleutel);
  }
}

/** Header text of a cell: text as written, other values as text; empty for an empty cell. */
export function kopTekst(cel: Cel | undefined): string {
  if (cel === null || cel === undefined) return '';
  if (cel instanceof Date) return cel.toISOString().slice(0, 10);
  return String(cel).replace(/\s+/g, ' ').trim();
}

/**
 * The sheet's header row when this row is one (at least three cells name known fields), else
 * null. Throws `kop.dubbel` when two columns name the same field, and `kop.ontbreekt` when no
 * column names the organisation.
 */
export function herkenKopRij(
  koppen: Koppenlijst,
  blad: string | null,
  rij: number,
  cellen: readonly Cel[],
): BladInfo | null {
  const kolommen: Kolom[] = [];
  const onbekendeKolommen: string[] = [];
  cellen.forEach((cel, index) => {
    const kop = kopTekst(cel);
    if (kop === '') return;
    const veld = koppen.herken(kop);
    if (veld) kolommen.push({ veld, kop, index });
    else if (!onbekendeKolommen.includes(kop)) onbekendeKolommen.push(kop);
  });
  if (kolommen.length < MIN_BEKENDE_KOPPEN) return null;

  const waar = blad === null ? `rij ${rij}` : `blad "${blad}", rij ${rij}`;
  for (const [i, kolom] of kolommen.entries()) {
    const eerder = kolommen.slice(0, i).find((k) => k.veld === kolom.veld);
    if (eerder) {
      throw new BestandsFout(
        'kop.dubbel',
        `De kolommen "${eerder.kop}" (${kolomLetter(eerder.index)}) en "${kolom.kop}" (${kolomLetter(kolom.index)}) ` +
          `in ${waar} betekenen allebei ${VELDNAMEN[kolom.veld]}. Verwijder of hernoem er een.`,
      );
    }
  }
  if (!kolommen.some((k) => k.veld === 'organisatie')) {
    throw new BestandsFout(
      'kop.ontbreekt',
      `De koprij in ${waar} heeft geen kolom voor de organisatie (zoals "Organisatie" of "Instelling").`,
    );
  }
  return { naam: blad, kopRij: rij, kolommen, onbekendeKolommen };
}

/** How a field is named in a message. */
export const VELDNAMEN: Readonly<Record<Veld, string>> = {
  organisatie: 'de organisatie',
  domein: 'het domein',
  netwerk: 'het netwerk',
  soort: 'de soort organisatie',
  wijken: 'de wijk',
  naam: 'de naam',
  voornaam: 'de voornaam',
  tussenvoegsel: 'het tussenvoegsel',
  achternaam: 'de achternaam',
  functie: 'de functie',
  rollen: 'de rol',
  email: 'het e-mailadres',
  telefoon: 'het telefoonnummer',
  getraind: 'getraind',
  trainingsoort: 'de soort training',
  overleggen: 'de overleggen',
  laatsteContact: 'het laatste contact',
  vertrokken: 'de datum van vertrek',
  persoonId: 'het persoon-id',
};
