export { terugkomdagRoutes } from './terugkomdagen.js';
