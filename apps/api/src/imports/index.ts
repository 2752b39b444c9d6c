export { importRoutes } from './imports.js';
