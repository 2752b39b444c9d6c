export { VERWIJDERVOLGORDE } from './_soorten.js';
export { isVerlopen, standaardVerloopdatum } from './verloop.js';
export { OpslagFout } from './fouten.js';
export { openStore } from './open.js';
export { MAX_LIMIET, STANDAARD_LIMIET } from './pagina.js';
export { sleutelHash } from './sleutels.js';
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
  IndicatorStand,
  KaartLidmaatschap,
  KetenUitkomst,
  Lijst,
  OpenOpties,
  OrganisatieFilter,
  Pagina,
  PersoonFilter,
  PersoonKaart,
  SleutelInvoer,
  SleutelRecord,
  SleutelRol,
  Store,
  TrainingFilter,
  Verwijzing,
  Wijziging,
  Zicht,
} from './types.js';
export { GEWIST } from './wissen.js';
