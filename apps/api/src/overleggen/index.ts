export { overlegRoutes } from './overleggen.js';
