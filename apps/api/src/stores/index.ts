export { bestandsOpener, type StoreOpener, StoreRegister } from './stores.js';
