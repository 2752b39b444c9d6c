export { eraseAfterBewaartermijn, erasePersoon, grensdatum, type Inzage, inzage } from './avg.js';
export { GOEDKOOP_MS, RUSTFACTOR, saveTrendBatched } from './bundel.js';
export { type ContactmomentInvoer, type ContactmomentOpties, recordContactmoment } from './contactmoment.js';
export {
  describeLocatie,
  type Locatie,
  locatieVan,
  openOpties,
} from './database.js';
export {
  FOUTCODES,
  type OngeldigVeld,
  ToepassingFout,
  type ToepassingFoutcode,
  translateMotorfout,
} from './fouten.js';
export { type ImportMetTrend, importWithTrend, reden, type Waarschuwing } from './importeren.js';
export { type OpenGemeenteOpties, withGemeenteStore } from './openen.js';
export {
  createSleutel,
  listSleutels,
  parseSleutelrol,
  parseVerloopdatum,
  revokeSleutel,
} from './sleutels.js';
export { revertImport } from './terugdraaien.js';
export {
  applyPlannedImport,
  type GeplandeImportOpties,
  type ImportplanOpties,
  saveImportplan,
} from './toepassen.js';
export { saveTrend } from './trend.js';
