export { bestandsOpener, optiesOpener, type StoreOpener, StoreRegister } from './stores.js';
