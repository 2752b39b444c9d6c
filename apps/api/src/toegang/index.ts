export { heeftRol, type ToegangOpties, toegang, vereisRol } from './toegang.js';
