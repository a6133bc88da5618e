import type { NewsletterIssueRecord, SubscriptionRecord } from '../resources/newsletter/data.js';
import { nextId, type StoreData } from '../store.js';
import type { Cast } from './members.js';
import { personFor, type SeedLocale } from './people.js';
import type { Random } from './random.js';
import { DAY, MINUTE, byTime, iso, zoned } from './time.js';

/** Month, then title and summary in English and in Chinese. */
const ISSUES: readonly (readonly [string, string, string, string, string])[] = [
  ['2026-01', 'A new year of volunteering', 'The kick-off on 17 January, the plan for 2026 and how to sign up for shifts.',
    '新的一年，新的志愿服务', '1 月 17 日志愿者启动会、2026 年计划，以及如何报名值班。'],
  ['2026-02', 'Spring Festival and a writing workshop', 'Dumplings in Shanghai, and how to write for this newsletter.',
    '新春联欢与写作工作坊', '上海新春联欢会，以及如何为会刊投稿。'],
  ['2026-03', 'Spring exchange meeting', 'What the winter brought, the plan for the charity run, and a new online talk in Chinese.',
    '春季交流会', '冬季回顾、慈善跑筹备，以及新的中文线上分享会。'],
  ['2026-04', 'Clean-up in the park, first aid online', 'Gloves and bags on 11 April; a first-aid course from your sofa on 22 April.',
    '公园清洁日与线上急救课', '4 月 11 日公园清洁日；4 月 22 日线上急救基础课。'],
  ['2026-05', 'The charity run', '5 km and 10 km along the river on 9 May, and the book club in Shanghai.',
    '河畔慈善跑', '5 月 9 日河畔 5 公里和 10 公里慈善跑，以及上海读书会。'],
  ['2026-06', 'Summer sale and our first survey of the year', 'Cakes and books on 6 June, and seven questions that shape the autumn.',
    '夏季义卖与上半年满意度调查', '6 月 6 日夏季义卖，以及七个问题的满意度调查。'],
  ['2026-07', 'Picnic in the park', 'Families, games and a shared buffet on 11 July; volunteer training online in Chinese.',
    '夏日野餐', '7 月 11 日家庭野餐；中文线上志愿者培训。'],
  ['2026-08', 'Mentoring day and digital skills', 'Teenagers meet mentors on 15 August; helping older neighbours online.',
    '青少年导师日与数字技能', '8 月 15 日青少年导师日；帮助老年邻居使用数字工具。'],
  ['2026-09', 'Autumn exchange and Mid-Autumn tea', 'The programme for the rest of the year, and mooncakes in Shanghai.',
    '秋季交流会与中秋茶话会', '下半年活动安排，以及上海中秋茶话会。'],
  ['2026-10', 'Trees for the schoolyards', 'Forty trees on 10 October, and fundraising for beginners.',
    '为校园种树', '10 月 10 日种下四十棵树，以及筹款入门工作坊。'],
  ['2026-11', 'Thank you, volunteers', 'The appreciation evening, the year in review and our second survey.',
    '感谢每一位志愿者', '志愿者答谢晚会、年终回顾和下半年满意度调查。'],
  ['2026-12', 'Winter programme', 'The clothing drive, the Christmas market, the winter exchange meeting and the charity sale in Shanghai.',
    '冬季活动预告', '冬衣募集、圣诞市集、冬季交流会，以及上海冬季爱心义卖。'],
];

export interface Newsletter {
  issues: NewsletterIssueRecord[];
  subscriptions: SubscriptionRecord[];
}

/**
 * The twelve monthly issues of 2026, each in English and in Chinese, sent on
 * the 18th of the month before; and the subscriptions: members who chose the
 * newsletter, people who are not members, some waiting for their
 * confirmation and some who unsubscribed.
 */
export function publishNewsletter(
  data: StoreData,
  random: Random,
  cast: Cast,
  email: (handle: string, domain?: string) => string,
): Newsletter {
  const issues: NewsletterIssueRecord[] = [];
  for (const [month, title, summary, titleZh, summaryZh] of ISSUES) {
    const [year, number] = month.split('-').map(Number) as [number, number];
    const sent = new Date(Date.UTC(year, number - 2, 18)).toISOString().slice(0, 10);
    for (const locale of ['en', 'zh-CN'] as const) {
      const en = locale === 'en';
      issues.push({
        id: nextId(data, 'iss'),
        month,
        title: en ? title : titleZh,
        summary: en ? summary : summaryZh,
        url: `https://news.example.org/${month.replace('-', '/')}/${en ? 'en' : 'zh-cn'}`,
        publishedAt: zoned(sent, en ? '09:00' : '09:05', 'Europe/Berlin').iso,
        locale,
      });
    }
  }

  const drafts: Omit<SubscriptionRecord, 'id'>[] = [];
  const subscribe = (address: string, locale: SeedLocale, created: number, state: SubscriptionRecord['status'], ended?: number) => {
    const confirmed = state === 'pending' ? null : created + random.int(3, 240) * MINUTE;
    drafts.push({
      email: address,
      locale,
      status: state,
      createdAt: iso(created),
      confirmationToken: random.token(32),
      unsubscribeToken: random.token(32),
      confirmedAt: confirmed === null ? null : iso(confirmed),
      unsubscribedAt: state === 'unsubscribed' ? iso(ended ?? (confirmed ?? created) + random.int(30, 300) * DAY) : null,
    });
  };
  for (const member of cast.members) {
    const joined = Date.parse(member.joinedAt);
    if (member.newsletter) subscribe(member.email, member.locale, joined, member.status === 'pending' ? 'pending' : 'confirmed');
    else if (member.leftAt && random.chance(0.5)) subscribe(member.email, member.locale, joined, 'unsubscribed', Date.parse(member.leftAt));
  }
  const outsiders: [SubscriptionRecord['status'], number, string, string][] = [
    ['confirmed', 17, '2025-01-10', '2026-11-10'],
    ['pending', 4, '2026-11-15', '2026-11-22'],
    ['unsubscribed', 4, '2025-03-01', '2025-12-31'],
  ];
  for (const [state, count, from, to] of outsiders) {
    for (let index = 0; index < count; index++) {
      const locale = random.weighted<SeedLocale>(['en', 'zh-CN', 'zh-TW'], (l) => ({ en: 5, 'zh-CN': 4, 'zh-TW': 1 })[l]);
      const created = Date.parse(`${from}T08:00:00Z`) + Math.floor(random.next() * (Date.parse(`${to}T08:00:00Z`) - Date.parse(`${from}T08:00:00Z`)));
      subscribe(email(personFor(random, locale).handle, 'example.net'), locale, created, state);
    }
  }
  drafts.sort((a, b) => byTime(a.createdAt, b.createdAt));
  return { issues, subscriptions: drafts.map((draft) => ({ ...draft, id: nextId(data, 'sub') })) };
}
