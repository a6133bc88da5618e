import { NgoNewsletterSubscribeEvent } from './newsletter-signup/ngo-newsletter-subscribe-event.js';
import { NgoNewsletterSignup } from './newsletter-signup/ngo-newsletter-signup.js';
import { define } from './shared/define.js';

define('ngo-newsletter-signup', NgoNewsletterSignup);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-newsletter-signup': NgoNewsletterSignup;
  }
  interface GlobalEventHandlersEventMap {
    'ngo-newsletter-subscribe': NgoNewsletterSubscribeEvent;
  }
}

export { NgoNewsletterSignup, NgoNewsletterSubscribeEvent };
