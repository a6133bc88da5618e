import type { SuggestionCategory, SuggestionStatus } from '@ngo-kit/sdk/schemas';
import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';
import type { SuggestionSort } from './box-options.js';

type TopicKey = Exclude<SuggestionCategory, 'other'> | 'otherTopic';

/** The name of a topic of the API in the widget's language. */
export function topicName(messages: SuggestionBoxMessages, category: SuggestionCategory): string {
  return messages.topics[category === 'other' ? 'otherTopic' : category];
}

export interface SuggestionBoxMessages {
  formHeading: string;
  listHeading: string;
  title: string;
  titleHint: string;
  body: string;
  category: string;
  chooseCategory: string;
  anonymous: string;
  /** What an anonymous suggestion leaves out, said plainly: it must match what the API stores. */
  anonymousHint: string;
  name: string;
  nameHint: string;
  /** Instead of the name field when a member is signed in. */
  signedIn: string;
  contactEmail: string;
  contactEmailHint: string;
  send: string;
  /** After sending, when the API says the suggestion is not listed yet. */
  waitingForModeration: string;
  /** After sending, when the API listed it at once. */
  published: string;
  sentAnonymously: string;
  writeAnother: string;
  /** `{when}`: a relative time such as "in 2 minutes", or the shared `soon`. */
  rateLimited: string;
  /** The API's topics; `other` is `otherTopic` here, since a table key `other` reads as a plural form. */
  topics: Record<TopicKey, string>;
  allCategories: string;
  statuses: Record<SuggestionStatus, string>;
  /** Read before the status badge by screen readers. */
  statusLabel: string;
  sortLabel: string;
  sorts: Record<SuggestionSort, string>;
  loading: string;
  empty: string;
  emptyInCategory: string;
  /** Announced when the list arrives. */
  count: Plural;
  more: string;
  loadingMore: string;
  /** Announced when "show more" brought more. */
  moreShown: Plural;
  /** `{name}`: the author's name as the API gives it. */
  by: string;
  staffReply: string;
  vote: string;
  votes: Plural;
  /** Announced; `{title}` of the suggestion, `{votes}` the count as `votes` says it. */
  voted: string;
  withdrawn: string;
  alreadyVoted: string;
  voteFailed: string;
  voteOffline: string;
  /** `{when}` as in `rateLimited`. */
  voteRateLimited: string;
}

export const suggestionBoxMessages = catalog<SuggestionBoxMessages>(
  {
    formHeading: 'Share a suggestion',
    listHeading: 'Suggestions',
    title: 'Title',
    titleHint: '3 to 120 characters.',
    body: 'Your suggestion',
    category: 'Topic',
    chooseCategory: 'Choose a topic',
    anonymous: 'Send anonymously',
    anonymousHint:
      'Your name and e-mail are not stored with this suggestion, and neither is your member account, so no one, staff included, can see who wrote it. Staff can still answer in public here, but cannot reply to you personally.',
    name: 'Your name (optional)',
    nameHint: 'Shown with your suggestion in public. Leave it empty to stay unnamed.',
    signedIn: 'You are signed in: your member name is shown with your suggestion, unless you send it anonymously.',
    contactEmail: 'E-mail for a personal reply (optional)',
    contactEmailHint: 'Only staff see it, to reply to you personally. It is never shown in public.',
    send: 'Send suggestion',
    waitingForModeration:
      'Thank you! Your suggestion has reached the team. It is waiting for moderation: it is not public yet, and appears in the list once the team has read it.',
    published: 'Thank you! Your suggestion is now in the public list.',
    sentAnonymously: 'It was sent anonymously: nothing that names you was stored.',
    writeAnother: 'Write another suggestion',
    rateLimited:
      'Too many suggestions have been sent from here in a short time. What you wrote is kept: please send it again {when}.',
    topics: {
      events: 'Events',
      communication: 'Communication',
      volunteering: 'Volunteering',
      website: 'Website',
      otherTopic: 'Other',
    },
    allCategories: 'All topics',
    statuses: {
      new: 'New',
      under_review: 'Under review',
      planned: 'Planned',
      done: 'Done',
      declined: 'Declined',
    },
    statusLabel: 'Status:',
    sortLabel: 'Sort by',
    sorts: { votes: 'Most votes', recent: 'Newest' },
    loading: 'Loading suggestions…',
    empty: 'No suggestions yet. Be the first to share one.',
    emptyInCategory: 'No suggestions on this topic yet.',
    count: { one: '{count} suggestion shown', other: '{count} suggestions shown' },
    more: 'Show more',
    loadingMore: 'Loading more…',
    moreShown: { one: '{count} more suggestion shown', other: '{count} more suggestions shown' },
    by: 'by {name}',
    staffReply: 'Reply from the team',
    vote: 'Vote',
    votes: { one: '{count} vote', other: '{count} votes' },
    voted: 'Your vote for “{title}” is counted: {votes}.',
    withdrawn: 'Your vote for “{title}” is withdrawn: {votes}.',
    alreadyVoted: 'You had already voted for “{title}”: one vote per person.',
    voteFailed: 'Your vote could not be counted because of a problem on the server. Please try again.',
    voteOffline: 'Your vote could not be counted: there is no connection. Please try again when you are online.',
    voteRateLimited: 'Too many votes from here in a short time. Please try again {when}.',
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).suggestionBoxZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).suggestionBoxZhHant,
  },
);
