import { NgoEventCalendar } from './event-calendar/ngo-event-calendar.js';
import { NgoMonthChangeEvent } from './event-calendar/month-change-event.js';
import { define } from './shared/define.js';

define('ngo-event-calendar', NgoEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-event-calendar': NgoEventCalendar;
  }
  interface GlobalEventHandlersEventMap {
    'ngo-month-change': NgoMonthChangeEvent;
  }
}

export { NgoEventCalendar, NgoMonthChangeEvent };
