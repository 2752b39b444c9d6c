export { EXPORT_KOPPEN, type ExportOpties, schrijfExport } from './exporteren/exporteren.js';
export { exportRijen } from './exporteren/rijen.js';
export { BestandsFout, FOUTCODES, type Foutcode } from './fouten.js';
export {
  type Bestandssoort,
  bepaalSoort,
  type Foutwaarde,
  leesCsv,
  leesXlsx,
  type RuweGebeurtenis,
  type RuweRij,
} from './lezen/index.js';
export { KOPPEN, type LeesGebeurtenis, type LeesOpties, leesBestand, type OvergeslagenBlad } from './mappen/index.js';
export { MELDINGCODES, type Meldingcode } from './meldingen.js';
export type {
  Aantallen,
  ImportPlan,
  ImportSamenvatting,
  Modus,
  Operaties,
  PlanRegel,
  VeldWijziging,
} from './plannen/plan.js';
export { type PlanOpties, planImport } from './plannen/plannen.js';
export { RAPPORT_KOPPEN, type RapportOpties, type Rapportsoort, schrijfFoutenrapport } from './rapport/rapport.js';
export { revertImport, TerugdraaiFout, type TerugdraaiUitkomst, type Weigering } from './toepassen/terugdraaien.js';
export { applyPlan, type ImportOpties, importeer } from './toepassen/toepassen.js';
export type { BladInfo, Cel, Ernst, GemapteRij, Kolom, Melding } from './types.js';
