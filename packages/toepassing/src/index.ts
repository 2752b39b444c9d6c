export { grensdatum, type Inzage, inzage, eraseAfterBewaartermijn, erasePersoon } from './avg.js';
export { saveTrendBatched, GOEDKOOP_MS, RUSTFACTOR } from './bundel.js';
export { type ContactmomentInvoer, type ContactmomentOpties, recordContactmoment } from './contactmoment.js';
export {
  describeLocatie,
  type Locatie,
  locatieVan,
  openOpties,
  STANDAARD_DATAMAP,
  standaardDb,
} from './database.js';
export {
  FOUTCODES,
  type OngeldigVeld,
  ToepassingFout,
  type ToepassingFoutcode,
  translateMotorfout,
} from './fouten.js';
export { type ImportMetTrend, importWithTrend, reden, type Waarschuwing } from './importeren.js';
export { withGemeenteStore, type OpenGemeenteOpties } from './openen.js';
export {
  parseSleutelrol,
  parseVerloopdatum,
  listSleutels,
  createSleutel,
  SLEUTELROLLEN,
  revokeSleutel,
} from './sleutels.js';
export { revertImport } from './terugdraaien.js';
export {
  saveImportplan,
  type GeplandeImportOpties,
  type ImportplanOpties,
  applyPlannedImport,
} from './toepassen.js';
export { saveTrend } from './trend.js';
