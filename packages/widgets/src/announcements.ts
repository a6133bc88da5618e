import { NgoAnnouncements } from './announcements/ngo-announcements.js';
import { define } from './shared/define.js';

define('ngo-announcements', NgoAnnouncements);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-announcements': NgoAnnouncements;
  }
}

export { NgoAnnouncements };
export { safeHref, sanitizeHtml, type SanitizeOptions } from './announcements/sanitize.js';
