import './global.js';

export * from './event-list.js';
export * from './event-calendar.js';
export * from './event-registration.js';
export * from './provider.js';
export { configure, type NgoKitConfig, type Theme } from './shared/config.js';
export type { NgoKitGlobal } from './global.js';
