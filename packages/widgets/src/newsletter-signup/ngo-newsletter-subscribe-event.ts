import type { Subscription } from '@ngo-kit/sdk/schemas';

/**
 * Someone asked for the newsletter: the API took the address and mailed the
 * confirmation. `detail` is the API's answer, which by design does not say
 * whether the address was subscribed already: `status` is `pending` either way.
 */
export class NgoNewsletterSubscribeEvent extends CustomEvent<Subscription> {
  static readonly type = 'ngo-newsletter-subscribe';

  constructor(subscription: Subscription) {
    super(NgoNewsletterSubscribeEvent.type, { detail: subscription, bubbles: true, composed: true });
  }
}
