export { exportRoutes } from './export.js';
export { escapeTekst, type VcardPersoon, vcard, vcards, fold } from './vcard.js';
