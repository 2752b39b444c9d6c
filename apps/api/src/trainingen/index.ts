export { trainingRoutes } from './trainingen.js';
