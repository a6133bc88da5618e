import type { SuggestionRecord, VoteRecord } from '../resources/suggestions/data.js';
import { nextId, type StoreData } from '../store.js';
import { isMemberAt, type Cast } from './members.js';
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, SEED_NOW, byTime, iso, utc } from './time.js';

interface SuggestionPlan {
  title: string;
  body: string;
  category: SuggestionRecord['category'];
  status: SuggestionRecord['status'];
  reply?: string;
  /** A signed-in member writing in this language, someone not signed in who left an address, or nobody known. */
  author: 'en' | 'zh-CN' | 'zh-TW' | 'guest' | 'anonymous';
  created: string;
  /** Days from `created` to the last change by staff. */
  changedAfter?: number;
  votes: number;
  hidden?: true;
}

const PLANS: readonly SuggestionPlan[] = [
  {
    title: 'Reminders by text message before events', category: 'communication', status: 'done', author: 'en',
    body: 'I often forget events I signed up for weeks ago. A text message the day before would help a lot.',
    reply: 'Since September everyone who leaves a phone number gets a reminder the day before. Thank you for the idea!',
    created: '2026-02-03', changedAfter: 200, votes: 18,
  },
  {
    title: 'Step-free entrance for the exchange meetings', category: 'events', status: 'done', author: 'anonymous',
    body: 'The steps at the main entrance of the Community Hall keep me from coming in my wheelchair.',
    reply: 'The Community Hall now has a ramp at the side entrance, and every event lists its access details.',
    created: '2026-01-21', changedAfter: 95, votes: 25,
  },
  {
    title: 'A calendar feed of all events', category: 'website', status: 'planned', author: 'en',
    body: 'I would love to subscribe to all events in my phone’s calendar instead of adding them one by one.',
    reply: 'Planned for the new website in early 2027: you will be able to subscribe from any calendar app.',
    created: '2026-03-02', changedAfter: 40, votes: 31,
  },
  {
    title: 'Childcare during the quarterly meetings', category: 'events', status: 'planned', author: 'en',
    body: 'Parents of small children could come more easily if someone looked after the kids for three hours.',
    reply: 'Two volunteers have offered to run a play corner from the spring meeting on.',
    created: '2026-06-15', changedAfter: 88, votes: 22,
  },
  {
    title: 'A car-sharing board for outdoor events', category: 'events', status: 'under_review', author: 'guest',
    body: 'Riverside Park is hard to reach from the east. A board where drivers offer free seats would help.',
    reply: 'We like it and are checking what it means for data protection.',
    created: '2026-05-12', changedAfter: 21, votes: 12,
  },
  {
    title: 'More online events in the evening', category: 'events', status: 'under_review', author: 'en',
    body: 'I work shifts and can rarely come on Saturdays; evening events online would let me take part.',
    created: '2026-08-30', changedAfter: 10, votes: 9,
  },
  {
    title: 'Points for helping with translations', category: 'volunteering', status: 'under_review', author: 'anonymous',
    body: 'Translating notices takes hours at home but earns no points, unlike a shift at an event.',
    created: '2026-09-18', changedAfter: 6, votes: 14,
  },
  {
    title: 'A repair café once a month', category: 'events', status: 'new', author: 'en',
    body: 'Several members can fix bikes, lamps and clothes. A monthly repair café would bring in new people.',
    created: '2026-11-04', votes: 6,
  },
  {
    title: 'A printed newsletter for members without e-mail', category: 'communication', status: 'new', author: 'en',
    body: 'My neighbour is a member but has no e-mail. Could a few printed copies be left at the Community Hall?',
    created: '2026-11-12', votes: 3,
  },
  {
    title: 'Dark mode for the website', category: 'website', status: 'new', author: 'anonymous',
    body: 'The white pages are hard on the eyes in the evening.',
    created: '2026-11-19', votes: 2,
  },
  {
    title: 'Move the charity run to a weekday evening', category: 'events', status: 'declined', author: 'en',
    body: 'Weekend mornings are family time for many of us; an evening run would be cooler in summer, too.',
    reply: 'Thank you for thinking about this. The park allows events of this size only at weekends, so the run stays on a weekend morning.',
    created: '2026-05-20', changedAfter: 14, votes: 1,
  },
  {
    title: 'A fee for newsletter subscribers', category: 'other', status: 'declined', author: 'anonymous',
    body: 'A small yearly fee for the newsletter would pay for printing and postage.',
    reply: 'We want the newsletter to stay free for everyone, so we will not charge for it.',
    created: '2026-04-08', changedAfter: 9, votes: 0,
  },
  {
    title: 'Certificates of volunteer hours for job applications', category: 'volunteering', status: 'done', author: 'en',
    body: 'A certificate of the hours I served would help with my applications for an apprenticeship.',
    reply: 'Certificates are now issued every quarter and can be downloaded from the member portal.',
    created: '2026-01-14', changedAfter: 82, votes: 27,
  },
  {
    title: 'Cheap watches, best prices!!!', category: 'other', status: 'new', author: 'guest', hidden: true,
    body: 'Visit our shop for the best deals on watches.',
    created: '2026-10-02', changedAfter: 1, votes: 0,
  },
  {
    title: '增加周末的中文线上活动', category: 'events', status: 'planned', author: 'zh-CN',
    body: '工作日晚上的线上活动对在国内的会员来说时间太晚，希望周末上午也能安排中文活动。',
    reply: '明年上半年起，每月第二个周六上午会有一场中文线上活动。',
    created: '2026-04-16', changedAfter: 150, votes: 15,
  },
  {
    title: '活动通知提供中文版', category: 'communication', status: 'done', author: 'anonymous',
    body: '很多长辈看不懂英文通知，希望每条通知都有中文版本。',
    reply: '从十月起，所有活动通知都有中英文两个版本。',
    created: '2026-03-10', changedAfter: 190, votes: 19,
  },
  {
    title: '为老年会员开设智能手机课程', category: 'events', status: 'under_review', author: 'zh-CN',
    body: '不少老年会员不会用手机报名活动，能否开一个简单的手机使用课程？',
    created: '2026-09-05', changedAfter: 12, votes: 11,
  },
  {
    title: '公开义卖收入明细', category: 'other', status: 'new', author: 'zh-CN',
    body: '希望每次义卖后公布收入和用途，让参与者更放心。',
    created: '2026-11-09', votes: 8,
  },
  {
    title: '把读书会改到工作日晚上', category: 'events', status: 'declined', author: 'anonymous',
    body: '周末要陪孩子，工作日晚上更方便参加读书会。',
    reply: '图书馆工作日晚上不开放阅览室，读书会暂时只能安排在周末。',
    created: '2026-06-02', changedAfter: 11, votes: 2,
  },
  {
    title: '志工積分可以兌換交通卡嗎？', category: 'volunteering', status: 'new', author: 'zh-TW',
    body: '希望積分除了獎品以外，也能兌換交通卡儲值，參加活動的交通費比較負擔得起。',
    created: '2026-11-16', votes: 4,
  },
  {
    title: '为上海的活动建一个微信群', category: 'communication', status: 'under_review', author: 'zh-CN',
    body: '活动临时变更时，微信群比邮件更快通知到大家。',
    reply: '我们正在了解如何在保护隐私的前提下建立群聊。',
    created: '2026-07-28', changedAfter: 16, votes: 10,
  },
  {
    title: 'Bike racks at the Community Hall', category: 'other', status: 'planned', author: 'guest',
    body: 'There is nowhere to lock a bike near the hall; people chain them to the fence.',
    reply: 'The landlord has agreed: the racks go up in December.',
    created: '2026-08-11', changedAfter: 60, votes: 7,
  },
];

