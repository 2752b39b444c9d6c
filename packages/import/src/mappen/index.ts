export { type LeesOpties, readSheet } from './bestand.js';
export { KOPPEN } from './koppen.js';
export { type LeesGebeurtenis, mapRij, mapRijen, type OvergeslagenBlad } from './rijen.js';
