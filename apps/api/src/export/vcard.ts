/** vCard 4.0 lives in packages/toepassing (segments export it too); re-exported for this folder's routes and test. */
export { escapeTekst, fold, type VcardPersoon, vcard, vcards } from '@netwerkregie/toepassing';
