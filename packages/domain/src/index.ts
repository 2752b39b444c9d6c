export * from './gemeente.js';
export { GEMEENTEN, parseGemeente, findGemeente } from './gemeenten/index.js';
export type { Momentopname } from './momentopname.js';
export * from './schemas.js';
export * from './vocabulaires.js';
export { naamSleutel, woordSleutel } from './vouwen.js';
