import type { Generated, Selectable } from 'kysely';

/** The database as Kysely sees it. Columns are snake_case; lists (wijken, rollen) and JSON values are text. */
export interface Tabellen {
  instellingen: { sleutel: string; waarde: string };
  organisaties: {
    id: string;
    naam: string;
    naam_sleutel: string;
    domein: string;
    netwerk: string;
    soort: string | null;
    wijken: string;
  };
  personen: {
    /** Stable integer key: the rowid of the person's row in the search index. */
    nr: Generated<number>;
    id: string;
    naam: string;
    naam_sleutel: string;
    email: string | null;
    telefoon: string | null;
    /** 1 while the person has a membership of a formal organisation; kept by triggers (migration 0006). */
    formeel: Generated<number>;
  };
  lidmaatschappen: {
    id: string;
    persoon_id: string;
    organisatie_id: string;
    functie: string | null;
    rollen: string;
    begin: string | null;
    einde: string | null;
  };
  /** A membership's roles as rows, with its person and organisation; kept by triggers (migration 0009). */
  lidmaatschap_rollen: { rol: string; organisatie_id: string; persoon_id: string; lidmaatschap_id: string };
  /** An organisation's districts as rows, with its domain; kept by triggers (migration 0009). */
  organisatie_wijken: { wijk: string; domein: string; organisatie_id: string };
  overleggen: { id: string; naam: string; naam_sleutel: string; soort: string | null };
  deelnames: { id: string; overleg_id: string; organisatie_id: string | null; persoon_id: string | null };
  relaties: { id: string; entiteit: string; van: string; naar: string; soort: string };
  contactmomenten: {
    id: string;
    organisatie_id: string;
    persoon_id: string | null;
    datum: string;
    kanaal: string;
    aanleiding: string;
    initiatief: string;
  };
  trainingen: { id: string; persoon_id: string; soort: string; datum: string | null };
  segmenten: {
    id: string;
    naam: string;
    omschrijving: string | null;
    domeinen: string;
    wijken: string;
    rollen: string;
    overleggen: string;
    netwerk: string | null;
  };
  historie: {
    id: Generated<number>;
    entiteit: string;
    entiteit_id: string;
    veld: string;
    voor: string | null;
    na: string | null;
    import_id: string | null;
    actor: string;
    tijd: string;
  };
  audit: {
    id: Generated<number>;
    actor: string;
    actie: string;
    entiteit: string;
    entiteit_id: string | null;
    doel: string;
    route: string | null;
    tijd: string;
    trace_id: string | null;
    verwerking: string | null;
    tekst_hash: string | null;
    vorige_hash: string | null;
    hash: string | null;
    /** The set of data subjects the row refers to (migration 0012), besides its own `audit_betrokkenen`. */
    betrokkenenset_id: number | null;
  };
  audit_betrokkenen: { audit_id: number; pseudoniem: string };
  betrokkenensets: { id: Generated<number>; aantal: number; hash: string; tijd: string };
  betrokkenenset_leden: { set_id: number; pseudoniem: string };
  betrokkenen: { persoon_id: string; zout: string };
  beveiligingsgebeurtenissen: {
    id: Generated<number>;
    soort: string;
    status: number;
    adres: string;
    actor: string | null;
    route: string;
    trace_id: string | null;
    tijd: string;
    vorige_hash: string;
    hash: string;
  };
  imports: {
    id: string;
    bestand: string;
    sha256: string;
    actor: string;
    modus: string;
    status: string;
    samenvatting: string;
    tijd: string;
    toegepast_op: string | null;
    teruggedraaid_op: string | null;
    afgewezen_op: string | null;
    afwijzingsreden: string | null;
  };
  importbestanden: { import_id: string; inhoud: Uint8Array };
  indicatorstanden: {
    id: Generated<number>;
    tijd: string;
    indicator_id: string;
    waarde: number;
    status: string;
    aanleiding: string;
  };
  rondes: { id: string; gestart: string; actor: string; geldig_tot: string; selectie: string };
  uitnodigingen: {
    id: string;
    ronde_id: string;
    organisatie_id: string;
    token_hash: string;
    verloopt: string;
    verzonden: string | null;
    geopend: string | null;
    beantwoord: string | null;
    antwoord: string | null;
    import_id: string | null;
    onbestelbaar: string | null;
    herinnerd: string | null;
    ingetrokken: string | null;
    afgewezen: string | null;
  };
  bevestigingen: {
    id: Generated<number>;
    organisatie_id: string;
    datum: string;
    bron: string;
    import_id: string | null;
  };
  sleutels: {
    id: string;
    hash: string;
    rol: string;
    omschrijving: string;
    aangemaakt: string;
    ingetrokken: string | null;
    verloopt: string | null;
  };
}

export type Rij<T extends keyof Tabellen> = Selectable<Tabellen[T]>;
