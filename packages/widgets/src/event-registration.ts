import { NgoEventRegistration, NgoRegisteredEvent } from './event-registration/ngo-event-registration.js';
import { define } from './shared/define.js';

define('ngo-event-registration', NgoEventRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-event-registration': NgoEventRegistration;
  }
  interface GlobalEventHandlersEventMap {
    'ngo-registered': NgoRegisteredEvent;
  }
}

export { NgoEventRegistration, NgoRegisteredEvent };
