export { type FoutOpties, foutAfhandelaar, nietGevonden } from './fouten.js';
export { type OngeldigeParameter, Probleem, type ProbleemVelden, probleemAntwoord, TITELS } from './probleem.js';
export { validatieProbleem, validate } from './validatie.js';
