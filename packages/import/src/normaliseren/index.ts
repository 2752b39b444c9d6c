export { EEUWGRENS, leesDatum } from './datum.js';
export { normaliseerEmail } from './email.js';
export { type Getraind, leesGetraind } from './getraind.js';
export { leesJaNee } from './janee.js';
export { celAlsTekst, schoneTekst } from './tekst.js';
export { normaliseerTelefoon } from './telefoon.js';
export type { Uitkomst } from './uitkomst.js';
export { leesDomein, leesNetwerk, leesRollen, leesTrainingsoort } from './vocabulaire.js';
export { HELE_STAD, leesWijken } from './wijken.js';
