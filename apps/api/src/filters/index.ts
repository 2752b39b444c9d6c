export { DatumInvoer, datumQuery, VocabulaireQuery, wijkVanGemeente } from './filters.js';
