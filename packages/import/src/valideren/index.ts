export { kopVan, MAX_TEKST, normalizeRij } from './rij.js';
