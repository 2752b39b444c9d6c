import { woordSleutel } from './vouwen.js';

export const DOMEINEN = [
  'veiligheid',
  'zorg',
  'onderwijs',
  'jeugd-en-welzijn',
  'gemeenschap',
  'gemeente',
  'overig',
] as const;
export type Domein = (typeof DOMEINEN)[number];

export const NETWERKEN = ['formeel', 'informeel'] as const;
export type Netwerk = (typeof NETWERKEN)[number];

export const ROLLEN = [
  'contactpersoon-radicalisering',
  'aandachtfunctionaris',
  'sleutelfiguur',
  'eerstelijnswerker',
  'netwerkregisseur',
] as const;
export type Rol = (typeof ROLLEN)[number];

export const KANALEN = ['bezoek', 'telefoon', 'email', 'bijeenkomst'] as const;
export type Kanaal = (typeof KANALEN)[number];

export const AANLEIDINGEN = ['regulier', 'signaal'] as const;
export type Aanleiding = (typeof AANLEIDINGEN)[number];

export const INITIATIEVEN = ['gemeente', 'partner'] as const;
export type Initiatief = (typeof INITIATIEVEN)[number];

export const TRAININGSOORTEN = ['basistraining', 'terugkomdag', 'verdieping'] as const;
export type Trainingsoort = (typeof TRAININGSOORTEN)[number];

export const ENTITEITSOORTEN = ['persoon', 'organisatie'] as const;
export type Entiteitsoort = (typeof ENTITEITSOORTEN)[number];

/**
 * Synonyms from the import contract (docs/IMPORT.md), keyed by their folded form. Besides the
 * domains' own names, the partners' kinds as Dutch prevention networks write them in the
 * Domein column: the safety chain (police, public prosecution, probation) is veiligheid; public
 * health, mental health and youth care are zorg; the social district teams are jeugd-en-welzijn
 * (as youth work); leerplicht is a municipal service (the leerplichtambtenaar works for the
 * gemeente), not a school; places of worship and migrants' own organisations are gemeenschap.
 */
export const DOMEIN_SYNONIEMEN: Readonly<Record<string, Domein>> = {
  veiligheid: 'veiligheid',
  politie: 'veiligheid',
  justitie: 'veiligheid',
  om: 'veiligheid',
  openbaarministerie: 'veiligheid',
  reclassering: 'veiligheid',
  zorg: 'zorg',
  ggz: 'zorg',
  ggd: 'zorg',
  gezondheid: 'zorg',
  jeugdzorg: 'zorg',
  onderwijs: 'onderwijs',
  school: 'onderwijs',
  jeugd: 'jeugd-en-welzijn',
  welzijn: 'jeugd-en-welzijn',
  jongerenwerk: 'jeugd-en-welzijn',
  jeugdenwelzijn: 'jeugd-en-welzijn',
  wijkteam: 'jeugd-en-welzijn',
  sociaalwijkteam: 'jeugd-en-welzijn',
  informeel: 'gemeenschap',
  gemeenschap: 'gemeenschap',
  religieus: 'gemeenschap',
  sport: 'gemeenschap',
  moskee: 'gemeenschap',
  kerk: 'gemeenschap',
  zelforganisatie: 'gemeenschap',
  gemeente: 'gemeente',
  leerplicht: 'gemeente',
  overig: 'overig',
};

export const NETWERK_SYNONIEMEN: Readonly<Record<string, Netwerk>> = {
  formeel: 'formeel',
  informeel: 'informeel',
  formal: 'formeel',
  informal: 'informeel',
};

/**
 * The roles' own names and the words partners use for them: Amsterdam's model writes
 * "aandachtsfunctionaris (radicalisering)" with an s; a key figure is also a "sleutelpersoon".
 */
export const ROL_SYNONIEMEN: Readonly<Record<string, Rol>> = {
  contactpersoonradicalisering: 'contactpersoon-radicalisering',
  aandachtfunctionaris: 'aandachtfunctionaris',
  aandachtsfunctionaris: 'aandachtfunctionaris',
  aandachtfunctionarisradicalisering: 'aandachtfunctionaris',
  aandachtsfunctionarisradicalisering: 'aandachtfunctionaris',
  sleutelfiguur: 'sleutelfiguur',
  sleutelpersoon: 'sleutelfiguur',
  keyfigure: 'sleutelfiguur',
  eerstelijnswerker: 'eerstelijnswerker',
  netwerkregisseur: 'netwerkregisseur',
};

export const TRAININGSOORT_SYNONIEMEN: Readonly<Record<string, Trainingsoort>> = {
  basistraining: 'basistraining',
  basis: 'basistraining',
  terugkomdag: 'terugkomdag',
  terugkombijeenkomst: 'terugkomdag',
  opfrisdag: 'terugkomdag',
  verdieping: 'verdieping',
  verdiepingstraining: 'verdieping',
  basic: 'basistraining',
  refresher: 'terugkomdag',
  advanced: 'verdieping',
};

/** Looks a word up in a synonym table (built-in plus the gemeente's own), ignoring case, diacritics, spaces and hyphens. */
export function recognize<T extends string>(
  waarde: string,
  ingebouwd: Readonly<Record<string, T>>,
  eigen: Readonly<Record<string, T>> = {},
): T | undefined {
  const sleutel = woordSleutel(waarde);
  if (sleutel === '') return undefined;
  for (const [woord, doel] of Object.entries(eigen)) {
    if (woordSleutel(woord) === sleutel) return doel;
  }
  return ingebouwd[sleutel];
}

/** The default network of an organisation that names none (IMPORT.md). */
export function standaardNetwerk(domein: Domein): Netwerk {
  return domein === 'gemeenschap' ? 'informeel' : 'formeel';
}
