export { type GestarteServer, type ServerbareApp, type ServerOpties, startServer } from './server.js';
