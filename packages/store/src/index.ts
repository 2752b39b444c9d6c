export { OpslagFout } from './fouten.js';
export { DEFAULT_DATAMAP, defaultDb, openStore } from './open.js';
export { MAX_LIMIET, STANDAARD_LIMIET } from './pagina.js';
export { uitnodigingStatus } from './rondes.js';
export { SLEUTELROLLEN, sleutelHash } from './sleutels.js';
export { IMPORTSTATUSSEN, UITNODIGINGSTATUSSEN } from './statussen.js';
export type {
  AuditFilter,
  AuditInvoer,
  AuditRegel,
  BeveiligingsGebeurtenis,
  BeveiligingsInvoer,
  Bron,
  ContactmomentFilter,
  Entiteit,
  EntiteitWaarde,
  HistorieFilter,
  HistorieRegel,
  ImportRecord,
  ImportStatus,
  IndicatorStand,
  KaartLidmaatschap,
  KetenUitkomst,
  Lijst,
  OpenOpties,
  OrganisatieBevestiging,
  OrganisatieFilter,
  Pagina,
  PersoonFilter,
  PersoonKaart,
  RondeRecord,
  RondeSelectie,
  SleutelInvoer,
  SleutelRecord,
  SleutelRol,
  Store,
  TrainingFilter,
  UitnodigingMoment,
  UitnodigingRecord,
  UitnodigingStatus,
  Verwijzing,
  Wijziging,
  Zicht,
} from './types.js';
export { isVerlopen, standaardVerloopdatum } from './verloop.js';
export { VERWIJDERVOLGORDE } from './verwijderen.js';
export { GEWIST } from './wissen.js';
