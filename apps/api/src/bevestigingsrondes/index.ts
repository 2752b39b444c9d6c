export { type RondeOpties, rondeRoutes, type Verzendopdracht } from './bevestigingsrondes.js';
export { smtpVerzender } from './smtp.js';
