export { EXPORT_KOPPEN, type ExportOpties, schrijfExport } from './exporteren.js';
export { alsNederlandseDatum, exportRijen } from './exportrijen.js';
export { BestandsFout, FOUTCODES, type Foutcode, isBestandsFout } from './fouten.js';
export { KOPPEN, Koppenlijst, kopSleutel } from './koppen.js';
export { type Bestandssoort, bepaalSoort, type LeesOpties, leesBestand, leesCsv, leesXlsx } from './lezen/index.js';
export type { Foutwaarde, RuweGebeurtenis, RuweRij } from './lezen/types.js';
export { type LeesGebeurtenis, MAX_RIJEN_VOOR_KOP, mapRij, mapRijen } from './mappen.js';
export { MELDINGCODES, type Meldingcode, maakMelding } from './meldingen.js';
export { neutraliseer, ontneutraliseer } from './neutraliseren.js';
export {
  kopVan,
  leesDatum,
  leesGetraind,
  leesJaNee,
  leesWijken,
  normaliseerRij,
  normaliseerTelefoon,
} from './normaliseren/index.js';
export type {
  Aantallen,
  ImportPlan,
  ImportSamenvatting,
  Modus,
  Operaties,
  OvergeslagenBlad,
  PlanRegel,
  VeldWijziging,
} from './plan.js';
export { MAX_DETAILS } from './plan.js';
export { type PlanOpties, planImport } from './plannen.js';
export {
  MAX_RAPPORTRIJEN,
  RAPPORT_KOPPEN,
  type RapportOpties,
  type Rapportsoort,
  schrijfFoutenrapport,
} from './rapport.js';
export { revertImport, TerugdraaiFout, type TerugdraaiUitkomst, type Weigering } from './terugdraaien.js';
export { applyPlan, type ImportOpties, importeer } from './toepassen.js';
export type { BladInfo, Cel, Ernst, GemapteRij, GenormaliseerdeRij, Kolom, Melding } from './types.js';
