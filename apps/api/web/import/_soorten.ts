/** An import as the API answers it (see the API's ImportSchema). */

export interface Aantallen {
  toegevoegd: number;
  gewijzigd: number;
  ongewijzigd: number;
  ontbrekend?: number;
}

export interface PlanRegel {
  entiteit: 'organisatie' | 'persoon';
  id: string;
  naam: string;
  rij?: number;
  velden?: Array<{ veld: string; voor: unknown; na: unknown }>;
}

export interface Melding {
  blad?: string;
  rij: number;
  kolom: string;
  waarde: string;
  code: string;
  ernst: 'fout' | 'waarschuwing';
  melding: string;
}

export interface ImportKort {
  id: string;
  bestand: string;
  modus: 'aanvullend' | 'volledig';
  status: 'gepland' | 'toegepast' | 'teruggedraaid';
  tijd: string;
  toegepastOp: string | null;
  teruggedraaidOp: string | null;
  rijen: number;
  afgewezen: number;
  dubbel: number;
  organisaties: Aantallen;
  personen: Aantallen;
}

export interface ImportVolledig extends ImportKort {
  onbekendeKolommen: string[];
  meldingen: Melding[];
  details: { toegevoegd: PlanRegel[]; gewijzigd: PlanRegel[]; ontbrekend: PlanRegel[]; afgekapt: boolean };
}

export interface Terugdraaiing {
  verwijderd: number;
  hersteld: number;
  geweigerd: Array<{ entiteit: string; id: string; veld: string; reden: string }>;
}
