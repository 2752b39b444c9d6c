export * from './gemeente.js';
export { findGemeente, GEMEENTEN, parseGemeente } from './gemeenten/index.js';
export type { Momentopname } from './momentopname.js';
export * from './schemas.js';
export * from './vocabulaires.js';
export { naamSleutel, woordSleutel } from './vouwen.js';
