import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import {
  AnnouncementInputSchema,
  DonorWallEntrySchema,
  KpiReportParamsSchema,
  LedgerEntrySchema,
  RegistrationInputSchema,
  SignupInputSchema,
  SuggestionInputSchema,
  SurveyResponseInputSchema,
  SurveySchema,
} from '@ngo-kit/sdk/schemas';

/** The dotted paths of the issues of a failed parse. */
function failedPaths(schema: z.ZodMiniType, value: unknown): string[] {
  const result = z.safeParse(schema, value);
  assert.equal(result.success, false, 'expected the parse to fail');
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('members', () => {
  const signup = {
    name: 'Lin Mei',
    email: 'lin@example.org',
    roles: ['member', 'volunteer'],
    interests: ['charity run'],
    locale: 'zh-CN',
    newsletter: true,
    consent: true,
  };

  it('accepts a complete signup', () => {
    assert.equal(z.safeParse(SignupInputSchema, signup).success, true);
  });

  it('refuses a signup without consent', () => {
    assert.deepEqual(failedPaths(SignupInputSchema, { ...signup, consent: false }), ['consent']);
    const { consent: _consent, ...withoutConsent } = signup;
    assert.deepEqual(failedPaths(SignupInputSchema, withoutConsent), ['consent']);
  });

  it('refuses a filled honeypot, a repeated role and an unknown locale', () => {
    assert.deepEqual(failedPaths(SignupInputSchema, { ...signup, website: 'http://spam.example' }), ['website']);
    assert.deepEqual(failedPaths(SignupInputSchema, { ...signup, roles: ['donor', 'donor'] }), ['roles']);
    assert.deepEqual(failedPaths(SignupInputSchema, { ...signup, locale: 'fr' }), ['locale']);
  });
});

describe('surveys', () => {
  it('parses a survey with every question type', () => {
    const survey = z.parse(SurveySchema, {
      id: 'srv_2026h1',
      title: 'Half-year satisfaction survey',
      description: '',
      opensAt: '2026-06-01T00:00:00+08:00',
      closesAt: '2026-06-30T23:59:59+08:00',
      status: 'closed',
      questions: [
        { id: 'q1', type: 'nps', prompt: 'Recommend us?', required: true, lowLabel: 'Not likely', highLabel: 'Very likely' },
        { id: 'q2', type: 'csat', prompt: 'Satisfied overall?', required: true },
        {
          id: 'q3',
          type: 'likert',
          prompt: 'Agree?',
          required: false,
          statements: [{ id: 's1', label: 'Events are well run' }],
          scale: ['1', '2', '3', '4', '5'],
        },
        { id: 'q4', type: 'single_choice', prompt: 'Best event?', required: false, options: [{ id: 'a', label: 'Run' }, { id: 'b', label: 'Sale' }] },
        {
          id: 'q5',
          type: 'multiple_choice',
          prompt: 'Topics?',
          required: false,
          options: [{ id: 'a', label: 'Health' }, { id: 'b', label: 'Youth' }],
          minSelections: 0,
          maxSelections: 2,
        },
        { id: 'q6', type: 'free_text', prompt: 'Anything else?', required: false, maxLength: 2000 },
      ],
    });
    assert.ok(survey.opensAt instanceof Date);
    assert.deepEqual(survey.questions.map((question) => question.type), ['nps', 'csat', 'likert', 'single_choice', 'multiple_choice', 'free_text']);
  });

  it('accepts answers in range and refuses NPS 11 and CSAT 0 at their paths', () => {
    const valid = {
      answers: { q1: { type: 'nps', value: 10 }, q3: { type: 'likert', value: { s1: 4 } }, q5: { type: 'multiple_choice', value: ['a'] } },
      complete: false,
    };
    assert.equal(z.safeParse(SurveyResponseInputSchema, valid).success, true);
    assert.deepEqual(failedPaths(SurveyResponseInputSchema, { answers: { q1: { type: 'nps', value: 11 } }, complete: true }), [
      'answers.q1.value',
    ]);
    assert.deepEqual(failedPaths(SurveyResponseInputSchema, { answers: { q2: { type: 'csat', value: 0 } }, complete: true }), [
      'answers.q2.value',
    ]);
    assert.deepEqual(failedPaths(SurveyResponseInputSchema, { answers: { q3: { type: 'likert', value: { s1: 6 } } }, complete: true }), [
      'answers.q3.value.s1',
    ]);
  });
});

describe('suggestions', () => {
  const suggestion = { title: 'More weekend events', body: 'Many of us work on weekdays.', category: 'events', anonymous: true };

  it('accepts an anonymous suggestion', () => {
    assert.equal(z.safeParse(SuggestionInputSchema, suggestion).success, true);
  });

  it('refuses an unknown field', () => {
    const result = z.safeParse(SuggestionInputSchema, { ...suggestion, isAdmin: true });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues.map((issue) => [issue.code, issue.path.join('.')]), [['unrecognized_keys', '']]);
  });
});

describe('events', () => {
  it('refuses a registration without consent or with a bad e-mail', () => {
    const registration = { name: 'Ana', email: 'ana@example.org', role: 'volunteer', consent: true };
    assert.equal(z.safeParse(RegistrationInputSchema, registration).success, true);
    assert.deepEqual(failedPaths(RegistrationInputSchema, { ...registration, email: 'ana', consent: undefined }), ['email', 'consent']);
  });
});

describe('points', () => {
  it('tells earned entries from redemptions by source', () => {
    const entry = z.parse(LedgerEntrySchema, {
      id: 'led_1',
      kind: 'redeemed',
      source: 'reward',
      amount: -120,
      rewardId: 'rwd_tote',
      redemptionId: 'red_1',
      reason: 'Tote bag',
      balanceAfter: 30,
      at: '2026-05-01T10:00:00Z',
    });
    assert.equal(entry.kind, 'redeemed');
    assert.deepEqual(failedPaths(LedgerEntrySchema, { ...entry, at: '2026-05-01T10:00:00Z', amount: 120 }), ['amount']);
  });
});

describe('announcements and metrics', () => {
  it('requires the event of an event notice', () => {
    const notice = { title: 'Venue changed', bodyHtml: '<p>Hall B</p>', kind: 'event', locale: 'en' };
    assert.deepEqual(failedPaths(AnnouncementInputSchema, notice), ['eventId']);
    assert.equal(z.safeParse(AnnouncementInputSchema, { ...notice, eventId: 'evt_run_2026' }).success, true);
  });

  it('takes a year or a quarter as the period', () => {
    assert.equal(z.safeParse(KpiReportParamsSchema, { period: '2026' }).success, true);
    assert.equal(z.safeParse(KpiReportParamsSchema, { period: '2026-Q1' }).success, true);
    assert.deepEqual(failedPaths(KpiReportParamsSchema, { period: '2026-Q5' }), ['period']);
  });
});

describe('donor wall', () => {
  const entry = { displayName: 'Ada', anonymous: false, tier: 'friend', period: '2026' };

  it('carries sums only as an optional list of amounts in minor units per currency', () => {
    assert.deepEqual(z.parse(DonorWallEntrySchema, entry), entry);
    const withSums = { ...entry, amounts: [{ amount: 5_000, currency: 'EUR' }, { amount: 40_000, currency: 'CNY' }] };
    assert.deepEqual(z.parse(DonorWallEntrySchema, withSums), withSums);
    assert.deepEqual(failedPaths(DonorWallEntrySchema, { ...entry, amounts: [{ amount: 12.5, currency: 'eur' }] }), [
      'amounts.0.amount',
      'amounts.0.currency',
    ]);
  });
});
