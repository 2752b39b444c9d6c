export { PAGINA_CSP, type PaginaOpties, paginaRoutes } from './paginas.js';
