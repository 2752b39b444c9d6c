export { controleerSleutel, gemeenteVanSleutel, maakSleutel, sleutelHash, trekSleutelIn } from './sleutels.js';
