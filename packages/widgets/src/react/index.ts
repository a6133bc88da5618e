/**
 * React wrappers for the ngo-kit widgets, made with `@lit/react`.
 *
 * React 19 passes properties to custom elements by itself, but it neither
 * types them nor maps our `ngo-*` events to `on...` props; these wrappers do
 * both. Each wrapper takes the element's own properties (`limit`, `eventId`,
 * `showAmounts`, ..., camelCase as on the class, not the dashed attribute)
 * plus `on<Event>` props for its custom events, e.g.
 * `onNgoRegistered={(event) => event.detail.status}`.
 *
 * Importing this module defines every widget it wraps (each wrapper imports
 * its widget's entry). Written by hand from each widget's class, not
 * generated from `custom-elements.json` at runtime, so the types come from the
 * classes themselves and nothing is read at load time.
 *
 * `react` and `@lit/react` are optional peer dependencies of
 * `@ngo-kit/widgets`: install them in the app that uses this entry.
 *
 * `key` is React's own prop and never reaches the element: give the
 * publishable key with `configure({ key })` from `@ngo-kit/widgets` (or set
 * `element.key` through a `ref`).
 *
 * @example
 * ```tsx
 * import { configure } from '@ngo-kit/widgets';
 * import { NgoEventList } from '@ngo-kit/widgets/react';
 *
 * configure({ api: 'https://api.example.org', key: 'pk_live_...', lang: 'zh-CN' });
 * <NgoEventList limit={5} kind="offline" onNgoRegistered={(e) => console.log(e.detail.status)} />
 * ```
 * @module
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { NgoAnnouncements as NgoAnnouncementsElement } from '../announcements.js';
import { NgoDonorWall as NgoDonorWallElement } from '../donor-wall.js';
import { NgoEventCalendar as NgoEventCalendarElement, type NgoMonthChangeEvent } from '../event-calendar.js';
import { NgoEventList as NgoEventListElement } from '../event-list.js';
import { NgoEventRegistration as NgoEventRegistrationElement, type NgoRegisteredEvent } from '../event-registration.js';
import { NgoKpiDashboard as NgoKpiDashboardElement, type NgoPeriodChangeEvent } from '../kpi-dashboard.js';
import {
  NgoNewsletterSignup as NgoNewsletterSignupElement,
  type NgoNewsletterSubscribeEvent,
} from '../newsletter-signup.js';
import { NgoPointsBadge as NgoPointsBadgeElement, type NgoPointsRedeemedEvent } from '../points-badge.js';
import { NgoProvider as NgoProviderElement } from '../provider.js';
import {
  NgoSatisfactionSurvey as NgoSatisfactionSurveyElement,
  type NgoSurveySubmittedEvent,
} from '../satisfaction-survey.js';
import {
  NgoSignupForm as NgoSignupFormElement,
  type NgoSignupConfirmedEvent,
  type NgoSignupEvent,
} from '../signup-form.js';
import {
  NgoSuggestionBox as NgoSuggestionBoxElement,
  type SuggestionSentEvent,
  type SuggestionVoteEvent,
} from '../suggestion-box.js';

/** `ngo-registered`, typed so that `onNgoRegistered` receives an `NgoRegisteredEvent` (`detail`: the `Registration`). */
const ngoRegistered = 'ngo-registered' as EventName<NgoRegisteredEvent>;

/** `<ngo-provider>`: `api`, `memberToken`, `lang`, `theme` and `fetch` for every widget inside it (`key`: see above). */
export const NgoProvider = createComponent({
  react: React,
  tagName: 'ngo-provider',
  elementClass: NgoProviderElement,
  displayName: 'NgoProvider',
});

/** `<ngo-announcements>`: the organisation's notices, newest first, with "show more". */
export const NgoAnnouncements = createComponent({
  react: React,
  tagName: 'ngo-announcements',
  elementClass: NgoAnnouncementsElement,
  displayName: 'NgoAnnouncements',
});

/** `<ngo-donor-wall>`: thanks to the donors who agreed to be named, by tier or by quarter. */
export const NgoDonorWall = createComponent({
  react: React,
  tagName: 'ngo-donor-wall',
  elementClass: NgoDonorWallElement,
  displayName: 'NgoDonorWall',
});

/** `<ngo-event-list>`: upcoming events; `onNgoRegistered` when someone registers through its dialog. */
export const NgoEventList = createComponent({
  react: React,
  tagName: 'ngo-event-list',
  elementClass: NgoEventListElement,
  events: { onNgoRegistered: ngoRegistered },
  displayName: 'NgoEventList',
});

