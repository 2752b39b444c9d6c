export { organisatieRoutes } from './organisaties.js';
