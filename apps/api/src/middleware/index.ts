export { apiVersie } from './api-versie.js';
export { type RouteInfo, type RouteringOpties, routering } from './routering.js';
export { type SnelheidslimietOpties, snelheidslimiet } from './snelheidslimiet.js';
