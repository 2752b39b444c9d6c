export { auditRoutes } from './audit.js';
export { type AuditOpties, auditeer, gevraagdDoel } from './auditeer.js';
