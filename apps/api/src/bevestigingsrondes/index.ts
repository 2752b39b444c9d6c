export { type RondeOpties, rondeRoutes, type Verzendopdracht } from './bevestigingsrondes.js';
