export { API_VERSIE, bestand, fouten, json, leeg, standaardFouten, versieKop } from './antwoorden.js';
export { documentRoutes, STANDAARD_CONTACT } from './document.js';
export { DoelQuery, GemeenteParams, idParams } from './params.js';
export { type Behandelaar, type RouteContext, type RouteOpties, register, SECURITY_SCHEME } from './route.js';
export * from './schemas.js';
