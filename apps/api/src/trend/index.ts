export { bewaarTrend } from './trend.js';
