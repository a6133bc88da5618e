import type { PointsTier } from '@ngo-kit/sdk';
import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface PointsBadgeMessages {
  title: string;
  loading: string;
  /** The balance, big on the card and in the header button. */
  balance: Plural;
  earnedTotal: Plural;
  tiers: Record<PointsTier, string>;
  /** `{tier}`: a name from `tiers`. */
  tier: string;
  /** Read before the header button's own text: it opens the panel. */
  openPanel: string;
  /** `{tier}`: the next tier's name. */
  toNextTier: Plural;
  topTier: string;
  /** `{reward}`: the cheapest reward in stock that the balance does not reach yet. */
  toNextReward: Plural;
  everyReward: string;
  signIn: {
    prompt: string;
    link: string;
    /** When the page gave no sign-in address. */
    plain: string;
    /** A member token the API refused (401): expired or signed out elsewhere. */
    expired: string;
    compact: string;
  };
  ledger: {
    title: string;
    empty: string;
    more: string;
    loadingMore: string;
    earned: Plural;
    spent: Plural;
    attendance: string;
    hours: Plural;
    adjustment: string;
    redeemed: string;
  };
  rewards: {
    title: string;
    empty: string;
    cost: Plural;
    left: Plural;
    outOfStock: string;
    needMore: Plural;
    /** Another redemption is on its way, so this one waits. */
    oneAtATime: string;
    waiting: string;
    redeem: string;
    /** `{reward}`, `{count}` the cost, `{balance}` what is left after it. */
    confirm: Plural;
    confirmYes: string;
    cancel: string;
    sending: string;
    /** `{reward}`, `{count}` the balance after it. */
    redeemed: Plural;
    /** How a prize reaches the member; a certificate is ready at once. */
    prizeFollows: string;
    certificateReady: string;
    notEnough: string;
    soldOut: string;
    offline: string;
    /** Redemptions kept on this device from an earlier visit. */
    pending: Plural;
    /** Said when a reward's title is not known (a kept redemption of an earlier visit). */
    someReward: string;
  };
  certificates: {
    title: string;
    empty: string;
    /** `{year}` and `{quarter}` (1 to 4) of a certificate's period. */
    quarter: string;
    year: string;
    hours: Plural;
    /** `{date}`: when it was issued. */
    issued: string;
    download: string;
    downloading: string;
  };
}

export const pointsBadgeMessages = catalog<PointsBadgeMessages>(
  {
    title: 'Your volunteer points',
    loading: 'Loading your points…',
    balance: { one: '{count} point', other: '{count} points' },
    earnedTotal: { one: '{count} point earned in total', other: '{count} points earned in total' },
    tiers: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold', platinum: 'Platinum' },
    tier: '{tier} tier',
    openPanel: 'Open your points:',
    toNextTier: { one: '{count} more point to reach {tier}', other: '{count} more points to reach {tier}' },
    topTier: 'You have reached the highest tier. Thank you!',
    toNextReward: { one: '{count} more point for “{reward}”', other: '{count} more points for “{reward}”' },
    everyReward: 'You have enough points for every reward in stock.',
    signIn: {
      prompt: 'Sign in to see your volunteer points, rewards and certificates.',
      link: 'Sign in',
      plain: 'Sign in on this website to see your volunteer points, rewards and certificates.',
      expired: 'Your session has ended. Sign in again to see your points.',
      compact: 'Sign in for your points',
    },
    ledger: {
      title: 'Recent activity',
      empty: 'No points yet. Take part in an event or volunteer to earn your first ones.',
      more: 'Show more',
      loadingMore: 'Loading more…',
      earned: { one: '+{count} point', other: '+{count} points' },
      spent: { one: '−{count} point', other: '−{count} points' },
      attendance: 'Took part in an event',
      hours: { one: 'Volunteered {count} hour', other: 'Volunteered {count} hours' },
      adjustment: 'Correction by the team',
      redeemed: 'Redeemed a reward',
    },
    rewards: {
      title: 'Rewards',
      empty: 'There are no rewards in the catalogue yet.',
      cost: { one: '{count} point', other: '{count} points' },
      left: { one: '{count} left', other: '{count} left' },
      outOfStock: 'Out of stock',
      needMore: { one: 'You need {count} more point.', other: 'You need {count} more points.' },
      oneAtATime: 'Your other redemption is on its way; one at a time.',
      waiting: 'Waiting to be sent from this device.',
      redeem: 'Redeem',
      confirm: {
        one: 'Redeem “{reward}” for {count} point? Your balance will be {balance}.',
        other: 'Redeem “{reward}” for {count} points? Your balance will be {balance}.',
      },
      confirmYes: 'Yes, redeem',
      cancel: 'Cancel',
      sending: 'Redeeming…',
      redeemed: {
        one: 'You redeemed “{reward}”. Your balance is now {count} point.',
        other: 'You redeemed “{reward}”. Your balance is now {count} points.',
      },
      prizeFollows: 'We will be in touch about handing it over.',
      certificateReady: 'It is ready: the team will send it to you.',
      notEnough: 'You do not have enough points for “{reward}” any more. Nothing was spent.',
      soldOut: '“{reward}” has just run out. Nothing was spent.',
      offline:
        'You are offline. Your redemption of “{reward}” is kept on this device and will be sent once, as soon as the connection is back. No points are spent until then.',
      pending: {
        one: '{count} redemption is kept on this device and will be sent when the connection is back.',
        other: '{count} redemptions are kept on this device and will be sent when the connection is back.',
      },
      someReward: 'your reward',
    },
    certificates: {
      title: 'Certificates',
      empty: 'No certificates yet. You get one for each quarter in which you volunteer.',
      quarter: 'Q{quarter} {year}',
      year: '{year}',
      hours: { one: '{count} hour served', other: '{count} hours served' },
      issued: 'issued {date}',
      download: 'Download (SVG)',
      downloading: 'Preparing the download…',
    },
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).pointsBadgeZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).pointsBadgeZhHant,
  },
);
