import type { KpiId } from '@ngo-kit/sdk';
import type { Catalog } from '../i18n/catalog.js';
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

export const kpiDashboardMessages: Catalog<KpiDashboardMessages> = {
  en: {
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
  'zh-CN': {
    title: '关键指标（{period}）',
    periodYear: '{year}年',
    periodQuarter: '{year}年第{quarter}季度',
    picker: {
      legend: '统计期间',
      year: '年份',
      quarter: '季度',
      wholeYear: '全年',
      quarters: { q1: '第一季度（1–3月）', q2: '第二季度（4–6月）', q3: '第三季度（7–9月）', q4: '第四季度（10–12月）' },
    },
    loading: '正在加载关键指标…',
    loaded: { other: '{period}关键指标：{count} 项中有 {met} 项达标。' },
    names: {
      member_growth: '会员增长率',
      participation: '活动出席率',
      volunteer_retention: '志愿者留存率',
      satisfaction: '满意度',
    },
    targets: {
      member_growth: '目标：每年不低于 {target}',
      participation: '目标：每场活动不低于 {target}',
      volunteer_retention: '目标：每年不低于 {target}',
      satisfaction: '目标：不低于 {target}',
    },
    status: { met: '已达标', notMet: '未达标', noData: '暂无数据' },
    inputs: {
      member_growth: '会员人数从 {start} 人增至 {end} 人',
      participation: { other: '{count} 场活动共 {registered} 人报名，其中 {attended} 人出席' },
      volunteer_retention: { other: '{start} 名志愿者中有 {stayed} 名留下；新加入 {count} 名' },
      satisfaction: { other: '来自 {count} 份问卷的 {answers} 个评分中，{satisfied} 个为 4 分或 5 分' },
    },
    nps: '净推荐值：{nps}',
    access: {
      public: '以下为本机构公开的指标。',
      staff: '工作人员视图：显示全部指标，包括未公开的指标。',
      notPublished: '未公开',
    },
    noAccess: {
      noCredentials: '暂无可显示的指标：显示公开指标需要本机构的密钥，显示全部指标需要工作人员登录，而此页面两者皆无。',
      notPublished: '本机构尚未公开关键指标。工作人员登录后即可查看全部指标。',
      staffExpired: '您的工作人员登录已过期或失效，请重新登录后查看指标。',
      notStaffToken: '暂无可显示的指标：此页面提供的工作人员登录凭证并非工作人员令牌。切勿将私密密钥放在网页中。',
    },
    empty: '{period}暂无指标：该期间尚未开始，或尚无任何记录。',
    offline: '您目前处于离线状态。网络恢复后将自动加载指标。',
    chart: {
      title: '逐月变化',
      about: '每个月的数值均为从期间开始到该月月底的累计结果。',
      panelTitle: '{kpi}逐月变化（{period}）',
      summaryRange: '从{firstMonth}的 {first} 变为{lastMonth}的 {last}；目标为 {target}。',
      summaryOne: '{lastMonth}为 {last}；目标为 {target}。',
      summaryNone: '暂无数据；目标为 {target}。',
      target: '目标',
      showTable: '以表格显示数据',
      hideTable: '隐藏表格',
      tableCaption: '{period}逐月指标（每月数值为从期间开始到该月月底的累计结果）',
      month: '月份',
      noValue: '无数据',
    },
    events: {
      title: '各场活动出席率',
      caption: '{period}各场活动的出席情况。点击列标题可按该列排序。',
      columns: {
        title: '活动',
        date: '日期',
        registered: '报名人数',
        attended: '出席人数',
        rate: '出席率',
        status: '状态',
      },
      sorted: '已按{column}{direction}排列。',
      ascending: '升序',
      descending: '降序',
      none: '该期间没有活动。',
      notYet: '尚未举行',
    },
  },
  'zh-TW': {
    title: '關鍵指標（{period}）',
    periodYear: '{year}年',
    periodQuarter: '{year}年第{quarter}季',
    picker: {
      legend: '統計期間',
      year: '年份',
      quarter: '季度',
      wholeYear: '全年',
      quarters: { q1: '第一季（1–3月）', q2: '第二季（4–6月）', q3: '第三季（7–9月）', q4: '第四季（10–12月）' },
    },
    loading: '正在載入關鍵指標…',
    loaded: { other: '{period}關鍵指標：{count} 項中有 {met} 項達標。' },
    names: {
      member_growth: '會員成長率',
      participation: '活動出席率',
      volunteer_retention: '志工留任率',
      satisfaction: '滿意度',
    },
    targets: {
      member_growth: '目標：每年不低於 {target}',
      participation: '目標：每場活動不低於 {target}',
      volunteer_retention: '目標：每年不低於 {target}',
      satisfaction: '目標：不低於 {target}',
    },
    status: { met: '已達標', notMet: '未達標', noData: '尚無資料' },
    inputs: {
      member_growth: '會員人數從 {start} 人增至 {end} 人',
      participation: { other: '{count} 場活動共 {registered} 人報名，其中 {attended} 人出席' },
      volunteer_retention: { other: '{start} 名志工中有 {stayed} 名留下；新加入 {count} 名' },
      satisfaction: { other: '來自 {count} 份問卷的 {answers} 個評分中，{satisfied} 個為 4 分或 5 分' },
    },
    nps: '淨推薦值：{nps}',
    access: {
      public: '以下為本機構公開的指標。',
      staff: '工作人員檢視：顯示全部指標，包括未公開的指標。',
      notPublished: '未公開',
    },
    noAccess: {
      noCredentials: '目前沒有可顯示的指標：顯示公開指標需要本機構的金鑰，顯示全部指標需要工作人員登入，而此頁面兩者皆無。',
      notPublished: '本機構尚未公開關鍵指標。工作人員登入後即可查看全部指標。',
      staffExpired: '您的工作人員登入已逾期或失效，請重新登入後查看指標。',
      notStaffToken: '目前沒有可顯示的指標：此頁面提供的工作人員登入憑證並非工作人員權杖。切勿將私密金鑰放在網頁中。',
    },
    empty: '{period}尚無指標：該期間尚未開始，或尚無任何紀錄。',
    offline: '您目前處於離線狀態。網路恢復後將自動載入指標。',
    chart: {
      title: '逐月變化',
      about: '每個月的數值皆為從期間開始到該月月底的累計結果。',
      panelTitle: '{kpi}逐月變化（{period}）',
      summaryRange: '從{firstMonth}的 {first} 變為{lastMonth}的 {last}；目標為 {target}。',
      summaryOne: '{lastMonth}為 {last}；目標為 {target}。',
      summaryNone: '尚無資料；目標為 {target}。',
      target: '目標',
      showTable: '以表格顯示資料',
      hideTable: '隱藏表格',
      tableCaption: '{period}逐月指標（每月數值為從期間開始到該月月底的累計結果）',
      month: '月份',
      noValue: '無資料',
    },
    events: {
      title: '各場活動出席率',
      caption: '{period}各場活動的出席情況。點選欄位標題可依該欄排序。',
      columns: {
        title: '活動',
        date: '日期',
        registered: '報名人數',
        attended: '出席人數',
        rate: '出席率',
        status: '狀態',
      },
      sorted: '已依{column}{direction}排列。',
      ascending: '遞增',
      descending: '遞減',
      none: '該期間沒有活動。',
      notYet: '尚未舉行',
    },
  },
};
