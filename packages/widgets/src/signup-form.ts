import { NgoSignupConfirmedEvent, NgoSignupEvent } from './signup-form/ngo-signup-event.js';
import { NgoSignupForm } from './signup-form/ngo-signup-form.js';
import { define } from './shared/define.js';

define('ngo-signup-form', NgoSignupForm);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-signup-form': NgoSignupForm;
  }
  interface GlobalEventHandlersEventMap {
    'ngo-signup': NgoSignupEvent;
    'ngo-signup-confirmed': NgoSignupConfirmedEvent;
  }
}

export { NgoSignupConfirmedEvent, NgoSignupEvent, NgoSignupForm };
export { SIGNUP_INTERESTS, type SignupInterest } from './signup-form/interests.js';
