export { exportRoutes } from './export.js';
export { escapeTekst, type VcardPersoon, vcard, vcards, vouw } from './vcard.js';
