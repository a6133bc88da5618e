export * from './event-list.js';
export { configure, type NgoKitConfig } from './shared/config.js';
