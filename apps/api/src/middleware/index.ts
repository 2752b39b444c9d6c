export { apiVersie } from './api-versie.js';
export { type BeveiligingOpties, beveiliging } from './beveiliging.js';
export { type BodyLimietOpties, bodyLimiet } from './body-limiet.js';
export { geenOpslag } from './geen-opslag.js';
export { type RouteInfo, type RouteringOpties, routering } from './routering.js';
export { type SnelheidslimietOpties, snelheidslimiet } from './snelheidslimiet.js';
export { trace, traceIdUit } from './spoor.js';
