import type { PointsTier } from '@ngo-kit/sdk';
import type { Catalog } from '../i18n/catalog.js';
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

export const pointsBadgeMessages: Catalog<PointsBadgeMessages> = {
  en: {
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
  'zh-CN': {
    title: '我的志愿积分',
    loading: '正在加载积分…',
    balance: { other: '{count} 积分' },
    earnedTotal: { other: '累计获得 {count} 积分' },
    tiers: { bronze: '铜牌', silver: '银牌', gold: '金牌', platinum: '白金' },
    tier: '{tier}等级',
    openPanel: '查看我的积分：',
    toNextTier: { other: '再获得 {count} 积分即可升至{tier}' },
    topTier: '您已达到最高等级，感谢您的付出！',
    toNextReward: { other: '再攒 {count} 积分即可兑换“{reward}”' },
    everyReward: '您的积分足以兑换所有有货的奖品。',
    signIn: {
      prompt: '登录后即可查看您的志愿积分、奖品和证书。',
      link: '登录',
      plain: '请在本网站登录，查看您的志愿积分、奖品和证书。',
      expired: '您的登录已过期，请重新登录以查看积分。',
      compact: '登录查看积分',
    },
    ledger: {
      title: '最近记录',
      empty: '还没有积分。参加一次活动或做一次志愿服务，就能获得第一笔积分。',
      more: '显示更多',
      loadingMore: '正在加载更多…',
      earned: { other: '+{count} 积分' },
      spent: { other: '−{count} 积分' },
      attendance: '参加活动',
      hours: { other: '志愿服务 {count} 小时' },
      adjustment: '工作人员调整',
      redeemed: '兑换奖品',
    },
    rewards: {
      title: '奖品兑换',
      empty: '目前还没有可兑换的奖品。',
      cost: { other: '{count} 积分' },
      left: { other: '剩余 {count} 件' },
      outOfStock: '已兑完',
      needMore: { other: '还差 {count} 积分。' },
      oneAtATime: '您的另一项兑换正在提交中，请稍候再兑换。',
      waiting: '已保存在本设备上，等待发送。',
      redeem: '兑换',
      confirm: { other: '确定用 {count} 积分兑换“{reward}”吗？兑换后余额为 {balance} 积分。' },
      confirmYes: '确定兑换',
      cancel: '取消',
      sending: '正在兑换…',
      redeemed: { other: '您已成功兑换“{reward}”，当前余额为 {count} 积分。' },
      prizeFollows: '我们会联系您安排领取。',
      certificateReady: '证书已备好，工作人员会寄送给您。',
      notEnough: '您的积分已不足以兑换“{reward}”，未扣除任何积分。',
      soldOut: '“{reward}”刚刚兑完，未扣除任何积分。',
      offline: '您目前处于离线状态。“{reward}”的兑换请求已保存在本设备上，网络恢复后只会发送一次；在此之前不会扣除积分。',
      pending: { other: '有 {count} 项兑换保存在本设备上，网络恢复后将自动发送。' },
      someReward: '您的奖品',
    },
    certificates: {
      title: '志愿服务证书',
      empty: '还没有证书。每个季度只要参加过志愿服务，就会获得一张证书。',
      quarter: '{year}年第{quarter}季度',
      year: '{year}年',
      hours: { other: '服务 {count} 小时' },
      issued: '颁发于 {date}',
      download: '下载（SVG）',
      downloading: '正在准备下载…',
    },
  },
  'zh-TW': {
    title: '我的志工積分',
    loading: '正在載入積分…',
    balance: { other: '{count} 積分' },
    earnedTotal: { other: '累計獲得 {count} 積分' },
    tiers: { bronze: '銅牌', silver: '銀牌', gold: '金牌', platinum: '白金' },
    tier: '{tier}等級',
    openPanel: '查看我的積分：',
    toNextTier: { other: '再獲得 {count} 積分即可升至{tier}' },
    topTier: '您已達到最高等級，感謝您的付出！',
    toNextReward: { other: '再累積 {count} 積分即可兌換「{reward}」' },
    everyReward: '您的積分足以兌換所有尚有庫存的獎品。',
    signIn: {
      prompt: '登入後即可查看您的志工積分、獎品和證書。',
      link: '登入',
      plain: '請在本網站登入，查看您的志工積分、獎品和證書。',
      expired: '您的登入已逾時，請重新登入以查看積分。',
      compact: '登入查看積分',
    },
    ledger: {
      title: '最近紀錄',
      empty: '還沒有積分。參加一次活動或擔任一次志工，就能獲得第一筆積分。',
      more: '顯示更多',
      loadingMore: '正在載入更多…',
      earned: { other: '+{count} 積分' },
      spent: { other: '−{count} 積分' },
      attendance: '參加活動',
      hours: { other: '志工服務 {count} 小時' },
      adjustment: '工作人員調整',
      redeemed: '兌換獎品',
    },
    rewards: {
      title: '獎品兌換',
      empty: '目前還沒有可兌換的獎品。',
      cost: { other: '{count} 積分' },
      left: { other: '剩餘 {count} 件' },
      outOfStock: '已兌換完畢',
      needMore: { other: '還差 {count} 積分。' },
      oneAtATime: '您的另一項兌換正在送出，請稍候再兌換。',
      waiting: '已儲存在本裝置上，等待傳送。',
      redeem: '兌換',
      confirm: { other: '確定以 {count} 積分兌換「{reward}」嗎？兌換後餘額為 {balance} 積分。' },
      confirmYes: '確定兌換',
      cancel: '取消',
      sending: '正在兌換…',
      redeemed: { other: '您已成功兌換「{reward}」，目前餘額為 {count} 積分。' },
      prizeFollows: '我們會與您聯絡安排領取。',
      certificateReady: '證書已準備好，工作人員會寄送給您。',
      notEnough: '您的積分已不足以兌換「{reward}」，未扣除任何積分。',
      soldOut: '「{reward}」剛剛兌換完畢，未扣除任何積分。',
      offline: '您目前處於離線狀態。「{reward}」的兌換要求已儲存在本裝置上，網路恢復後只會傳送一次；在此之前不會扣除積分。',
      pending: { other: '有 {count} 項兌換儲存在本裝置上，網路恢復後將自動傳送。' },
      someReward: '您的獎品',
    },
    certificates: {
      title: '志工服務證書',
      empty: '還沒有證書。每一季只要擔任過志工，就會獲得一張證書。',
      quarter: '{year}年第{quarter}季',
      year: '{year}年',
      hours: { other: '服務 {count} 小時' },
      issued: '頒發於 {date}',
      download: '下載（SVG）',
      downloading: '正在準備下載…',
    },
  },
};
