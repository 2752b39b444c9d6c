export { grensdatum, type Inzage, inzage, wisNaBewaartermijn, wisPersoon } from './avg.js';
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
  exporteerLeden,
  ledenVan,
  leesSegment,
  lijstSegmenten,
  maakSegment,
  SEGMENT_FORMATEN,
  type SegmentExport,
  type SegmentFormaat,
  type SegmentInvoer,
  type SegmentLid,
  segmentLeden,
  verwijderSegment,
} from './segmenten.js';
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
  duurTekst,
  type GeplandeImportOpties,
  type ImportplanOpties,
  isVerlopen,
  pasGeplandeImportToe,
} from './toepassen.js';
export { bewaarTrend } from './trend.js';
export { escapeTekst, type VcardPersoon, vcard, vcards, vouw } from './vcard.js';
