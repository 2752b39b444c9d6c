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
export { buildGraph } from './graaf.js';
export { computeIndicatoren } from './indicatoren/alle.js';
export { findIntroductie, type Introductie, type IntroductieUitkomst } from './introductie.js';
export { type ArticulationOptions, articulationPoints } from './metrieken/articulation-points.js';
export { type BetweennessDetails, type BetweennessOptions, betweenness } from './metrieken/betweenness.js';
export { type CentralityMethod, DEFAULT_PIVOTS, EXACT_UP_TO } from './metrieken/centrality.js';
export { type CommunityOptions, type CommunityResult, communities } from './metrieken/communities.js';
export { type Csr, type EdgeFilter, toCsr } from './metrieken/csr.js';
export { renderMarkdown } from './rapport/markdown.js';
export { renderXlsx } from './rapport/xlsx.js';
export type { MetriekenSamenvatting, TopKnoop } from './samenvatting.js';
export { INDICATOR_IDS } from './schemas.js';
export { type Terugkomdagen, type TerugkomdagOrganisatie, terugkomdagen } from './terugkomdagen.js';
export { type IndicatorStand, toIndicatorStanden } from './trend.js';
export type {
  Entiteit,
  Graaf,
  Indicator,
  IndicatorDetails,
  IndicatorId,
  KantAttributen,
  Kantsoort,
  KnoopAttributen,
  Knoopsoort,
  NetwerkGraaf,
  NodeMapping,
  Status,
  Verouderd,
} from './types.js';
export { buildWerklijst, type Werklijst, type WerklijstOpties, type WerklijstPartner } from './werklijst.js';
