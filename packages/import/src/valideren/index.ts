export { kopVan, MAX_TEKST, normaliseerRij } from './rij.js';
