import type { MemberRecord } from '../resources/members/data.js';
import type { SurveyRecord, SurveyResponseRecord } from '../resources/surveys/data.js';
import { nextId, type StoreData } from '../store.js';
import { isMemberAt, type Cast } from './members.js';
import type { Random } from './random.js';
import { HOUR, MINUTE, SEED_NOW, iso, zoned } from './time.js';

type Question = SurveyRecord['questions'][number];
type Answer = SurveyResponseRecord['answers'][string];

/** Shares of each score, from which a survey's answers are dealt. */
type Shares = Record<number, number>;

/** How one half-year survey went: the designed figures behind the satisfaction KPI and the NPS. */
interface SurveyPlan {
  title: string;
  description: string;
  opens: string;
  closes: string;
  complete: number;
  drafts: number;
  /** CSAT scores 1–5: 4 and 5 count as satisfied. */
  csat: Shares;
  /** NPS scores 0–10 by band: 9–10 promoters, 7–8 passives, 0–6 detractors. */
  nps: { promoters: number; passives: number; detractors: number };
  extraQuestions: Question[];
}

const SCALE: [string, string, string, string, string] = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];

const QUESTIONS: readonly Question[] = [
  {
    id: 'recommend', type: 'nps', required: true,
    prompt: 'How likely are you to recommend us to a friend or neighbour?',
    lowLabel: 'Not at all likely', highLabel: 'Extremely likely',
  },
  { id: 'overall', type: 'csat', required: true, prompt: 'How satisfied are you with the organisation overall?' },
  { id: 'events', type: 'csat', required: false, prompt: 'How satisfied are you with the events you took part in?' },
  {
    id: 'statements', type: 'likert', required: true, prompt: 'How far do you agree?', scale: SCALE,
    statements: [
      { id: 'informed', label: 'I know what is going on in the organisation.' },
      { id: 'welcome', label: 'I feel welcome at events.' },
      { id: 'heard', label: 'My ideas and suggestions are heard.' },
    ],
  },
  {
    id: 'channel', type: 'single_choice', required: true, prompt: 'How do you mostly hear about our events?',
    options: [
      { id: 'newsletter', label: 'The monthly newsletter' },
      { id: 'website', label: 'The website' },
      { id: 'friends', label: 'Friends and other members' },
      { id: 'wechat', label: 'WeChat' },
      { id: 'social', label: 'Other social media' },
    ],
  },
  {
    id: 'more_of', type: 'multiple_choice', required: false, prompt: 'What should we do more of? Choose up to three.',
    minSelections: 1, maxSelections: 3,
    options: [
      { id: 'outdoor', label: 'Outdoor activities' },
      { id: 'workshops', label: 'Workshops and courses' },
      { id: 'online', label: 'Online events' },
      { id: 'fundraising', label: 'Fundraising events' },
      { id: 'social', label: 'Social evenings' },
      { id: 'culture', label: 'Cultural festivals' },
    ],
  },
  { id: 'comment', type: 'free_text', required: false, maxLength: 2000, prompt: 'What could we do better?' },
];

const PLANS: readonly SurveyPlan[] = [
  {
    title: 'How are we doing? Satisfaction survey, first half of 2026',
    description: 'Seven questions, five minutes. Your answers shape the programme of the second half of the year.',
    opens: '2026-06-01', closes: '2026-06-30',
    complete: 72, drafts: 6,
    csat: { 5: 0.43, 4: 0.4, 3: 0.11, 2: 0.04, 1: 0.02 },
    nps: { promoters: 0.42, passives: 0.36, detractors: 0.22 },
    extraQuestions: [],
  },
  {
    title: 'How are we doing? Satisfaction survey, second half of 2026',
    description: 'Eight questions, five minutes. This time we also ask about your plans for next year.',
    opens: '2026-11-02', closes: '2026-11-30',
    complete: 48, drafts: 9,
    csat: { 5: 0.5, 4: 0.36, 3: 0.09, 2: 0.03, 1: 0.02 },
    nps: { promoters: 0.48, passives: 0.34, detractors: 0.18 },
    extraQuestions: [
      {
        id: 'next_year', type: 'single_choice', required: false, prompt: 'Would you like to volunteer more next year?',
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'maybe', label: 'Maybe' },
          { id: 'no', label: 'No' },
        ],
      },
    ],
  },
];

const COMMENTS: Record<'en' | 'zh', readonly string[]> = {
  en: [
    'Start the exchange meetings a little later on Saturdays.',
    'More events that children can come to.',
    'The newsletter is great, but it arrives at a busy time of the month.',
    'Please put the address and the nearest tram stop in every notice.',
    'Thank you to all the volunteers!',
    'It took a while before anyone spoke to me at my first event.',
  ],
  zh: ['希望多一些中文活动。', '志愿者们辛苦了！', '线上活动的时间对国内的会员不太方便。', '通知最好提前一周发出。'],
};

export interface Surveys {
  surveys: SurveyRecord[];
  /** Ordered by `createdAt`. */
  responses: SurveyResponseRecord[];
}

/**
 * The two half-yearly surveys (June and November 2026) and their responses:
 * complete ones, dealt from the shares of each plan so that the figures are
 * the designed ones, and drafts that stopped before the required questions.
 */