export interface Suggestions {
  suggestions: SuggestionRecord[];
  votes: VoteRecord[];
}

/**
 * The suggestion box: every status, staff replies on most that were looked
 * at, anonymous ones that keep nothing of their author, one hidden as spam,
 * and votes from members and browsers, one each.
 */
export function fillSuggestionBox(data: StoreData, random: Random, cast: Cast): Suggestions {
  const plans = [...PLANS].sort((a, b) => byTime(a.created, b.created));
  const suggestions: SuggestionRecord[] = [];
  const votes: VoteRecord[] = [];
  for (const plan of plans) {
    const created = utc(plan.created, '08:00') + random.int(0, 12 * 60) * MINUTE;
    const author =
      plan.author === 'anonymous' || plan.author === 'guest'
        ? null
        : random.pick(cast.members.filter((member) => member.locale === plan.author && isMemberAt(member, created)));
    const suggestion: SuggestionRecord = {
      id: nextId(data, 'sug'),
      title: plan.title,
      body: plan.body,
      category: plan.category,
      status: plan.status,
      authorName: author?.name ?? null,
      staffReply: plan.reply ?? null,
      createdAt: iso(created),
      authorMemberId: author?.id ?? null,
      contactEmail: plan.author === 'guest' ? `${plan.hidden ? 'deals' : random.pick(['kai', 'maren', 'jo'])}@example.net` : null,
      hidden: plan.hidden ?? false,
      updatedAt: iso(Math.min(created + (plan.changedAfter ?? 0) * DAY, SEED_NOW - HOUR)),
    };
    suggestions.push(suggestion);

    const voters = random.sample(
      cast.members.filter((member) => member.id !== author?.id && isMemberAt(member, SEED_NOW)),
      Math.round(plan.votes * 0.75),
      (member) => cast.engagement.get(member.id) ?? 0.5,
    );
    const castAt = (from: number) => iso(from + Math.floor(random.next() * (SEED_NOW - HOUR - from)));
    for (const member of voters) {
      votes.push({ suggestionId: suggestion.id, voter: `member:${member.id}`, at: castAt(Math.max(created, Date.parse(member.joinedAt))) });
    }
    for (let index = voters.length; index < plan.votes; index++) {
      votes.push({ suggestionId: suggestion.id, voter: `browser:${random.token(24)}`, at: castAt(created) });
    }
  }
  votes.sort((a, b) => byTime(a.at, b.at));
  return { suggestions, votes };
}
