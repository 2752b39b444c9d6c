export { auditRoutes } from './audit.js';
export { type AuditOpties, auditeer, gevraagdDoel } from './auditeer.js';
export { begrensDoel } from './doel.js';
