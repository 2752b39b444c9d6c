export { BEVESTIG_CSP, type BevestigOpties, bevestigRoutes } from './bevestigen.js';
