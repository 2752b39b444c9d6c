export { personenRoutes } from './personen.js';
