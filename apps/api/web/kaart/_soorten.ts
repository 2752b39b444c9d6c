/** What the map gets from the API, and the words and colours it shows for them. */

export interface Knoop {
  id: string;
  soort: 'persoon' | 'organisatie' | 'overleg' | string;
  naam: string;
  domein?: string | null;
  netwerk?: 'formeel' | 'informeel' | null;
  rollen?: string[];
  wijken?: string[];
  type?: string | null;
  getraind?: boolean;
  laatsteContact?: string | null;
  dagenSindsContact?: number | null;
  betweenness?: number;
}

export interface Kant {
  id: string;
  bron: string;
  doel: string;
  soort: string;
  rollen?: string[];
}

export interface Indicator {
  id: string;
  titel: string;
  toelichting: string;
  waarde: number;
  status: 'goed' | 'aandacht' | 'zorgelijk';
  betreft: string[];
  details?: { redenen?: Record<string, unknown> };
}

export interface Netwerk {
  knopen: Knoop[];
  kanten: Kant[];
}

/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
export const DOMEIN_KLEUR: Record<string, string> = {
  veiligheid: '#0072B2',
  zorg: '#D55E00',
  onderwijs: '#009E73',
  'jeugd-en-welzijn': '#E69F00',
  gemeenschap: '#CC79A7',
  gemeente: '#56B4E9',
  overig: '#8c8c8c',
  meerdere: '#000000',
};
export const OVERLEG_KLEUR = '#5b4636';
export const GEDIMD = '#dcdcdc';

export const DOMEIN_NAAM: Record<string, string> = {
  veiligheid: 'Veiligheid',
  zorg: 'Zorg',
  onderwijs: 'Onderwijs',
  'jeugd-en-welzijn': 'Jeugd en welzijn',
  gemeenschap: 'Gemeenschap',
  gemeente: 'Gemeente',
  overig: 'Overig',
  meerdere: 'Meerdere domeinen',
};

export const STATUS_NAAM: Record<Indicator['status'], string> = {
  goed: 'goed',
  aandacht: 'aandacht',
  zorgelijk: 'zorgelijk',
};

export const kleurVan = (k: Knoop) =>
  k.soort === 'overleg' ? OVERLEG_KLEUR : (DOMEIN_KLEUR[k.domein ?? 'overig'] ?? DOMEIN_KLEUR.overig);
