export { EXPORT_KOPPEN, type ExportOpties, writeExport } from './exporteren/exporteren.js';
export { buildExportRijen } from './exporteren/rijen.js';
export { BestandsFout, FOUTCODES, type Foutcode } from './fouten.js';
export {
  type Bestandssoort,
  detectSoort,
  type Foutwaarde,
  type Invoer,
  type RuweGebeurtenis,
  type RuweRij,
  readCsv,
  readXlsx,
} from './lezen/index.js';
export { KOPPEN, type LeesGebeurtenis, type LeesOpties, type OvergeslagenBlad, readSheet } from './mappen/index.js';
export { MELDINGCODES, type Meldingcode } from './meldingen.js';
export type { Operaties } from './plannen/operaties.js';
export type {
  Aantallen,
  ImportPlan,
  ImportSamenvatting,
  Modus,
  PlanRegel,
  VeldWijziging,
} from './plannen/plan.js';
export { type PlanOpties, planImport } from './plannen/plannen.js';
export { RAPPORT_KOPPEN, type RapportOpties, type Rapportsoort, writeFoutenrapport } from './rapport/rapport.js';
export { revertImport, TerugdraaiFout, type TerugdraaiUitkomst, type Weigering } from './toepassen/terugdraaien.js';
export { applyPlan, type ImportOpties, importSheet } from './toepassen/toepassen.js';
export type { BladInfo, Cel, Ernst, GemapteRij, Kolom, Melding } from './types.js';
