export {
  inGeheugen,
  lijstAntwoord,
  MAX_PAGINAGROOTTE,
  type PaginaVraag,
  PagineringQuery,
  sorteerQuery,
  venster,
} from './paginering.js';
