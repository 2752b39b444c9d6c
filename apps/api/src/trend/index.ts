export { bewaarTrendGebundeld } from './bundel.js';
export { bewaarTrend } from './trend.js';