export function runSurveys(data: StoreData, random: Random, cast: Cast): Surveys {
  const surveys: SurveyRecord[] = [];
  const responses: (SurveyResponseRecord & { ms: number })[] = [];
  for (const plan of PLANS) {
    const opensAt = zoned(plan.opens, '00:00', 'Europe/Berlin');
    const closesAt = zoned(plan.closes, '23:59', 'Europe/Berlin');
    const [opens, closes] = [opensAt.ms, closesAt.ms];
    const survey: SurveyRecord = {
      id: nextId(data, 'svy'),
      title: plan.title,
      description: plan.description,
      opensAt: opensAt.iso,
      closesAt: closesAt.iso,
      questions: [...QUESTIONS, ...plan.extraQuestions],
    };
    surveys.push(survey);

    const until = Math.min(closes, SEED_NOW - HOUR);
    const total = plan.complete + plan.drafts;
    const members = random.sample(
      cast.members.filter((member) => isMemberAt(member, opens) && isMemberAt(member, until)),
      Math.round(total * 0.85),
      (member) => cast.engagement.get(member.id) ?? 0.5,
    );
    const respondents: (MemberRecord | null)[] = random.shuffle([...members, ...Array<null>(total - members.length).fill(null)]);
    const overall = deal(random, plan.complete, plan.csat);
    const events = deal(random, Math.round(plan.complete * 0.8), plan.csat);
    const nps = dealNps(random, plan.complete, plan.nps);

    respondents.forEach((member, index) => {
      const complete = index < plan.complete;
      const created = opens + HOUR + Math.floor(random.next() * (until - opens - 2 * HOUR));
      const chinese = member ? member.locale !== 'en' : random.chance(0.3);
      const answers: Record<string, Answer> = { recommend: { type: 'nps', value: complete ? (nps[index] ?? 8) : random.int(5, 10) } };
      if (complete) {
        answers.overall = { type: 'csat', value: overall[index] ?? 4 };
        const eventsScore = events[index];
        if (eventsScore !== undefined) answers.events = { type: 'csat', value: eventsScore };
        Object.assign(answers, optionalAnswers(random, survey, chinese));
      } else if (random.chance(0.5)) {
        answers.overall = { type: 'csat', value: random.int(2, 5) };
      }
      responses.push({
        id: '',
        surveyId: survey.id,
        answers,
        complete,
        createdAt: iso(created),
        updatedAt: iso(created + random.int(complete ? 2 : 1, complete ? 15 : 3) * MINUTE),
        respondent: member ? `member:${member.id}` : `browser:${random.token(24)}`,
        memberId: member?.id ?? null,
        ms: created,
      });
    });
  }
  responses.sort((a, b) => a.ms - b.ms);
  return { surveys, responses: responses.map(({ ms: _ms, ...response }) => ({ ...response, id: nextId(data, 'rsp') })) };
}

/** How often each option is chosen; Chinese speakers hear of events on WeChat. */
const CHOICE_WEIGHTS: Record<string, number> = { newsletter: 4, website: 2, friends: 3, wechat: 0.2, social: 1, yes: 3, maybe: 4, no: 1 };
const CHOICE_WEIGHTS_ZH: Record<string, number> = { ...CHOICE_WEIGHTS, wechat: 5 };
const LIKERT_SCORES = [1, 2, 3, 4, 5];
const LIKERT_WEIGHTS = [3, 7, 20, 40, 30];

/** The answers after the two CSAT questions, which a complete response has where they are required. */
function optionalAnswers(random: Random, survey: SurveyRecord, chinese: boolean): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const question of survey.questions) {
    if (question.type === 'likert') {
      const value: Record<string, number> = {};
      for (const statement of question.statements) value[statement.id] = random.weighted(LIKERT_SCORES, (s) => LIKERT_WEIGHTS[s - 1] ?? 0);
      answers[question.id] = { type: 'likert', value };
    } else if (question.type === 'single_choice' && (question.required || random.chance(0.7))) {
      const weights = chinese ? CHOICE_WEIGHTS_ZH : CHOICE_WEIGHTS;
      answers[question.id] = { type: 'single_choice', value: random.weighted(question.options, (option) => weights[option.id] ?? 1).id };
    } else if (question.type === 'multiple_choice' && random.chance(0.7)) {
      const chosen = random.sample(question.options, random.int(question.minSelections, question.maxSelections));
      answers[question.id] = { type: 'multiple_choice', value: chosen.map((option) => option.id) };
    } else if (question.type === 'free_text' && random.chance(0.35)) {
      answers[question.id] = { type: 'free_text', value: random.pick(COMMENTS[chinese ? 'zh' : 'en']) };
    }
  }
  return answers;
}

/** `count` scores in the given shares (largest remainder, so they add up), in random order. */
function deal(random: Random, count: number, shares: Shares): number[] {
  const scores = Object.keys(shares).map(Number);
  const exact = scores.map((score) => (shares[score] ?? 0) * count);
  const counts = exact.map(Math.floor);
  const order = scores.map((_, index) => index).sort((a, b) => ((exact[b] ?? 0) % 1) - ((exact[a] ?? 0) % 1));
  for (let index = 0; counts.reduce((sum, n) => sum + n, 0) < count; index++) {
    const at = order[index % order.length] ?? 0;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return random.shuffle(scores.flatMap((score, index) => Array<number>(counts[index] ?? 0).fill(score)));
}

/** NPS scores dealt by band, each score within its band at random. */
function dealNps(random: Random, count: number, bands: SurveyPlan['nps']): number[] {
  const band = deal(random, count, { 10: bands.promoters, 8: bands.passives, 6: bands.detractors });
  return band.map((top) => (top === 10 ? random.int(9, 10) : top === 8 ? random.int(7, 8) : random.int(2, 6)));
}
