export {
  type AnalyseOpties,
  type AnalyseUitkomst,
  type AnalyseVraag,
  Analysewerker,
  analysewerker,
  bronVan,
  rememberBron,
} from './analysewerker.js';
export { eraseAfterBewaartermijn, erasePersoon, grensdatum, type Inzage, inzage } from './avg.js';
export {
  type AntwoordUitkomst,
  answerUitnodiging,
  openUitnodiging,
  type PartnerAntwoord,
  type PartnerAntwoordPersoon,
  type PartnerOverzicht,
  type PartnerPersoon,
  type PartnerVeld,
  trainingTekst,
  type VeldProbleem,
} from './bevestigen.js';
export {
  catchUpTrend,
  GOEDKOOP_MS,
  RUSTFACTOR,
  saveTrendBatched,
  type TrendOpties,
  trendKlaar,
} from './bundel.js';
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
export {
  type ImportMetTrend,
  importWithTrend,
  reden,
  type TrendSchrijver,
  type Waarschuwing,
} from './importeren.js';
export { type OpenGemeenteOpties, withGemeenteStore } from './openen.js';
export {
  createToken,
  dagenNa,
  gemeenteVanToken,
  laatsteRonde,
  type RondeLink,
  type RondeOpties,
  type RondeRegel,
  type RondeVoortgang,
  revokeRonde,
  startRonde,
  voortgangRonde,
} from './ronde.js';
export {
  createSegment,
  deleteSegment,
  exportLeden,
  findSegment,
  ledenVan,
  listSegmenten,
  readSegment,
  SEGMENT_FORMATEN,
  type SegmentExport,
  type SegmentFormaat,
  type SegmentInvoer,
  type SegmentLid,
  segmentLeden,
} from './segmenten.js';
export {
  createSleutel,
  listSleutels,
  parseSleutelrol,
  parseVerloopdatum,
  revokeSleutel,
} from './sleutels.js';
export { revertImport } from './terugdraaien.js';
export {
  AFWIJZINGSREDEN_MAX,
  applyPlannedImport,
  duurTekst,
  type GeplandeImportOpties,
  type ImportplanOpties,
  isVerlopen,
  rejectImport,
  saveImportplan,
} from './toepassen.js';
export { KLEIN_NETWERK, saveTrend, saveTrendInWerker, saveTrendLater, saveTrendOrLater } from './trend.js';
export { escapeTekst, fold, type VcardPersoon, vcard, vcards } from './vcard.js';
export {
  berichtVoor,
  emlBestand,
  MAILMERGE_KOPPEN,
  mailMergeCsv,
  ontvangerVan,
  remindRonde,
  type SmtpInstellingen,
  sendRonde,
  type Verzendlink,
  type VerzendOpties,
  type VerzendUitkomst,
} from './verzenden.js';
export { loadVoorbeeld } from './voorbeeld.js';
