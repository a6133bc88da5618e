import type { EventRecord } from '../resources/events/data.js';
import type { SeedTimeZone } from './time.js';

type Question = NonNullable<EventRecord['questions']>[number];
type Location = NonNullable<EventRecord['location']>;

/**
 * One event of the demo organisation's programme and how it went (or is
 * going): the registrations and check-ins the seed makes for it.
 */
export interface EventPlan {
  title: string;
  summary: string;
  language: 'en' | 'zh-CN';
  /** Local date and times in `timeZone`. */
  date: string;
  starts: string;
  ends: string;
  timeZone: SeedTimeZone;
  kind: EventRecord['kind'];
  location: Location | null;
  /** The path of the meeting link under https://meet.example.org/, for online and hybrid events. */
  meeting?: string;
  capacity: number | null;
  tags: string[];
  series?: string;
  points: number;
  questions?: Question[];
  /** Set when the organiser cancelled the event on that date: every registration was cancelled with it. */
  cancelledOn?: string;
  /** Local date and time in `timeZone` after which registration closed. */
  deadline?: string;
  /** When the event was published; default 45 days before it, at 10:00 UTC. */
  published?: string;
  /** Confirmed registrations (members, guests and volunteers together); of a cancelled event, those it had. */
  confirmed: number;
  /** Of `confirmed`, how many help as volunteers (they always come, and serve hours). */
  volunteers: number;
  /** Check-ins of a past event; absent for one still to come. */
  attended?: number;
  /** Registrations beyond the capacity, in the waitlist. */
  waitlisted?: number;
}

const COMMUNITY_HALL: Location = { name: 'Community Hall', address: 'Lindenstraße 12', city: 'Berlin', country: 'DE' };
const RIVERSIDE_PARK: Location = { name: 'Riverside Park, north gate', city: 'Berlin', country: 'DE' };
const YOUTH_CENTRE: Location = { name: 'Youth Centre Wedding', address: 'Malplaquetstraße 30', city: 'Berlin', country: 'DE' };
const SQUARE: Location = { name: 'Boxhagener Platz', address: 'Boxhagener Platz', city: 'Berlin', country: 'DE' };
const SHANGHAI_CENTRE: Location = { name: '社区活动中心', address: '长宁路 88 号', city: '上海', country: 'CN' };
const SHANGHAI_LIBRARY: Location = { name: '长宁区图书馆 三楼阅览室', address: '长宁路 1269 号', city: '上海', country: 'CN' };

const DIETARY: Question = {
  id: 'dietary',
  type: 'choice',
  prompt: 'Dietary needs',
  required: true,
  options: [
    { id: 'none', label: 'No special needs' },
    { id: 'vegetarian', label: 'Vegetarian' },
    { id: 'vegan', label: 'Vegan' },
    { id: 'halal', label: 'Halal' },
  ],
};

const TOPIC: Question = {
  id: 'topic',
  type: 'text',
  prompt: 'A topic you would like to discuss',
  required: false,
  maxLength: 300,
};

const NOTE: Question = {
  id: 'note',
  type: 'text',
  prompt: 'Anything we should know? Access needs, questions, who you bring along',
  required: false,
  maxLength: 500,
};

const DISTANCE: Question = {
  id: 'distance',
  type: 'choice',
  prompt: 'Route',
  required: true,
  options: [
    { id: '5k', label: '5 km' },
    { id: '10k', label: '10 km' },
  ],
};

const SHIRT: Question = {
  id: 'shirt',
  type: 'choice',
  prompt: 'T-shirt size',
  required: true,
  options: [
    { id: 's', label: 'S' },
    { id: 'm', label: 'M' },
    { id: 'l', label: 'L' },
    { id: 'xl', label: 'XL' },
  ],
};

const DIETARY_ZH: Question = {
  id: 'dietary',
  type: 'choice',
  prompt: '饮食需求',
  required: true,
  options: [
    { id: 'none', label: '无特殊需求' },
    { id: 'vegetarian', label: '素食' },
    { id: 'halal', label: '清真' },
  ],
};

const NOTE_ZH: Question = {
  id: 'note',
  type: 'text',
  prompt: '备注（如需协助或同行人数，请注明）',
  required: false,
  maxLength: 500,
};

const EXCHANGE = {
  language: 'en',
  starts: '14:00',
  ends: '17:00',
  timeZone: 'Europe/Berlin',
  kind: 'hybrid',
  location: COMMUNITY_HALL,
  capacity: 60,
  tags: ['exchange', 'members'],
  series: 'quarterly-exchange',
  points: 50,
  questions: [DIETARY, TOPIC],
} as const satisfies Partial<EventPlan>;

