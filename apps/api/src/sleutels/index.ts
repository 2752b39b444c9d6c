export { verifySleutel, gemeenteVanSleutel, createSleutel, sleutelHash, revokeSleutel } from './sleutels.js';
