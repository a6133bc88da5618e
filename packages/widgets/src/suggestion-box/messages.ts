import type { SuggestionCategory, SuggestionStatus } from '@ngo-kit/sdk/schemas';
import type { Catalog } from '../i18n/catalog.js';
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

export const suggestionBoxMessages: Catalog<SuggestionBoxMessages> = {
  en: {
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
  'zh-CN': {
    formHeading: '提出建议',
    listHeading: '大家的建议',
    title: '标题',
    titleHint: '3 至 120 个字符。',
    body: '您的建议',
    category: '主题',
    chooseCategory: '请选择主题',
    anonymous: '匿名发送',
    anonymousHint:
      '您的姓名和电子邮件不会与这条建议一起保存，也不会关联您的会员账号，因此包括工作人员在内，任何人都无法知道是谁提出的。工作人员仍可在这里公开回复，但无法单独回复您。',
    name: '您的姓名（选填）',
    nameHint: '会与建议一起公开显示。留空则不显示姓名。',
    signedIn: '您已登录：除非匿名发送，建议旁会显示您的会员姓名。',
    contactEmail: '用于单独回复的电子邮件（选填）',
    contactEmailHint: '仅工作人员可见，用于单独回复您，绝不会公开显示。',
    send: '提交建议',
    waitingForModeration: '谢谢！您的建议已送达团队，正在等待审核：目前尚未公开，团队阅读后才会出现在列表中。',
    published: '谢谢！您的建议已出现在公开列表中。',
    sentAnonymously: '这条建议是匿名发送的：没有保存任何能识别您身份的信息。',
    writeAnother: '再写一条建议',
    rateLimited: '短时间内从这里发送的建议太多了。您写的内容已保留，请{when}再发送。',
    topics: {
      events: '活动',
      communication: '沟通交流',
      volunteering: '志愿服务',
      website: '网站',
      otherTopic: '其他',
    },
    allCategories: '全部主题',
    statuses: {
      new: '新提交',
      under_review: '审核中',
      planned: '已列入计划',
      done: '已完成',
      declined: '未采纳',
    },
    statusLabel: '状态：',
    sortLabel: '排序方式',
    sorts: { votes: '支持最多', recent: '最新提交' },
    loading: '正在加载建议…',
    empty: '还没有建议，欢迎提出第一条。',
    emptyInCategory: '这个主题还没有建议。',
    count: { other: '显示了 {count} 条建议' },
    more: '显示更多',
    loadingMore: '正在加载更多…',
    moreShown: { other: '又显示了 {count} 条建议' },
    by: '{name} 提出',
    staffReply: '团队回复',
    vote: '支持',
    votes: { other: '{count} 票' },
    voted: '已计入您对“{title}”的支持：{votes}。',
    withdrawn: '已撤回您对“{title}”的支持：{votes}。',
    alreadyVoted: '您之前已经支持过“{title}”：每人只能投一票。',
    voteFailed: '服务器出现问题，您的支持未能计入，请重试。',
    voteOffline: '网络未连接，您的支持未能计入。请联网后重试。',
    voteRateLimited: '短时间内从这里投票太多了，请{when}再试。',
  },
  'zh-TW': {
    formHeading: '提出建議',
    listHeading: '大家的建議',
    title: '標題',
    titleHint: '3 至 120 個字元。',
    body: '您的建議',
    category: '主題',
    chooseCategory: '請選擇主題',
    anonymous: '匿名傳送',
    anonymousHint:
      '您的姓名和電子郵件不會與這則建議一起儲存，也不會連結您的會員帳號，因此包括工作人員在內，任何人都無法得知是誰提出的。工作人員仍可在這裡公開回覆，但無法個別回覆您。',
    name: '您的姓名（選填）',
    nameHint: '會與建議一起公開顯示。留空則不顯示姓名。',
    signedIn: '您已登入：除非匿名傳送，建議旁會顯示您的會員姓名。',
    contactEmail: '用於個別回覆的電子郵件（選填）',
    contactEmailHint: '僅工作人員可見，用於個別回覆您，絕不會公開顯示。',
    send: '提交建議',
    waitingForModeration: '謝謝！您的建議已送達團隊，正在等待審核：目前尚未公開，團隊閱讀後才會出現在清單中。',
    published: '謝謝！您的建議已出現在公開清單中。',
    sentAnonymously: '這則建議是匿名傳送的：沒有儲存任何能識別您身分的資訊。',
    writeAnother: '再寫一則建議',
    rateLimited: '短時間內從這裡傳送的建議太多了。您寫的內容已保留，請{when}再傳送。',
    topics: {
      events: '活動',
      communication: '溝通交流',
      volunteering: '志願服務',
      website: '網站',
      otherTopic: '其他',
    },
    allCategories: '全部主題',
    statuses: {
      new: '新提交',
      under_review: '審核中',
      planned: '已列入計畫',
      done: '已完成',
      declined: '未採納',
    },
    statusLabel: '狀態：',
    sortLabel: '排序方式',
    sorts: { votes: '支持最多', recent: '最新提交' },
    loading: '正在載入建議…',
    empty: '還沒有建議，歡迎提出第一則。',
    emptyInCategory: '這個主題還沒有建議。',
    count: { other: '顯示了 {count} 則建議' },
    more: '顯示更多',
    loadingMore: '正在載入更多…',
    moreShown: { other: '又顯示了 {count} 則建議' },
    by: '{name} 提出',
    staffReply: '團隊回覆',
    vote: '支持',
    votes: { other: '{count} 票' },
    voted: '已計入您對「{title}」的支持：{votes}。',
    withdrawn: '已撤回您對「{title}」的支持：{votes}。',
    alreadyVoted: '您先前已經支持過「{title}」：每人只能投一票。',
    voteFailed: '伺服器出現問題，您的支持未能計入，請重試。',
    voteOffline: '網路未連線，您的支持未能計入。請連上網路後重試。',
    voteRateLimited: '短時間內從這裡投票太多了，請{when}再試。',
  },
};
