import type { KpiId } from '@ngo-kit/sdk';
import { catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

/** Why the dashboard shows no figures at all, each with its own explanation. */
export type NoAccessReason = 'noCredentials' | 'notPublished' | 'staffExpired' | 'notStaffToken';

/** The columns of the participation table, in their order. */
export type EventColumn = 'title' | 'date' | 'registered' | 'attended' | 'rate' | 'status';

export interface KpiDashboardMessages {
  /** `{period}`: a year or a quarter, from `periodYear` or `periodQuarter`. */
  title: string;
  periodYear: string;
  periodQuarter: string;
  /** The period picker. */
  picker: {
    legend: string;
    year: string;
    quarter: string;
    wholeYear: string;
    quarters: { q1: string; q2: string; q3: string; q4: string };
  };
  loading: string;
  /** Announced when the figures arrive: `{count}` KPIs shown, `{met}` of them met. */
  loaded: Plural;
  names: Record<KpiId, string>;
  /** `{target}`: the target as a percentage. */
  targets: Record<KpiId, string>;
  status: { met: string; notMet: string; noData: string };
  /** The counts behind each figure. */
  inputs: {
    /** `{start}` and `{end}`: members at the period's start and at its end (or today). */
    member_growth: string;
    /** `{attended}` of `{registered}` confirmed registrations, `{count}` events. */
    participation: Plural;
    /** `{stayed}` of `{start}` volunteers stayed; `{count}` new ones. */
    volunteer_retention: Plural;
    /** `{satisfied}` of `{answers}` ratings, from `{count}` responses. */
    satisfaction: Plural;
  };
  /** `{nps}`: the net promoter score, signed. */
  nps: string;
  access: { public: string; staff: string; notPublished: string };
  noAccess: Record<NoAccessReason, string>;
  /** `{period}` */
  empty: string;
  offline: string;
  chart: {
    title: string;
    /** Above the panels: what every point is. */
    about: string;
    /** The title of one panel: `{kpi}`, `{period}`. */
    panelTitle: string;
    /** `{first}` in `{firstMonth}` to `{last}` in `{lastMonth}`, against `{target}`. */
    summaryRange: string;
    /** Only one month has a figure: `{last}` in `{lastMonth}`, against `{target}`. */
    summaryOne: string;
    /** `{target}` */
    summaryNone: string;
    /** The label of the dashed target line. */
    target: string;
    showTable: string;
    hideTable: string;
    /** `{period}` */
    tableCaption: string;
    month: string;
    /** Read for an empty cell. */
    noValue: string;
  };
  events: {
    title: string;
    /** `{period}` */
    caption: string;
    columns: Record<EventColumn, string>;
    /** Announced after sorting: `{column}`, `{direction}`. */
    sorted: string;
    ascending: string;
    descending: string;
    none: string;
    notYet: string;
  };
}

export const kpiDashboardMessages = catalog<KpiDashboardMessages>(
  {
    title: 'Key figures, {period}',
    periodYear: '{year}',
    periodQuarter: 'Q{quarter} {year}',
    picker: {
      legend: 'Period',
      year: 'Year',
      quarter: 'Quarter',
      wholeYear: 'Whole year',
      quarters: { q1: 'Q1 (January–March)', q2: 'Q2 (April–June)', q3: 'Q3 (July–September)', q4: 'Q4 (October–December)' },
    },
    loading: 'Loading the key figures…',
    loaded: {
      one: 'Key figures for {period}: {met} of {count} target met.',
      other: 'Key figures for {period}: {met} of {count} targets met.',
    },
    names: {
      member_growth: 'Member growth',
      participation: 'Participation',
      volunteer_retention: 'Volunteer retention',
      satisfaction: 'Satisfaction',
    },
    targets: {
      member_growth: 'Target: {target} or more a year',
      participation: 'Target: {target} or more at each event',
      volunteer_retention: 'Target: {target} or more a year',
      satisfaction: 'Target: {target} or more',
    },
    status: { met: 'Target met', notMet: 'Target not met', noData: 'No figure yet' },
    inputs: {
      member_growth: 'From {start} to {end} members',
      participation: {
        one: '{attended} of {registered} registered people came, at {count} event',
        other: '{attended} of {registered} registered people came, at {count} events',
      },
      volunteer_retention: {
        one: '{stayed} of {start} volunteers stayed; {count} new volunteer joined',
        other: '{stayed} of {start} volunteers stayed; {count} new volunteers joined',
      },
      satisfaction: {
        one: '{satisfied} of {answers} ratings were 4 or 5, from {count} survey response',
        other: '{satisfied} of {answers} ratings were 4 or 5, from {count} survey responses',
      },
    },
    nps: 'Net promoter score: {nps}',
    access: {
      public: 'These are the figures the organisation publishes.',
      staff: 'Staff view: every figure, including those the organisation does not publish.',
      notPublished: 'Not published',
    },
    noAccess: {
      noCredentials:
        'No figures are shown: this dashboard needs the organisation’s key to show the figures it publishes, or a staff sign-in to show all of them, and it has neither.',
      notPublished:
        'The organisation has not published its key figures. Staff members see them all after signing in.',
      staffExpired: 'Your staff sign-in has expired or is no longer valid. Sign in again to see the figures.',
      notStaffToken:
        'No figures are shown: the staff sign-in given to this page is not a staff token. A secret key must never be put in a web page.',
    },
    empty: 'There are no figures for {period} yet: the period has not begun, or nothing has been recorded in it.',
    offline: 'You are offline. The figures will load when the connection is back.',
    chart: {
      title: 'Month by month',
      about: 'Each month shows the figure from the start of the period to the end of that month.',
      panelTitle: '{kpi}, month by month, {period}',
      summaryRange: 'From {first} in {firstMonth} to {last} in {lastMonth}; the target is {target}.',
      summaryOne: '{last} in {lastMonth}; the target is {target}.',
      summaryNone: 'No figures yet; the target is {target}.',
      target: 'target',
      showTable: 'Show the figures as a table',
      hideTable: 'Hide the table',
      tableCaption: 'Monthly figures, {period}, each from the start of the period to the end of the month',
      month: 'Month',
      noValue: 'no figure',
    },
    events: {
      title: 'Participation per event',
      caption: 'Participation in each event of {period}. Choose a column heading to sort by it.',
      columns: {
        title: 'Event',
        date: 'Date',
        registered: 'Registered',
        attended: 'Attended',
        rate: 'Participation',
        status: 'Status',
      },
      sorted: 'Sorted by {column}, {direction}.',
      ascending: 'ascending',
      descending: 'descending',
      none: 'There were no events in this period.',
      notYet: 'Not yet',
    },
  },
  {
    'zh-CN': async () => (await import('./messages.zh-hans.js')).kpiDashboardZhHans,
    'zh-TW': async () => (await import('./messages.zh-hant.js')).kpiDashboardZhHant,
  },
);
