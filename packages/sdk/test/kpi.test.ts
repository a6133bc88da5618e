import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memberGrowth, met, nps, participation, periodRange, satisfaction, volunteerRetention } from '@ngo-kit/sdk';

describe('memberGrowth', () => {
  it('is the change over the members at the start', () => {
    assert.equal(memberGrowth(120, 150), 0.25);
    assert.equal(memberGrowth(200, 150), -0.25);
    assert.equal(memberGrowth(10, 35), 2.5);
    assert.equal(memberGrowth(80, 80), 0);
  });

  it('is null without members at the start', () => {
    assert.equal(memberGrowth(0, 12), null);
  });
});

describe('participation', () => {
  it('is attended over confirmed registrations', () => {
    assert.equal(participation(35, 50), 0.7);
    assert.equal(participation(0, 8), 0);
    assert.equal(participation(3, 4), 0.75);
  });

  it('is null without confirmed registrations', () => {
    assert.equal(participation(0, 0), null);
  });
});

describe('volunteerRetention', () => {
  it('takes the new volunteers out of the volunteers at the end', () => {
    // 40 at the start, 12 of them stopped, 10 joined: 38 at the end, 28 kept
    assert.equal(volunteerRetention(40, 38, 10), 0.7);
    assert.equal(volunteerRetention(10, 10, 0), 1);
    assert.equal(volunteerRetention(5, 3, 3), 0);
  });

  it('is null without volunteers at the start', () => {
    assert.equal(volunteerRetention(0, 6, 6), null);
  });
});

describe('satisfaction', () => {
  it('is the share of 4 and 5', () => {
    assert.equal(satisfaction([5, 4, 3, 5]), 0.75);
    assert.equal(satisfaction([1, 2, 3]), 0);
    assert.equal(satisfaction([4]), 1);
    assert.equal(satisfaction([5, 5, 4, 4, 3, 2, 1, 5, 4, 4]), 0.7);
  });

  it('is null without answers', () => {
    assert.equal(satisfaction([]), null);
  });
});

describe('nps', () => {
  it('is % promoters (9-10) minus % detractors (0-6)', () => {
    assert.equal(nps([10, 9, 8, 3]), 25);
    assert.equal(nps([7, 8]), 0);
    assert.equal(nps([0, 6, 6]), -100);
    assert.equal(nps([9, 10, 10]), 100);
    // 2 promoters, 1 passive, 2 detractors of 5: 40 - 40
    assert.equal(nps([9, 10, 7, 6, 0]), 0);
    // 3 promoters, 2 passives, 1 detractor of 6: 50 - 16.67
    assert.equal(nps([9, 9, 10, 7, 8, 5]), 100 / 3);
  });

  it('is null without answers', () => {
    assert.equal(nps([]), null);
  });
});

describe('met', () => {
  it('compares with the target, which counts as met', () => {
    assert.equal(met(0.7, 0.7), true);
    assert.equal(met(0.69, 0.7), false);
    assert.equal(met(-0.1, 0.2), false);
    assert.equal(met(null, 0.8), null);
  });
});

describe('periodRange', () => {
  it('covers a year in UTC, its end excluded', () => {
    const { start, end } = periodRange('2026');
    assert.equal(start.toISOString(), '2026-01-01T00:00:00.000Z');
    assert.equal(end.toISOString(), '2027-01-01T00:00:00.000Z');
  });

  it('covers each quarter', () => {
    const bounds = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((period) => {
      const { start, end } = periodRange(period);
      return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
    });
    assert.deepEqual(bounds, [
      ['2026-01-01', '2026-04-01'],
      ['2026-04-01', '2026-07-01'],
      ['2026-07-01', '2026-10-01'],
      ['2026-10-01', '2027-01-01'],
    ]);
  });

  it('reads a year below 100 as written', () => {
    assert.equal(periodRange('0099').start.getUTCFullYear(), 99);
  });

  it('refuses what is not a period', () => {
    for (const period of ['26', '2026-Q5', '2026-07', '2026Q1', ' 2026', '']) {
      assert.throws(() => periodRange(period), RangeError, period);
    }
  });
});
