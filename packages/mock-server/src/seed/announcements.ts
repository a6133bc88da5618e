import type { AnnouncementRecord } from '../resources/announcements/data.js';
import type { EventRecord } from '../resources/events/data.js';
import { nextId, type StoreData } from '../store.js';
import { byTime, zoned } from './time.js';

interface NoticePlan {
  title: string;
  bodyHtml: string;
  locale: AnnouncementRecord['locale'];
  /** Local date and time in Berlin. */
  published: string;
  /** The title of the event a notice is about. */
  event?: string;
  pinned?: true;
}

/**
 * Notices of 2026. The last is scheduled for 18 December, after
 * the seed's "now", so it is not listed yet. The HTML is the simple kind a
 * staff editor produces: paragraphs, lists, emphasis, links.
 */
const NOTICES: readonly NoticePlan[] = [
  {
    title: 'Welcome to our community platform',
    locale: 'en', published: '2026-01-05 10:00', pinned: true,
    bodyHtml:
      '<p>Events, notices, the suggestion box and your volunteer points now live in one place.</p>' +
      '<ul><li>Sign up for events and add them to your calendar.</li><li>See your points and download your certificates.</li>' +
      '<li>Tell us what to do better in the <a href="https://ngo.example.org/suggestions">suggestion box</a>.</li></ul>',
  },
  {
    title: '欢迎使用社区平台',
    locale: 'zh-CN', published: '2026-01-05 10:05',
    bodyHtml: '<p>活动报名、通知、意见箱和志愿者积分，现在都在同一个平台上。</p><p>如有问题，请发邮件至 <a href="mailto:hello@ngo.example.org">hello@ngo.example.org</a>。</p>',
  },
  {
    title: 'Registration for the charity run is open',
    locale: 'en', published: '2026-03-20 09:00', event: 'Charity run along the river 2026',
    bodyHtml: '<p>Choose <strong>5 km or 10 km</strong> and your T-shirt size when you register. Every finisher raises money for the youth programme.</p>',
  },
  {
    title: 'Half-year survey: seven questions, five minutes',
    locale: 'en', published: '2026-06-01 09:00',
    bodyHtml: '<p>Tell us how we are doing. The survey is open until <strong>30 June</strong>; the results follow at an online meeting on 24 June.</p>',
  },
  {
    title: 'The summer sale raised €2,340',
    locale: 'en', published: '2026-06-10 12:00', event: 'Summer charity sale',
    bodyHtml: '<p>Thank you to everyone who baked, sold and bought. All of it goes to the <em>homework club</em>.</p>',
  },
  {
    title: '中秋茶话会报名开始',
    locale: 'zh-CN', published: '2026-08-20 10:00', event: '中秋茶话会',
    bodyHtml: '<p>9 月 26 日下午三点，社区活动中心，欢迎新老会员参加。名额 60 人，先到先得。</p>',
  },
  {
    title: '冬季爱心义卖报名开启',
    locale: 'zh-CN', published: '2026-11-02 10:00', event: '冬季爱心义卖',
    bodyHtml: '<p>12 月 19 日在社区活动中心举行，欢迎捐赠手工作品，所得款项全部用于<strong>社区助学项目</strong>。</p>',
  },
  {
    title: 'Second half-year survey is open',
    locale: 'en', published: '2026-11-02 09:00',
    bodyHtml: '<p>Eight questions this time, including one about your plans for next year. Open until <strong>30 November</strong>.</p>',
  },
  {
    title: '下半年满意度调查开始',
    locale: 'zh-CN', published: '2026-11-02 09:05',
    bodyHtml: '<p>八个问题，大约五分钟。调查将于 <strong>11 月 30 日</strong>截止。</p>',
  },
  {
    title: 'Winter exchange meeting: agenda',
    locale: 'en', published: '2026-11-16 09:00', event: 'Quarterly exchange meeting: winter',
    bodyHtml: '<ol><li>The year in numbers</li><li>Results of the November survey</li><li>The programme for 2027</li></ol><p>Join in person or online.</p>',
  },
  {
    title: 'Winter clothing drive is full: join the waitlist',
    locale: 'en', published: '2026-11-20 17:00', event: 'Winter clothing drive',
    bodyHtml: '<p>All 30 places are taken. Register anyway: you move up automatically when someone cancels.</p>',
  },
  {
    title: 'Holiday card workshop cancelled',
    locale: 'en', published: '2026-11-21 11:00', event: 'Online workshop: holiday cards',
    bodyHtml: '<p>We are sorry: our trainer is ill. Everyone who registered has been told by e-mail. We hope to offer it again in January.</p>',
  },
  {
    title: 'Opening hours over the holidays',
    locale: 'en', published: '2026-12-18 09:00',
    bodyHtml: '<p>The office is closed from <strong>24 December to 1 January</strong>. Happy holidays!</p>',
  },
];

/** The platform's notices and event notices, in English and in Chinese, one pinned and one scheduled. */
export function announce(data: StoreData, events: readonly EventRecord[]): AnnouncementRecord[] {
  const inOrder = [...NOTICES].sort((a, b) => byTime(a.published, b.published));
  return inOrder.map((notice) => {
    const eventId = notice.event ? events.find((event) => event.title === notice.event)?.id : null;
    if (eventId === undefined) throw new Error(`no event called ${notice.event}`);
    return {
      id: nextId(data, 'ann'),
      title: notice.title,
      bodyHtml: notice.bodyHtml,
      kind: eventId ? 'event' : 'platform',
      eventId,
      pinned: notice.pinned ?? false,
      publishedAt: zoned(notice.published.slice(0, 10), notice.published.slice(11), 'Europe/Berlin').iso,
      locale: notice.locale,
    };
  });
}
