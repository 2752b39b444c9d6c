export { segmentRoutes } from './segmenten.js';
