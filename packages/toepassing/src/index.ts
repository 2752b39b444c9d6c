export { grensdatum, type Inzage, inzage, wisNaBewaartermijn, wisPersoon } from './avg.js';
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
export { bewaarTrendGebundeld, GOEDKOOP_MS, RUSTFACTOR } from './bundel.js';
export { type ContactmomentInvoer, type ContactmomentOpties, legContactmomentVast } from './contactmoment.js';
export {
  beschrijfLocatie,
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
  vertaalMotorfout,
} from './fouten.js';
export { type ImportMetTrend, importeerMetTrend, reden, type Waarschuwing } from './importeren.js';
export { metGemeenteStore, type OpenGemeenteOpties } from './openen.js';
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
  leesSleutelrol,
  leesVerloopdatum,
  lijstSleutels,
  maakSleutel,
  SLEUTELROLLEN,
  trekSleutelIn,
} from './sleutels.js';
export { draaiImportTerug } from './terugdraaien.js';
export {
  bewaarImportplan,
  type GeplandeImportOpties,
  type ImportplanOpties,
  pasGeplandeImportToe,
} from './toepassen.js';
export { bewaarTrend } from './trend.js';
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
