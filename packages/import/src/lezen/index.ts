export { leesCsv } from './csv.js';
export { type Bestandssoort, bepaalSoort } from './soort.js';
export type { Foutwaarde, RuweGebeurtenis, RuweRij } from './types.js';
export { leesXlsx } from './xlsx.js';
