export { createApp, type NetwerkregieApp } from './app.js';
