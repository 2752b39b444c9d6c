export { controleerSleutel, gemeenteVanSleutel, maakSleutel, ROLLEN, sleutelHash, trekSleutelIn } from './sleutels.js';
