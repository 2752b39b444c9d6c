export { exportRoutes } from './export.js';
export { escapeTekst, fold, type VcardPersoon, vcard, vcards } from './vcard.js';
