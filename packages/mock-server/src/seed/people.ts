import type { Random } from './random.js';

/** The languages members use, as the contract's locales. */
export type SeedLocale = 'en' | 'zh-CN' | 'zh-TW';

/** A made-up person: the name as they write it and the Latin letters their e-mail is made of. */
export interface Person {
  name: string;
  /** e.g. `wang.fang`: the local part of an e-mail address before it is made unique. */
  handle: string;
}

const ENGLISH_GIVEN = [
  'Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Grace', 'Hannah', 'Isaac', 'Julia',
  'Karim', 'Laura', 'Marco', 'Nina', 'Oliver', 'Paula', 'Rosa', 'Samuel', 'Tara', 'Umar',
  'Vera', 'William', 'Yusuf', 'Zoe', 'Amelia', 'Leon', 'Sofia', 'Jonas', 'Mia', 'Lukas',
  'Fatima', 'Noah', 'Ingrid', 'Tomás', 'Aisha', 'Elena', 'Patrick', 'Helen', 'Mateo', 'Lea',
];

const ENGLISH_FAMILY = [
  'Müller', 'Schmidt', 'Weber', 'Becker', 'Wagner', 'Smith', 'Jones', 'Brown', 'Taylor', 'Wilson',
  'Novak', 'Kowalski', 'Rossi', 'García', 'Dubois', 'Yilmaz', 'Okafor', 'Haddad', 'Nguyen', 'Kim',
  'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Braun', 'Walker', 'Evans',
];

/** Simplified characters with their pinyin. */
const CHINESE_FAMILY: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'],
  ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'],
  ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'],
];

const CHINESE_GIVEN: readonly (readonly [string, string])[] = [
  ['芳', 'fang'], ['伟', 'wei'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'],
  ['强', 'qiang'], ['磊', 'lei'], ['洋', 'yang'], ['艳', 'yan'], ['勇', 'yong'], ['杰', 'jie'],
  ['婷', 'ting'], ['晨', 'chen'], ['浩然', 'haoran'], ['子涵', 'zihan'], ['雨桐', 'yutong'], ['思远', 'siyuan'],
  ['欣怡', 'xinyi'], ['宇轩', 'yuxuan'], ['佳怡', 'jiayi'], ['明辉', 'minghui'], ['晓燕', 'xiaoyan'], ['建华', 'jianhua'],
];

/** Traditional characters with the romanisation common in Taiwan. */
const TAIWANESE_FAMILY: readonly (readonly [string, string])[] = [
  ['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'lee'], ['王', 'wang'],
  ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang'], ['許', 'hsu'], ['鄭', 'cheng'],
];

const TAIWANESE_GIVEN: readonly (readonly [string, string])[] = [
  ['志明', 'chihming'], ['淑芬', 'shufen'], ['家豪', 'chiahao'], ['怡君', 'yichun'], ['俊傑', 'chunchieh'],
  ['雅婷', 'yating'], ['冠宇', 'kuanyu'], ['佩珊', 'peishan'], ['宗翰', 'tsunghan'], ['詩涵', 'shihhan'],
  ['承恩', 'chengen'], ['美玲', 'meiling'],
];

/** A new made-up person who writes in `locale`. */
export function personFor(random: Random, locale: SeedLocale): Person {
  if (locale === 'en') {
    const given = random.pick(ENGLISH_GIVEN);
    const family = random.pick(ENGLISH_FAMILY);
    return { name: `${given} ${family}`, handle: `${latin(given)}.${latin(family)}` };
  }
  const [familyNames, givenNames] = locale === 'zh-CN' ? [CHINESE_FAMILY, CHINESE_GIVEN] : [TAIWANESE_FAMILY, TAIWANESE_GIVEN];
  const [family, familyLatin] = random.pick(familyNames);
  const [given, givenLatin] = random.pick(givenNames);
  return { name: `${family}${given}`, handle: `${familyLatin}.${givenLatin}` };
}

/** Lower-case ASCII letters only, for the e-mail address: `Müller` → `muller`. */
function latin(text: string): string {
  const ascii = /^[A-Za-z]+$/.test(text) ? text : text.normalize('NFD').replace(/[^A-Za-z]/g, '');
  return ascii.toLowerCase();
}

/**
 * Hands out e-mail addresses at the reserved example domains, each once:
 * a second `wang.fang` becomes `wang.fang2`.
 */
export function createEmailBook(): (handle: string, domain?: string) => string {
  const taken = new Map<string, number>();
  return (handle, domain = 'example.org') => {
    const count = (taken.get(`${handle}@${domain}`) ?? 0) + 1;
    taken.set(`${handle}@${domain}`, count);
    return `${handle}${count === 1 ? '' : count}@${domain}`;
  };
}
