import { expect } from '@open-wc/testing';
import { dateRange } from './date-range.js';
import { en } from './en.js';
import { resolveLocale, SUPPORTED_LOCALES, tableLocale } from './locale.js';
import { localizerFor } from './localizer.js';
import type { Messages } from './messages.js';
import { catalogProblems, tableProblems } from '../test-support/table-problems.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';
import { formMessages } from '../shared/form/messages.js';
import { formZhHans } from '../shared/form/messages.zh-hans.js';

const TABLES = { en, 'zh-CN': zhHans, 'zh-TW': zhHant } as const;

// @ts-expect-error A table without one of the groups does not compile.
const incomplete: Messages = { states: en.states };

describe('message tables', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} has every message, its placeholders and its language's plural forms`, () => {
      expect(tableProblems(en, TABLES[locale], locale)).to.deep.equal([]);
    });
  }

  it('notice a missing key, a lost placeholder and a missing plural form', () => {
    const broken = {
      ...en,
      states: { ...en.states, retry: undefined },
      dialog: { shut: 'Close' },
    };
    const brokenForm = { ...formMessages.en, tooSmall: 'Enter a larger number.', summary: { other: '{count} fields need your attention.' } };
    expect(tableProblems(en, incomplete, 'en')).to.deep.equal(['en: dialog is missing']);
    expect(tableProblems(en, broken, 'en')).to.deep.equal([
      'en: states.retry is missing',
      'en: dialog.close is missing',
      'en: dialog.shut is not in the reference table',
    ]);
    expect(tableProblems(formMessages.en, brokenForm, 'en')).to.deep.equal([
      'en: tooSmall has placeholders {}, expected {min}',
      'en: summary has no "one" form',
    ]);
  });

  it('find nothing wrong with the form texts in any language', async () => {
    expect(await catalogProblems(formMessages)).to.deep.equal([]);
  });

  it('check a widget catalog table by table against its English one', async () => {
    const catalog = {
      en: { hi: 'Hi {name}' },
      load: { 'zh-CN': async () => ({ hi: '你好' }), 'zh-TW': async () => ({ hi: '你好 {name}' }) },
    };
    expect(await catalogProblems(catalog)).to.deep.equal(['zh-CN: hi has placeholders {}, expected {name}']);
  });
});

describe('Localizer', () => {
  it('picks the plural form the language needs and formats the count', () => {
    const english = localizerFor('en');
    expect(english.plural(formMessages.en.summary, 1)).to.equal('1 field needs your attention.');
    expect(english.plural(formMessages.en.summary, 1200)).to.equal('1,200 fields need your attention.');
    expect(localizerFor('zh-CN').plural(formZhHans.summary, 1)).to.equal(formZhHans.summary.other.replace('{count}', '1'));
  });

  it('says relative times in the largest unit that fits', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
    expect(localizerFor('en').relativeTime(days(1), now)).to.equal('tomorrow');
    expect(localizerFor('en').relativeTime(days(19), now)).to.equal('in 3 weeks');
    expect(localizerFor('zh-CN').relativeTime(days(3), now)).to.equal('3天后');
    expect(localizerFor('zh-TW').relativeSeconds(30)).to.equal('30 秒後');
  });

  it("says a date range in the event's time zone, with the zone's name", () => {
    const start = new Date('2026-12-12T13:00:00Z');
    const end = new Date('2026-12-12T16:00:00Z');
    expect(dateRange('en', start, end, 'Europe/Berlin')).to.match(/^Saturday, December 12, 2026\b.*\b2:00\b.*\b5:00\sPM GMT\+1$/);
    const morning = [new Date('2026-12-12T06:00:00Z'), new Date('2026-12-12T09:00:00Z')] as const;
    expect(dateRange('zh-CN', ...morning, 'Asia/Shanghai')).to.match(/^2026年12月12日星期六 14:00\s?[–-]\s?17:00 GMT\+8$/);
  });

  it('fills in placeholders, formatting numbers for the language', () => {
    expect(localizerFor('en').fill('Enter {min} or more.', { min: 10000 })).to.equal('Enter 10,000 or more.');
    expect(localizerFor('en').fill('{unknown} stays', {})).to.equal('{unknown} stays');
  });
});

describe('choosing a language', () => {
  it('takes the first well-formed tag, canonical, and English for a language it does not speak', () => {
    expect(resolveLocale('ZH-tw')).to.equal('zh-TW');
    expect(resolveLocale(undefined, '', 'en-gb')).to.equal('en-GB');
    expect(resolveLocale('not a tag!', 'zh')).to.equal('zh');
    expect(resolveLocale('fr-CA', 'zh-CN')).to.equal('en');
  });

  it('reads Traditional Chinese for zh-Hant, Taiwan, Hong Kong and Macao, Simplified for other Chinese', () => {
    const tables = ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-HK', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'en-US', 'de'].map(
      tableLocale,
    );
    expect(tables).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-TW', 'zh-TW', 'zh-TW', 'zh-TW', 'en', 'en']);
  });
});
