import './global.js';

export * from './announcements.js';
export * from './donor-wall.js';
export * from './event-list.js';
export * from './event-calendar.js';
export * from './event-registration.js';
export * from './points-badge.js';
export * from './kpi-dashboard.js';
export * from './satisfaction-survey.js';
export * from './provider.js';
export * from './signup-form.js';
export * from './newsletter-signup.js';
export * from './suggestion-box.js';
export { configure, type NgoKitConfig, type Theme } from './shared/config.js';
export type { NgoKitGlobal } from './global.js';
