export { lijstJson } from './lijst-json.js';
export {
  inGeheugen,
  lijstAntwoord,
  MAX_PAGINAGROOTTE,
  type PaginaVraag,
  PagineringQuery,
  sorteerQuery,
  venster,
} from './paginering.js';
