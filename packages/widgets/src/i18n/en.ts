import type { Messages } from './messages.js';

export const en: Messages = {
  states: {
    loading: 'Loading…',
    retry: 'Try again',
    sendNow: 'Send now',
    offline: 'You are offline. What you sent is kept on this device and will be sent when the connection is back.',
    slow: 'This is taking longer than usual. What you sent is kept on this device, and we keep trying to send it.',
    sent: 'Thank you: it has been sent.',
    errors: {
      network: 'We could not reach the service. Check your connection and try again.',
      timeout: 'The service took too long to answer. Please try again.',
      config: 'This widget is not set up yet: it needs the address and key of the service.',
      refused: 'The service refused this website’s key.',
      not_found: 'This could not be found. It may have been removed.',
      conflict: 'This could not be done because something changed in the meantime.',
      invalid: 'Some of the information was not accepted. Please check it and try again.',
      rate_limited: 'There have been too many requests. Please try again {when}.',
      server: 'This could not be loaded because of a problem on the server. Please try again.',
    },
    notSent: 'This could not be sent because of a problem on the server. What you entered is kept; please try again.',
    soon: 'in a moment',
  },
  dialog: {
    close: 'Close',
  },
};
