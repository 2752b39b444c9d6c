export { createSleutel, gemeenteVanSleutel, revokeSleutel, sleutelHash, verifySleutel } from './sleutels.js';
