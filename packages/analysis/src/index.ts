export { analyse, type Rapport, type RapportOpties } from './analyse.js';
export { AnalyseContext, type AnalyseOpties, createContext } from './context.js';
export { buildAnnotatedGraph } from './export/annoteer.js';
export { exportGexf } from './export/gexf.js';
export { exportGraphml } from './export/graphml.js';
export {
  type LayoutOpties,
  layoutGraph,
  type Netwerk,
  type NetwerkKant,
  type NetwerkKnoop,
  type NetwerkOpties,
  toNetwerk,
} from './export/netwerk.js';
export { buildGraph, GEWICHT } from './graaf.js';
export { computeIndicatoren, INDICATOREN } from './indicatoren/alle.js';
export {
  type ContactpersoonDetails,
  contactpersoonRadicalisering,
} from './indicatoren/contactpersoon-radicalisering.js';
export { type InformeelFormeelDetails, informeelFormeel } from './indicatoren/informeel-formeel.js';
export { type KwetsbaarheidDetails, kwetsbaarheid } from './indicatoren/kwetsbaarheid.js';
export { type OverlegdrukDetails, overlegdruk } from './indicatoren/overlegdruk.js';
export {
  type Kandidaat,
  MIN_DOMEINEN,
  type RegisseurkandidatenDetails,
  regisseurkandidaten,
} from './indicatoren/regisseurkandidaten.js';
export { type Silo, type SilosDetails, silos } from './indicatoren/silos.js';
export { type Dekking, TE_TRAINEN, type TrainingDetails, training } from './indicatoren/training.js';
export { type Makelaar, type VeiligheidZorgDetails, veiligheidZorg } from './indicatoren/veiligheid-zorg.js';
export { type WederkerigheidDetails, wederkerigheid } from './indicatoren/wederkerigheid.js';
export { DEKKINGSDOMEINEN, type WijkdekkingDetails, wijkdekking } from './indicatoren/wijkdekking.js';
export { findIntroductie, type Introductie, type IntroductieUitkomst } from './introductie.js';
export { type ArticulationOptions, articulationPoints } from './metrieken/articulation-points.js';
export { type BetweennessDetails, type BetweennessOptions, betweenness } from './metrieken/betweenness.js';
export { type BridgeOptions, bridges } from './metrieken/bridges.js';
export {
  type CentralityMethod,
  type CentralityOptions,
  DEFAULT_PIVOTS,
  EXACT_UP_TO,
} from './metrieken/centrality.js';
export { type ClosenessOptions, closeness } from './metrieken/closeness.js';
export { type CommunityOptions, type CommunityResult, communities } from './metrieken/communities.js';
export { type ComponentSummary, components } from './metrieken/components.js';
export { type Csr, type EdgeFilter, toCsr } from './metrieken/csr.js';
export { type DegreeOptions, degree } from './metrieken/degree.js';
export { shortestPath } from './metrieken/shortest-path.js';
export { renderMarkdown } from './rapport/markdown.js';
export { renderXlsx } from './rapport/xlsx.js';
export type { MetriekenSamenvatting, TopKnoop } from './samenvatting.js';
export { determineStatus } from './status.js';
export { type IndicatorStand, toIndicatorStanden } from './trend.js';
export {
  type Entiteit,
  type Graaf,
  INDICATOR_IDS,
  type Indicator,
  type IndicatorDetails,
  type IndicatorId,
  type KantAttributen,
  type Kantsoort,
  type KnoopAttributen,
  type Knoopsoort,
  type NetwerkGraaf,
  type NodeMapping,
  type Status,
} from './types.js';
export { buildWerklijst, type Werklijst, type WerklijstOpties, type WerklijstPartner } from './werklijst.js';
