export { contactmomentRoutes } from './contactmomenten.js';
