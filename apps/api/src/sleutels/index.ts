export { controleerSleutel, createSleutel, gemeenteVanSleutel, revokeSleutel, sleutelHash } from './sleutels.js';
