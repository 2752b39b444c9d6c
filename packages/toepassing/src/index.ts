export { grensdatum, type Inzage, inzage, eraseAfterBewaartermijn, erasePersoon } from './avg.js';
export {
  type AntwoordUitkomst,
  beantwoordUitnodiging,
  openUitnodiging,
  type PartnerAntwoord,
  type PartnerAntwoordPersoon,
  type PartnerOverzicht,
  type PartnerPersoon,
  type PartnerVeld,
  type VeldProbleem,
} from './bevestigen.js';
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
  dagenNa,
  gemeenteVanToken,
  laatsteRonde,
  maakToken,
  type RondeLink,
  type RondeOpties,
  type RondeRegel,
  type RondeVoortgang,
  startRonde,
  trekRondeIn,
  voortgangRonde,
} from './ronde.js';
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
export {
  berichtVoor,
  emlBestand,
  herinnerRonde,
  MAILMERGE_KOPPEN,
  mailMergeCsv,
  ontvangerVan,
  type SmtpInstellingen,
  type Verzendlink,
  type VerzendOpties,
  type VerzendUitkomst,
  verzendRonde,
} from './verzenden.js';
