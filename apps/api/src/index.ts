export { createApp, type NetwerkregieApp } from './app/index.js';
export { escapeTekst as vcardEscape, type VcardPersoon, vcard, vcards } from './export/index.js';
export { API_VERSIE } from './openapi/index.js';
export { type GestarteServer, type ServerbareApp, type ServerOpties, startServer } from './server/index.js';
export { gemeenteVanSleutel, createSleutel, sleutelHash, revokeSleutel } from './sleutels/index.js';
export type { ApiConfig, Contact, Limieten, Toegang } from './types.js';
