export { analyseRoutes } from './analyse.js';
