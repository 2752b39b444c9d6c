export type { LeesGebeurtenis } from '../mappen.js';
export { type LeesOpties, readSheet } from './bestand.js';
export { readCsv } from './csv.js';
export { type Bestandssoort, detectSoort } from './soort.js';
export type { Foutwaarde, RuweGebeurtenis, RuweRij } from './types.js';
export { readXlsx } from './xlsx.js';
