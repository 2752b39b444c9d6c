export { readCsv } from './csv.js';
export type { Invoer } from './invoer.js';
export { type Bestandssoort, detectSoort } from './soort.js';
export type { Foutwaarde, RuweGebeurtenis, RuweRij } from './types.js';
export { readXlsx } from './xlsx.js';