const ONLINE_EVENING = {
  language: 'en',
  starts: '18:30',
  ends: '20:00',
  timeZone: 'Europe/Berlin',
  kind: 'online',
  location: null,
  capacity: null,
  points: 20,
} as const satisfies Partial<EventPlan>;

const ONLINE_EVENING_ZH = {
  language: 'zh-CN',
  starts: '19:30',
  ends: '21:00',
  timeZone: 'Asia/Shanghai',
  kind: 'online',
  location: null,
  capacity: null,
  points: 20,
} as const satisfies Partial<EventPlan>;

const BERLIN_OFFLINE = {
  language: 'en',
  timeZone: 'Europe/Berlin',
  kind: 'offline',
} as const satisfies Partial<EventPlan>;

const SHANGHAI_OFFLINE = {
  language: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  kind: 'offline',
} as const satisfies Partial<EventPlan>;

/**
 * The programme from January 2026 to June 2027, in date order. Past events
 * carry their check-ins (`attended`); the figures are chosen so that
 * participation varies around the 70 % target, some events above and some
 * below, and comes to 633 of 959 over the year (see `year.ts`).
 */
export const EVENT_PLAN: readonly EventPlan[] = [
  {
    ...BERLIN_OFFLINE,
    title: 'New Year volunteer kick-off',
    summary: 'Coffee, the plan for 2026 and a first look at the shifts you can take on.',
    date: '2026-01-17', starts: '10:00', ends: '13:00',
    location: COMMUNITY_HALL, capacity: null, tags: ['volunteers', 'members'], points: 30,
    confirmed: 38, volunteers: 6, attended: 28,
  },
  {
    ...ONLINE_EVENING,
    title: 'Online: how volunteering with us works',
    summary: 'An hour on the kinds of help we need, how shifts are planned and how points work.',
    date: '2026-01-28', ends: '19:30', meeting: 'volunteering-intro-2026-01',
    tags: ['online', 'volunteers'],
    confirmed: 45, volunteers: 2, attended: 22,
  },
  {
    ...SHANGHAI_OFFLINE,
    title: '新春联欢会',
    summary: '一起包饺子、写春联、看节目，欢迎会员带家人参加。',
    date: '2026-02-21', starts: '14:00', ends: '17:00',
    location: SHANGHAI_CENTRE, capacity: 80, tags: ['festival', 'members'], points: 40,
    confirmed: 52, volunteers: 5, attended: 41,
  },
  {
    ...ONLINE_EVENING,
    title: 'Workshop: writing for our newsletter',
    summary: 'How to turn an afternoon of volunteering into a story people want to read.',
    date: '2026-02-25', meeting: 'newsletter-workshop', capacity: 25,
    tags: ['online', 'workshop', 'communication'],
    confirmed: 24, volunteers: 1, attended: 14,
  },
  {
    ...EXCHANGE,
    title: 'Quarterly exchange meeting: spring',
    summary: 'Members and volunteers look back on the winter and plan the charity run.',
    date: '2026-03-14', meeting: 'exchange-2026-q1',
    confirmed: 48, volunteers: 4, attended: 36,
  },
  {
    ...ONLINE_EVENING_ZH,
    title: '线上分享会：社区助学项目进展',
    summary: '项目负责人介绍助学项目一年来的进展，并回答大家的问题。',
    date: '2026-03-25', meeting: 'zh-education-update',
    tags: ['online', 'education'],
    confirmed: 30, volunteers: 1, attended: 17,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Spring clean-up in Riverside Park',
    summary: 'Gloves, bags and a good breakfast afterwards. Families welcome.',
    date: '2026-04-11', starts: '10:00', ends: '13:00',
    location: RIVERSIDE_PARK, capacity: 50, tags: ['environment', 'outdoor'], points: 40,
    confirmed: 40, volunteers: 5, attended: 30,
  },
  {
    ...ONLINE_EVENING,
    title: 'Online course: first aid basics',
    summary: 'A first-aid trainer walks through what to do until help arrives.',
    date: '2026-04-22', ends: '20:30', meeting: 'first-aid-basics', capacity: 40, points: 30,
    tags: ['online', 'workshop'],
    confirmed: 35, volunteers: 1, attended: 20,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Charity run along the river 2026',
    summary: '5 km and 10 km routes; every finisher raises money for the youth programme.',
    date: '2026-05-09', starts: '09:00', ends: '13:00',
    location: RIVERSIDE_PARK, capacity: 200, tags: ['charity-run', 'fundraising', 'sports'], points: 100,
    questions: [DISTANCE, SHIRT, NOTE],
    confirmed: 120, volunteers: 12, attended: 78,
  },
  {
    ...SHANGHAI_OFFLINE,
    title: '社区读书会：五月',
    summary: '本月共读《活着》，欢迎带上你的感想和问题。',
    date: '2026-05-23', starts: '15:00', ends: '17:00',
    location: SHANGHAI_LIBRARY, capacity: 30, tags: ['culture', 'reading'], points: 20,
    confirmed: 22, volunteers: 1, attended: 16,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Summer charity sale',
    summary: 'Books, plants and home-made cakes; everything raised goes to the homework club.',
    date: '2026-06-06', starts: '11:00', ends: '17:00',
    location: SQUARE, capacity: null, tags: ['charity-sale', 'fundraising'], points: 60,
    confirmed: 60, volunteers: 8, attended: 36,
  },
  {
    ...EXCHANGE,
    title: 'Quarterly exchange meeting: summer',
    summary: 'What the charity run raised, and the first results of the half-year survey.',
    date: '2026-06-13', meeting: 'exchange-2026-q2',
    confirmed: 44, volunteers: 4, attended: 31,
  },
  {
    ...ONLINE_EVENING,
    title: 'Online: results of the half-year survey',
    summary: 'What you told us in June, and what we are changing because of it.',
    date: '2026-06-24', ends: '19:30', meeting: 'survey-results-2026-h1',
    tags: ['online', 'feedback'],
    confirmed: 28, volunteers: 0, attended: 15,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Summer picnic for members and families',
    summary: 'Games for the children, a shared buffet and music in the park.',
    date: '2026-07-11', starts: '12:00', ends: '18:00',
    location: RIVERSIDE_PARK, capacity: null, tags: ['members', 'families', 'outdoor'], points: 30,
    questions: [DIETARY, NOTE],
    confirmed: 55, volunteers: 6, attended: 38,
  },
  {
    ...ONLINE_EVENING_ZH,
    title: '线上志愿者培训',
    summary: '新志愿者必修：服务守则、安全须知和积分规则。',
    date: '2026-07-22', meeting: 'zh-volunteer-training', points: 30,
    tags: ['online', 'volunteers', 'training'],
    confirmed: 26, volunteers: 2, attended: 19,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Youth mentoring day',
    summary: 'Volunteers and teenagers meet for workshops on CVs, interviews and first jobs.',
    date: '2026-08-15', starts: '10:00', ends: '15:00',
    location: YOUTH_CENTRE, capacity: 35, tags: ['youth', 'education'], points: 50,
    confirmed: 30, volunteers: 6, attended: 18,
  },
  {
    ...ONLINE_EVENING,
    title: 'Online workshop: digital skills for older neighbours',
    summary: 'How to help someone set up video calls, online banking and a password manager.',
    date: '2026-08-26', meeting: 'digital-skills', points: 30,
    tags: ['online', 'workshop', 'digital-skills'],
    confirmed: 32, volunteers: 2, attended: 18,
  },
  {
    ...EXCHANGE,
    title: 'Quarterly exchange meeting: autumn',
    summary: 'The programme for the rest of the year, and ideas from the suggestion box.',
    date: '2026-09-12', meeting: 'exchange-2026-q3',
    confirmed: 46, volunteers: 4, attended: 32,
  },
  {
    ...SHANGHAI_OFFLINE,
    title: '中秋茶话会',
    summary: '赏月、品茶、分享月饼，新老会员欢聚一堂。',
    date: '2026-09-26', starts: '15:00', ends: '18:00',
    location: SHANGHAI_CENTRE, capacity: 60, tags: ['festival', 'members'], points: 40,
    confirmed: 40, volunteers: 4, attended: 30,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Autumn tree planting',
    summary: 'Forty young trees for the schoolyards of the district, planted with the parks department.',
    date: '2026-10-10', starts: '10:00', ends: '14:00',
    location: RIVERSIDE_PARK, capacity: 45, tags: ['environment', 'outdoor'], points: 60,
    confirmed: 42, volunteers: 5, attended: 27,
  },
  {
    ...ONLINE_EVENING,
    title: 'Online workshop: fundraising for beginners',
    summary: 'Asking for money without fear: letters, stalls and small online campaigns.',
    date: '2026-10-28', meeting: 'fundraising-basics',
    tags: ['online', 'workshop', 'fundraising'],
    confirmed: 27, volunteers: 0, attended: 13,
  },
  {
    ...ONLINE_EVENING_ZH,
    title: '线上交流会：年终回顾',
    summary: '回顾 2026 年的活动，听听大家对明年的想法。',
    date: '2026-11-07', starts: '10:00', ends: '11:30', meeting: 'zh-year-review',
    tags: ['online', 'members'],
    confirmed: 25, volunteers: 0, attended: 15,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Volunteer appreciation evening',
    summary: 'Dinner, music and the certificates of the year: a thank-you to everyone who helped.',
    date: '2026-11-14', starts: '18:00', ends: '21:00',
    location: COMMUNITY_HALL, capacity: 70, tags: ['volunteers', 'members'], points: 40,
    questions: [DIETARY],
    confirmed: 50, volunteers: 3, attended: 39,
  },
  // Everything below is still to come on the seed's "now", 2026-11-23T09:00Z.
  {
    ...BERLIN_OFFLINE,
    title: 'Winter clothing drive',
    summary: 'Sorting and handing out warm clothes with the district’s night shelter.',
    date: '2026-11-28', starts: '10:00', ends: '14:00',
    location: COMMUNITY_HALL, capacity: 30, tags: ['volunteers', 'collection'], points: 40,
    published: '2026-10-12',
    confirmed: 30, volunteers: 6, waitlisted: 6,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Christmas market stand',
    summary: 'Selling mulled wine and crafts for the homework club; shifts of two hours.',
    date: '2026-12-05', starts: '11:00', ends: '19:00',
    location: SQUARE, capacity: 20, tags: ['fundraising', 'christmas'], points: 60,
    deadline: '2026-11-20T23:59', published: '2026-10-20',
    confirmed: 14, volunteers: 8,
  },
  {
    ...ONLINE_EVENING,
    title: 'Online workshop: holiday cards',
    summary: 'Paper, scissors and a camera: we make cards for the residents of the care home.',
    date: '2026-12-09', meeting: 'holiday-cards', tags: ['online', 'workshop', 'crafts'],
    cancelledOn: '2026-11-21', published: '2026-10-28',
    confirmed: 12, volunteers: 0,
  },
  {
    ...EXCHANGE,
    title: 'Quarterly exchange meeting: winter',
    summary: 'Members and volunteers share what the quarter brought and plan the next one.',
    date: '2026-12-12', meeting: 'exchange-2026-q4',
    confirmed: 29, volunteers: 4,
  },
  {
    ...SHANGHAI_OFFLINE,
    title: '冬季爱心义卖',
    summary: '义卖志愿者手工制品，所得款项全部用于社区助学项目。',
    date: '2026-12-19', starts: '10:00', ends: '16:00',
    location: SHANGHAI_CENTRE, capacity: 120, tags: ['charity-sale', 'fundraising'], points: 80,
    questions: [DIETARY_ZH, NOTE_ZH],
    confirmed: 37, volunteers: 6,
  },
  {
    ...ONLINE_EVENING,
    title: 'New volunteer onboarding (online)',
    summary: 'An hour to meet the team, learn how points work and pick your first shift.',
    date: '2027-01-14', ends: '19:30', meeting: 'onboarding-2027-01',
    tags: ['volunteers', 'onboarding'], published: '2026-11-05',
    confirmed: 9, volunteers: 0,
  },
  {
    ...SHANGHAI_OFFLINE,
    title: '2027 元宵联欢会',
    summary: '元宵节当天一起包汤圆、猜灯谜、看表演，欢迎全家参加。',
    date: '2027-02-20', starts: '14:00', ends: '17:00',
    location: SHANGHAI_CENTRE, capacity: 80, tags: ['festival', 'members'], points: 40,
    published: '2026-11-05',
    confirmed: 6, volunteers: 0,
  },
  {
    ...EXCHANGE,
    title: 'Quarterly exchange meeting: spring',
    summary: 'Review of the winter programme and the plan for the charity run.',
    date: '2027-03-27', meeting: 'exchange-2027-q1', published: '2026-11-05',
    confirmed: 3, volunteers: 0,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Charity run along the river 2027',
    summary: '5 km and 10 km routes; every finisher raises money for the youth programme.',
    date: '2027-04-18', starts: '09:00', ends: '13:00',
    location: RIVERSIDE_PARK, capacity: 200, tags: ['charity-run', 'fundraising', 'sports'], points: 100,
    questions: [DISTANCE, SHIRT, NOTE], published: '2026-11-05',
    confirmed: 15, volunteers: 2,
  },
  {
    ...ONLINE_EVENING_ZH,
    title: '线上分享会：助学项目一年回顾',
    summary: '用数字和故事回顾助学项目的一年，并介绍新学年的计划。',
    date: '2027-05-12', meeting: 'zh-education-review', tags: ['online', 'education'], published: '2026-11-05',
    confirmed: 0, volunteers: 0,
  },
  {
    ...BERLIN_OFFLINE,
    title: 'Summer charity sale 2027',
    summary: 'Books, plants and home-made cakes; everything raised goes to the homework club.',
    date: '2027-06-05', starts: '11:00', ends: '17:00',
    location: SQUARE, capacity: null, tags: ['charity-sale', 'fundraising'], points: 60, published: '2026-11-05',
    confirmed: 0, volunteers: 0,
  },
];
