import { NgoEventList } from './event-list/ngo-event-list.js';
import { define } from './shared/define.js';

define('ngo-event-list', NgoEventList);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-event-list': NgoEventList;
  }
}

export { NgoEventList };
