import { expect } from '@open-wc/testing';
import {
  addMonths,
  addMonthsToDay,
  dayAt,
  dayOf,
  daysInMonth,
  parseYearMonth,
  partsOf,
  startOfDay,
  weekdayOf,
} from './calendar-days.js';
import { monthGrid, startOfWeek } from './month-grid.js';
import { firstDayOfRegion, firstDayOfWeek } from './week-start.js';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso).getTime();

describe('calendar days', () => {
  it('does calendar arithmetic on days, not on hours', () => {
    expect(partsOf(dayOf(2026, 10, 25) + 1)).to.deep.equal({ year: 2026, month: 10, date: 26 });
    expect(partsOf(dayOf(2026, 12, 31) + 1)).to.deep.equal({ year: 2027, month: 1, date: 1 });
    expect(weekdayOf(dayOf(2026, 11, 23))).to.equal(1);
    expect(weekdayOf(dayOf(2026, 11, 29))).to.equal(7);
    expect(daysInMonth({ year: 2028, month: 2 })).to.equal(29);
    expect(addMonths({ year: 2026, month: 12 }, 1)).to.deep.equal({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -13)).to.deep.equal({ year: 2024, month: 12 });
    expect(partsOf(addMonthsToDay(dayOf(2027, 1, 31), 1))).to.deep.equal({ year: 2027, month: 2, date: 28 });
    expect(partsOf(addMonthsToDay(dayOf(2028, 2, 29), 12))).to.deep.equal({ year: 2029, month: 2, date: 28 });
    expect(parseYearMonth('2026-11')).to.deep.equal({ year: 2026, month: 11 });
    expect(parseYearMonth('2026-13')).to.equal(undefined);
    expect(parseYearMonth('November')).to.equal(undefined);
  });

  it('finds the start of each day across a change of daylight saving time', () => {
    // Berlin goes back from UTC+2 to UTC+1 at 03:00 on Sunday 25 October 2026: that day has 25 hours
    const saturday = dayOf(2026, 10, 24);
    expect(startOfDay(saturday, 'Europe/Berlin')).to.equal(at('2026-10-23T22:00:00Z'));
    expect(startOfDay(saturday + 1, 'Europe/Berlin')).to.equal(at('2026-10-24T22:00:00Z'));
    expect(startOfDay(saturday + 2, 'Europe/Berlin')).to.equal(at('2026-10-25T23:00:00Z'));
    expect(startOfDay(saturday + 2, 'Europe/Berlin') - startOfDay(saturday + 1, 'Europe/Berlin')).to.equal(25 * HOUR);
    // and forward on 29 March 2026: 23 hours
    const march = dayOf(2026, 3, 29);
    expect(startOfDay(march + 1, 'Europe/Berlin') - startOfDay(march, 'Europe/Berlin')).to.equal(23 * HOUR);
    // New York goes back at 02:00 on Sunday 1 November 2026
    expect(startOfDay(dayOf(2026, 11, 1), 'America/New_York')).to.equal(at('2026-11-01T04:00:00Z'));
    expect(startOfDay(dayOf(2026, 11, 2), 'America/New_York')).to.equal(at('2026-11-02T05:00:00Z'));
  });

  it('starts a day whose midnight is skipped when the clocks jump', () => {
    // Havana springs forward at midnight (00:00 becomes 01:00) on Sunday 8 March 2026
    const start = startOfDay(dayOf(2026, 3, 8), 'America/Havana');
    expect(start).to.equal(at('2026-03-08T05:00:00Z'));
    expect(dayAt(start, 'America/Havana')).to.equal(dayOf(2026, 3, 8));
    expect(dayAt(start - 1, 'America/Havana')).to.equal(dayOf(2026, 3, 7));
  });

  it('starts every day of a year where the day before ends, in zones with odd changes', () => {
    // Casablanca leaves and rejoins UTC+1 around Ramadan (two changes a month apart), Lord Howe moves by
    // half an hour, Havana skips midnight, Chatham is UTC+12:45 or +13:45, Kiritimati UTC+14
    for (const zone of ['Africa/Casablanca', 'Australia/Lord_Howe', 'America/Havana', 'Pacific/Chatham', 'Pacific/Kiritimati', 'UTC']) {
      const wrong: string[] = [];
      for (let day = dayOf(2026, 1, 1); day <= dayOf(2026, 12, 31); day++) {
        const start = startOfDay(day, zone);
        if (dayAt(start, zone) !== day || dayAt(start - 1, zone) !== day - 1) wrong.push(`${zone} ${new Date(day * 86_400_000).toISOString().slice(0, 10)}`);
      }
      expect(wrong).to.deep.equal([]);
    }
  });

  it('tells the day of an instant in a time zone', () => {
    expect(dayAt(at('2026-10-25T23:30:00Z'), 'Europe/Berlin')).to.equal(dayOf(2026, 10, 26));
    expect(dayAt(at('2026-10-25T22:30:00Z'), 'Europe/Berlin')).to.equal(dayOf(2026, 10, 25));
    expect(dayAt(at('2026-12-18T23:30:00Z'), 'Asia/Shanghai')).to.equal(dayOf(2026, 12, 19));
    expect(dayAt(at('2026-12-18T23:30:00Z'), 'America/New_York')).to.equal(dayOf(2026, 12, 18));
  });
});

describe('month grid', () => {
  it('holds whole weeks from the week of the 1st to the week of the last day', () => {
    const mondays = monthGrid({ year: 2026, month: 11 }, 1);
    expect(partsOf(mondays.first)).to.deep.equal({ year: 2026, month: 10, date: 26 });
    expect(mondays.weeks).to.equal(6);
    const sundays = monthGrid({ year: 2026, month: 11 }, 7);
    expect(partsOf(sundays.first)).to.deep.equal({ year: 2026, month: 11, date: 1 });
    expect(sundays.weeks).to.equal(5);
    // February 2026 begins on a Sunday and has exactly four weeks of Sunday to Saturday
    expect(monthGrid({ year: 2026, month: 2 }, 7).weeks).to.equal(4);
    expect(monthGrid({ year: 2026, month: 2 }, 1).weeks).to.equal(5);
    expect(partsOf(startOfWeek(dayOf(2026, 11, 1), 1))).to.deep.equal({ year: 2026, month: 10, date: 26 });
  });
});

describe('first day of the week', () => {
  it('comes from the locale', () => {
    expect(firstDayOfWeek('en')).to.equal(7);
    expect(firstDayOfWeek('en-US')).to.equal(7);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
    expect(firstDayOfWeek('de')).to.equal(1);
    expect(firstDayOfWeek('zh-CN')).to.equal(1);
    expect(firstDayOfWeek('zh-TW')).to.equal(7);
  });

  it('has a fallback by region for browsers without week data', () => {
    expect(firstDayOfRegion('US')).to.equal(7);
    expect(firstDayOfRegion('CN')).to.equal(1);
    expect(firstDayOfRegion('DE')).to.equal(1);
    expect(firstDayOfRegion('FR')).to.equal(1);
    expect(firstDayOfRegion('TW')).to.equal(7);
    expect(firstDayOfRegion('EG')).to.equal(6);
    expect(firstDayOfRegion(undefined)).to.equal(1);
  });
});
