export { EXPORT_KOPPEN, type ExportOpties, writeExport } from './exporteren.js';
export { buildExportRijen } from './exportrijen.js';
export { BestandsFout, FOUTCODES, type Foutcode } from './fouten.js';
export { KOPPEN } from './koppen.js';
export { type Bestandssoort, detectSoort, type LeesOpties, readSheet, readCsv, readXlsx } from './lezen/index.js';
export type { Foutwaarde, RuweGebeurtenis, RuweRij } from './lezen/types.js';
export type { LeesGebeurtenis } from './mappen.js';
export { MELDINGCODES, type Meldingcode } from './meldingen.js';
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
export { type PlanOpties, planImport } from './plannen.js';
export { RAPPORT_KOPPEN, type RapportOpties, type Rapportsoort, writeFoutenrapport } from './rapport.js';
export { revertImport, TerugdraaiFout, type TerugdraaiUitkomst, type Weigering } from './terugdraaien.js';
export { applyPlan, type ImportOpties, importSheet } from './toepassen.js';
export type { BladInfo, Cel, Ernst, GemapteRij, Kolom, Melding } from './types.js';
