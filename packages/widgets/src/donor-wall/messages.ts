import type { DonorTier } from '@ngo-kit/sdk/schemas';
import type { Catalog } from '../i18n/catalog.js';
import type { Plural } from '../i18n/messages.js';

export interface DonorWallMessages {
  label: string;
  loading: string;
  empty: string;
  /** Announced when the wall arrives. */
  count: Plural;
  /** In place of the name of a donor who chose not to be named. */
  anonymous: string;
  /** The heading of each tier's group. */
  tiers: Record<DonorTier, string>;
  /** One donor's tier, beside the name when the wall is grouped by quarter. */
  tier: Record<DonorTier, string>;
  /** The heading of a quarter's group; `{year}` as written, `{quarter}` 1 to 4. */
  quarter: string;
}

export const donorWallMessages: Catalog<DonorWallMessages> = {
  en: {
    label: 'Our donors',
    loading: 'Loading our donors…',
    empty: 'There are no donors to show for this period yet.',
    count: { one: 'With thanks to {count} donor', other: 'With thanks to {count} donors' },
    anonymous: 'A friend of the organisation',
    tiers: { benefactor: 'Benefactors', patron: 'Patrons', friend: 'Friends', supporter: 'Supporters' },
    tier: { benefactor: 'Benefactor', patron: 'Patron', friend: 'Friend', supporter: 'Supporter' },
    quarter: 'Q{quarter} {year}',
  },
  'zh-CN': {
    label: '我们的捐赠者',
    loading: '正在加载捐赠者名单…',
    empty: '这一时期暂时没有可以展示的捐赠者。',
    count: { other: '衷心感谢 {count} 位捐赠者' },
    anonymous: '一位本机构的朋友',
    tiers: { benefactor: '主要捐助人', patron: '赞助人', friend: '爱心伙伴', supporter: '支持者' },
    tier: { benefactor: '主要捐助人', patron: '赞助人', friend: '爱心伙伴', supporter: '支持者' },
    quarter: '{year}年第{quarter}季度',
  },
  'zh-TW': {
    label: '我們的捐贈者',
    loading: '正在載入捐贈者名單…',
    empty: '這段期間暫時沒有可以展示的捐贈者。',
    count: { other: '衷心感謝 {count} 位捐贈者' },
    anonymous: '一位本機構的朋友',
    tiers: { benefactor: '主要捐助人', patron: '贊助人', friend: '愛心夥伴', supporter: '支持者' },
    tier: { benefactor: '主要捐助人', patron: '贊助人', friend: '愛心夥伴', supporter: '支持者' },
    quarter: '{year}年第{quarter}季',
  },
};
