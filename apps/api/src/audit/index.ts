export { auditRoutes } from './audit.js';
export { type AuditOpties, auditRequests, gevraagdDoel } from './auditeer.js';
export { limitDoel } from './doel.js';