/** `<ngo-event-registration>`: the registration form of one event (`eventId`); `onNgoRegistered` on success. */
export const NgoEventRegistration = createComponent({
  react: React,
  tagName: 'ngo-event-registration',
  elementClass: NgoEventRegistrationElement,
  events: { onNgoRegistered: ngoRegistered },
  displayName: 'NgoEventRegistration',
});

/** `<ngo-kpi-dashboard>`: the four KPIs against their targets; `onNgoPeriodChange` when the reader picks another period. */
export const NgoKpiDashboard = createComponent({
  react: React,
  tagName: 'ngo-kpi-dashboard',
  elementClass: NgoKpiDashboardElement,
  events: { onNgoPeriodChange: 'ngo-period-change' as EventName<NgoPeriodChangeEvent> },
  displayName: 'NgoKpiDashboard',
});

/** `<ngo-points-badge>`: a member's volunteer points and rewards; `onNgoPointsRedeemed` when a redemption is accepted. */
export const NgoPointsBadge = createComponent({
  react: React,
  tagName: 'ngo-points-badge',
  elementClass: NgoPointsBadgeElement,
  events: { onNgoPointsRedeemed: 'ngo-points-redeemed' as EventName<NgoPointsRedeemedEvent> },
  displayName: 'NgoPointsBadge',
});

/** `<ngo-newsletter-signup>`: the monthly newsletter's double opt-in subscription and, optionally, its archive; `onNgoNewsletterSubscribe` when the API took the address. */
export const NgoNewsletterSignup = createComponent({
  react: React,
  tagName: 'ngo-newsletter-signup',
  elementClass: NgoNewsletterSignupElement,
  events: { onNgoNewsletterSubscribe: 'ngo-newsletter-subscribe' as EventName<NgoNewsletterSubscribeEvent> },
  displayName: 'NgoNewsletterSignup',
});

/**
 * `<ngo-signup-form>`: joining as member, volunteer or donor; `onNgoSignup` when the API took the signup (a pending member),
 * `onNgoSignupConfirmed` when the person confirmed with the mailed code.
 */
export const NgoSignupForm = createComponent({
  react: React,
  tagName: 'ngo-signup-form',
  elementClass: NgoSignupFormElement,
  events: {
    onNgoSignup: 'ngo-signup' as EventName<NgoSignupEvent>,
    onNgoSignupConfirmed: 'ngo-signup-confirmed' as EventName<NgoSignupConfirmedEvent>,
  },
  displayName: 'NgoSignupForm',
});

/** `<ngo-satisfaction-survey>`: a survey of the API, answered once per person; `onNgoSurveySubmitted` when the API took it. */
export const NgoSatisfactionSurvey = createComponent({
  react: React,
  tagName: 'ngo-satisfaction-survey',
  elementClass: NgoSatisfactionSurveyElement,
  events: { onNgoSurveySubmitted: 'ngo-survey-submitted' as EventName<NgoSurveySubmittedEvent> },
  displayName: 'NgoSatisfactionSurvey',
});

/**
 * `<ngo-suggestion-box>`: the always-open suggestion box; `onNgoSuggestionSent` when a suggestion reached the
 * API, `onNgoSuggestionVote` when a vote was counted or withdrawn.
 */
export const NgoSuggestionBox = createComponent({
  react: React,
  tagName: 'ngo-suggestion-box',
  elementClass: NgoSuggestionBoxElement,
  events: {
    onNgoSuggestionSent: 'ngo-suggestion-sent' as EventName<SuggestionSentEvent>,
    onNgoSuggestionVote: 'ngo-suggestion-vote' as EventName<SuggestionVoteEvent>,
  },
  displayName: 'NgoSuggestionBox',
});

/** `<ngo-event-calendar>`: the events of a month; `onNgoMonthChange` when the reader goes to another month. */
export const NgoEventCalendar = createComponent({
  react: React,
  tagName: 'ngo-event-calendar',
  elementClass: NgoEventCalendarElement,
  events: { onNgoMonthChange: 'ngo-month-change' as EventName<NgoMonthChangeEvent> },
  displayName: 'NgoEventCalendar',
});

export type {
  NgoMonthChangeEvent,
  NgoNewsletterSubscribeEvent,
  NgoPeriodChangeEvent,
  NgoPointsRedeemedEvent,
  NgoRegisteredEvent,
  NgoSignupConfirmedEvent,
  NgoSignupEvent,
  NgoSurveySubmittedEvent,
  SuggestionSentEvent,
  SuggestionVoteEvent,
};
