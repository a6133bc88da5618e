import type { RegistrationRole } from '@ngo-kit/sdk/schemas';
import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface EventRegistrationMessages {
  /** Names the form for assistive technology. */
  label: string;
  loading: string;
  notFound: string;
  online: string;
  /** The reader's own clock beside the event's, e.g. "(08:00–11:00 your time)". */
  yourTime: string;
  placesLeft: Plural;
  full: string;
  closedCancelled: string;
  /** `{date}` is when registration closed. */
  closedDeadline: string;
  /** The API refused a registration because registration closed after the form was shown. */
  closedMeanwhile: string;
  name: string;
  email: string;
  emailHint: string;
  phone: string;
  phoneHint: string;
  role: string;
  roles: Record<RegistrationRole, string>;
  /** A question of the event that may be left unanswered; `{prompt}` is the question. */
  optionalQuestion: string;
  /** The empty first choice of a question with options. */
  chooseOne: string;
  consent: string;
  submit: string;
  submitWaitlist: string;
  alreadyRegistered: string;
  confirmed: string;
  /** `{position}` is the place in the waiting list, 1 for the next to move up. */
  waitlisted: string;
  /** `{email}` is where the confirmation went. */
  mailSent: string;
  addToCalendar: string;
  join: string;
  cancel: string;
}

export const eventRegistrationMessages = catalog<EventRegistrationMessages>(
  {
    label: 'Registration',
    loading: 'Loading the event…',
    notFound: 'This event could not be found. It may have been removed.',
    online: 'Online',
    yourTime: '({time} your time)',
    placesLeft: { one: '{count} place left', other: '{count} places left' },
    full: 'This event is full. You can still register: you will join the waiting list and hear from us when a place frees up.',
    closedCancelled: 'This event has been cancelled, so registration is closed.',
    closedDeadline: 'Registration for this event closed on {date}.',
    closedMeanwhile: 'Registration for this event has closed in the meantime, so this registration could not be taken.',
    name: 'Your name',
    email: 'Email',
    emailHint: 'We send the confirmation and your cancellation link here.',
    phone: 'Phone (optional)',
    phoneHint: 'Only to reach you about this event, e.g. +49 30 1234567.',
    role: 'I am coming as',
    roles: { attendee: 'A participant', volunteer: 'A volunteer, to help out' },
    optionalQuestion: '{prompt} (optional)',
    chooseOne: 'Choose…',
    consent: 'I agree that the organisers keep these details to manage my registration.',
    submit: 'Register',
    submitWaitlist: 'Join the waiting list',
    alreadyRegistered: 'This email address is already registered for this event. The email we sent you has a link to cancel.',
    confirmed: 'You are registered: your place is confirmed.',
    waitlisted: 'You are on the waiting list, number {position}. We will email you if a place frees up.',
    mailSent: 'We have sent the details to {email}.',
    addToCalendar: 'Add to calendar',
    join: 'Join online',
    cancel: 'Cannot come? Cancel your registration',
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).eventRegistrationZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).eventRegistrationZhHant,
  },
);
