import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as z from 'zod/mini';
import {
  AnnouncementSchema,
  AttendanceSchema,
  CertificateSchema,
  DonationSchema,
  EmailSchema,
  EventSchema,
  HttpUrlSchema,
  LedgerEntrySchema,
  LocaleSchema,
  MemberSchema,
  NewsletterIssueSchema,
  RedemptionSchema,
  RegistrationInputSchema,
  RewardSchema,
  SubscriptionSchema,
  SUGGESTION_STATUSES,
  SuggestionSchema,
  SurveyResponseSchema,
  SurveySchema,
  TokenSchema,
} from '@ngo-kit/sdk/schemas';
import {
  DEMO_EXPIRED_TOKEN,
  DEMO_MEMBER_TOKEN,
  DEMO_MEMBER_TOKEN_ZH,
  DEMO_NOW,
  DEMO_PUBLIC_KPIS,
  DEMO_STAFF_TOKEN,
  demoSeed,
  emptyData,
  emptySeed,
  type MemberRecord,
  type SurveyRecord,
} from '@ngo-kit/mock-server';
import { buildYear } from '../src/seed/year.js';
import { testServer } from './support.js';

const data = demoSeed();
const NOW = Date.parse(DEMO_NOW);
const YEAR_START = Date.parse('2026-01-01T00:00:00Z');
const YEAR_END = Date.parse('2027-01-01T00:00:00Z');
const time = (iso: string) => Date.parse(iso);

/** Parses with a wire schema and names the record when it fails. */
function mustParse(schema: z.ZodMiniType, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  assert.ok(result.success, `${what}: ${result.success ? '' : JSON.stringify(result.error.issues)}`);
}

function byId<Item extends { id: string }>(items: readonly Item[]): Map<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

function count<Item>(items: readonly Item[], accept: (item: Item) => boolean): number {
  return items.filter(accept).length;
}

const members = byId(data.members);
const events = byId(data.events);

// The KPI definitions of the API documentation, counted here independently of the server's code.
function isMember(member: MemberRecord, t: number): boolean {
  return member.status === 'active' && time(member.joinedAt) <= t && (member.leftAt === null || time(member.leftAt) > t);
}
function isVolunteer(member: MemberRecord, t: number): boolean {
  return (
    isMember(member, t) &&
    member.volunteerFrom !== null &&
    time(member.volunteerFrom) <= t &&
    (member.volunteerUntil === null || time(member.volunteerUntil) > t)
  );
}

describe('the demo seed', () => {
  it('is the same on every build', () => {
    assert.deepEqual(buildYear(), buildYear());
    assert.deepEqual(demoSeed(), buildYear());
    assert.deepEqual(emptySeed(), emptyData());
  });

  it('gives every caller data of its own', () => {
    const mine = demoSeed();
    mine.members.length = 0;
    assert.equal(demoSeed().members.length, 201);
  });

  it('is plain JSON, as the file store saves it', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
  });

  it('sets every id sequence past the ids it hands out', () => {
    const collections: [string, { id: string }[]][] = [
      ['events', data.events], ['registrations', data.registrations], ['members', data.members], ['ledger', data.ledger],
      ['rewards', data.rewards], ['redemptions', data.redemptions], ['certificates', data.certificates],
      ['suggestions', data.suggestions], ['surveys', data.surveys], ['surveyResponses', data.surveyResponses],
      ['subscriptions', data.subscriptions], ['newsletterIssues', data.newsletterIssues],
      ['announcements', data.announcements], ['donors', data.donors], ['donations', data.donations],
    ];
    for (const [name, records] of collections) {
      assert.equal(new Set(records.map((record) => record.id)).size, records.length, `${name}: ids are unique`);
      for (const { id } of records) {
        const match = /^([a-z]+)_(\d{6})$/.exec(id);
        assert.ok(match, `${name}: ${id} has the form prefix_000001`);
        assert.ok((data.sequences[match[1] as string] ?? 0) >= Number(match[2]), `${name}: sequence ${match[1]} is past ${id}`);
      }
    }
  });
});

describe('the seed against the contract', () => {
  it('has events that parse as the wire form once counted', () => {
    for (const event of data.events) {
      const registeredCount = count(data.registrations, (r) => r.eventId === event.id && r.status === 'confirmed');
      mustParse(EventSchema, { ...event, registeredCount }, event.id);
      assert.ok(time(event.createdAt) <= NOW && time(event.createdAt) < time(event.startsAt), `${event.id} published before it starts`);
      assert.ok(time(event.startsAt) < time(event.endsAt), event.id);
      if (event.kind === 'offline') assert.equal(event.joinUrl, null, event.id);
      else mustParse(HttpUrlSchema, event.joinUrl, `${event.id} joinUrl`);
      assert.equal(event.location === null, event.kind === 'online', `${event.id}: only online events have no place`);
    }
  });

  it('has registrations a registrant could have sent, and check-ins of the wire form', () => {
    for (const registration of data.registrations) {
      const { name, email, phone, role, answers } = registration;
      mustParse(RegistrationInputSchema, { name, email, role, answers, consent: true, ...(phone ? { phone } : {}) }, registration.id);
      mustParse(TokenSchema, registration.cancellationToken, registration.id);
    }
    for (const check of data.attendance) mustParse(AttendanceSchema, check, check.registrationId);
  });

  it('has members, ledger entries, rewards, redemptions and certificates of the wire form', () => {
    for (const member of data.members) mustParse(MemberSchema, member, member.id);
    for (const entry of data.ledger) mustParse(LedgerEntrySchema, entry, entry.id);
    for (const reward of data.rewards) mustParse(RewardSchema, reward, reward.id);
    for (const redemption of data.redemptions) mustParse(RedemptionSchema, redemption, redemption.id);
    for (const certificate of data.certificates) {
      mustParse(CertificateSchema, { ...certificate, svgUrl: `https://mock.test/v1/me/certificates/${certificate.id}.svg` }, certificate.id);
    }
  });

  it('has suggestions, surveys and responses of the wire form', () => {
    for (const suggestion of data.suggestions) {
      const votes = count(data.votes, (vote) => vote.suggestionId === suggestion.id);
      mustParse(SuggestionSchema, { ...suggestion, votes, listed: !suggestion.hidden }, suggestion.id);
    }
    // the status is not stored: the server tells it at each answer
    for (const survey of data.surveys) mustParse(SurveySchema, { ...survey, status: 'open' }, survey.id);
    for (const response of data.surveyResponses) mustParse(SurveyResponseSchema, response, response.id);
  });

  it('has newsletter issues, subscriptions, announcements, donors and donations of the wire form', () => {
    for (const issue of data.newsletterIssues) mustParse(NewsletterIssueSchema, issue, issue.id);
    for (const subscription of data.subscriptions) {
      mustParse(SubscriptionSchema, subscription, subscription.id);
      mustParse(EmailSchema, subscription.email, subscription.id);
      mustParse(TokenSchema, subscription.confirmationToken, subscription.id);
      mustParse(TokenSchema, subscription.unsubscribeToken, subscription.id);
    }
    // a notice's event in brief is not kept but read from the event when the notice is sent
    for (const announcement of data.announcements) mustParse(AnnouncementSchema, { ...announcement, event: null }, announcement.id);
    for (const donation of data.donations) mustParse(DonationSchema, donation, donation.id);
    for (const donor of data.donors) {
      mustParse(EmailSchema, donor.email, donor.id);
      mustParse(LocaleSchema, donor.locale, donor.id);
    }
  });

  it('answers every survey question with a value its question allows', () => {
    const surveys = byId(data.surveys);
    for (const response of data.surveyResponses) {
      const survey = surveys.get(response.surveyId);
      assert.ok(survey, response.id);
      for (const [questionId, answer] of Object.entries(response.answers)) {
        const question: SurveyRecord['questions'][number] | undefined = survey.questions.find((candidate) => candidate.id === questionId);
        assert.ok(question, `${response.id}: ${questionId} is a question of ${survey.id}`);
        assert.equal(answer.type, question.type, `${response.id}: ${questionId}`);
        if (question.type === 'single_choice' && answer.type === 'single_choice') {
          assert.ok(question.options.some((option) => option.id === answer.value), `${response.id}: ${questionId}`);
        }
        if (question.type === 'multiple_choice' && answer.type === 'multiple_choice') {
          assert.ok(answer.value.length >= question.minSelections && answer.value.length <= question.maxSelections, response.id);
          assert.ok(answer.value.every((id) => question.options.some((option) => option.id === id)), response.id);
        }
        if (question.type === 'likert' && answer.type === 'likert') {
          assert.deepEqual(Object.keys(answer.value).sort(), question.statements.map((statement) => statement.id).sort(), response.id);
        }
      }
      const unanswered = survey.questions.filter((question) => question.required && !(question.id in response.answers));
      assert.equal(unanswered.length === 0, response.complete, `${response.id}: complete exactly when every required question is answered`);
      const opens = time(survey.opensAt);
      assert.ok(time(response.createdAt) >= opens && time(response.updatedAt) <= Math.min(time(survey.closesAt), NOW), response.id);
    }
  });
});

describe('references in the seed', () => {
  it('ties registrations and check-ins to events and members', () => {
    const registrations = byId(data.registrations);
    for (const registration of data.registrations) {
      const event = events.get(registration.eventId);
      assert.ok(event, `${registration.id}: event ${registration.eventId}`);
      const at = time(registration.createdAt);
      assert.ok(at >= time(event.createdAt) && at <= NOW && at < time(event.startsAt), `${registration.id} made while open`);
      if (event.registrationDeadline) assert.ok(at <= time(event.registrationDeadline), `${registration.id} before the deadline`);
      assert.equal(registration.cancelledAt !== null, registration.status === 'cancelled', registration.id);
      if (registration.memberId !== null) {
        const member = members.get(registration.memberId);
        assert.ok(member, `${registration.id}: member ${registration.memberId}`);
        assert.equal(registration.email, member.email, registration.id);
        assert.ok(isMember(member, at), `${registration.id}: a member when registering`);
        if (registration.role === 'volunteer') assert.ok(isVolunteer(member, at), `${registration.id}: a volunteer when registering`);
      } else {
        assert.equal(registration.role, 'attendee', `${registration.id}: only members volunteer`);
      }
      for (const question of event.questions ?? []) {
        if (question.required) assert.ok(question.id in registration.answers, `${registration.id}: ${question.id}`);
        if (question.type === 'choice' && question.id in registration.answers) {
          assert.ok(question.options.some((option) => option.id === registration.answers[question.id]), registration.id);
        }
      }
    }
    for (const check of data.attendance) {
      const registration = registrations.get(check.registrationId);
      assert.ok(registration, check.registrationId);
      assert.equal(registration.status, 'confirmed', check.registrationId);
      assert.equal(check.eventId, registration.eventId, check.registrationId);
      assert.equal(check.memberId, registration.memberId, check.registrationId);
      assert.ok(time(events.get(check.eventId)?.endsAt ?? '') <= NOW, `${check.registrationId}: a check-in of a past event`);
      assert.equal(check.hoursServed > 0, registration.role === 'volunteer', check.registrationId);
    }
    assert.equal(new Set(data.attendance.map((check) => check.registrationId)).size, data.attendance.length, 'one check-in each');
  });

  it('keeps confirmed places within capacity, and a waitlist only where an event is full', () => {
    for (const event of data.events) {
      const confirmed = count(data.registrations, (r) => r.eventId === event.id && r.status === 'confirmed');
      const waitlisted = data.registrations.filter((r) => r.eventId === event.id && r.status === 'waitlisted');
      if (event.capacity !== null) assert.ok(confirmed <= event.capacity, `${event.id}: ${confirmed} > ${event.capacity}`);
      if (waitlisted.length > 0) {
        assert.equal(confirmed, event.capacity, `${event.id} has a waitlist, so it is full`);
        const lastConfirmed = Math.max(
          ...data.registrations.filter((r) => r.eventId === event.id && r.status === 'confirmed').map((r) => time(r.createdAt)),
        );
        assert.ok(waitlisted.every((r) => time(r.createdAt) > lastConfirmed), `${event.id}: the waitlist came after the places`);
      }
      if (event.status === 'cancelled') assert.equal(confirmed + waitlisted.length, 0, `${event.id} is cancelled`);
    }
  });

  it('keeps every balance in the ledger, never below zero, in time order', () => {
    const balances = new Map<string, number>();
    let previous = '';
    for (const entry of data.ledger) {
      assert.ok(members.has(entry.memberId), `${entry.id}: member ${entry.memberId}`);
      assert.ok(entry.at >= previous, `${entry.id} is in time order`);
      assert.ok(time(entry.at) <= NOW, entry.id);
      previous = entry.at;
      const balance = (balances.get(entry.memberId) ?? 0) + entry.amount;
      assert.equal(entry.balanceAfter, balance, `${entry.id}: balanceAfter runs from the entries before it`);
      assert.ok(balance >= 0, `${entry.id}: balance ${balance}`);
      balances.set(entry.memberId, balance);
      if ('eventId' in entry && entry.eventId !== null) assert.ok(events.has(entry.eventId), entry.id);
    }
  });

  it('pays for each check-in in the ledger, and for each redemption from it', () => {
    for (const check of data.attendance) {
      const earned = data.ledger
        .filter((entry) => entry.memberId === check.memberId && 'eventId' in entry && entry.eventId === check.eventId)
        .reduce((sum, entry) => sum + entry.amount, 0);
      assert.equal(earned, check.memberId === null ? 0 : check.pointsAwarded, check.registrationId);
    }
    const rewards = byId(data.rewards);
    for (const redemption of data.redemptions) {
      const reward = rewards.get(redemption.rewardId);
      assert.ok(reward && members.has(redemption.memberId), redemption.id);
      assert.equal(redemption.pointsSpent, reward.cost, redemption.id);
      const entries = data.ledger.filter((entry) => entry.source === 'reward' && entry.redemptionId === redemption.id);
      assert.equal(entries.length, 1, redemption.id);
      assert.equal(entries[0]?.amount, -reward.cost, redemption.id);
      assert.equal(entries[0]?.balanceAfter, redemption.balanceAfter, redemption.id);
    }
    for (const reward of data.rewards) assert.ok(reward.stock === null || reward.stock >= 0, reward.id);
  });

  it('issues certificates for the hours the ledger holds', () => {
    for (const certificate of data.certificates) {
      const member = members.get(certificate.memberId);
      assert.ok(member, certificate.id);
      assert.equal(certificate.memberName, member.name, certificate.id);
      const quarter = Number(certificate.period.slice(-1)) - 1;
      const hours = data.ledger
        .filter((entry) => entry.memberId === member.id && Math.floor(new Date(entry.at).getUTCMonth() / 3) === quarter)
        .reduce((sum, entry) => sum + (entry.source === 'volunteer_hours' ? entry.hours : 0), 0);
      assert.equal(certificate.hoursServed, hours, certificate.id);
    }
  });

  it('counts one vote per voter and one response per respondent', () => {
    const suggestions = byId(data.suggestions);
    const ballots = new Set<string>();
    for (const vote of data.votes) {
      assert.ok(suggestions.has(vote.suggestionId), vote.suggestionId);
      assert.match(vote.voter, /^(member:mem_\d{6}|browser:[A-Za-z0-9]{16,128})$/);
      if (vote.voter.startsWith('member:')) assert.ok(members.has(vote.voter.slice(7)), vote.voter);
      assert.ok(!ballots.has(`${vote.suggestionId} ${vote.voter}`), `${vote.voter} voted twice for ${vote.suggestionId}`);
      ballots.add(`${vote.suggestionId} ${vote.voter}`);
      assert.ok(vote.at >= (suggestions.get(vote.suggestionId)?.createdAt ?? '') && time(vote.at) <= NOW, vote.voter);
    }
    const respondents = new Set<string>();
    for (const response of data.surveyResponses) {
      assert.ok(!respondents.has(`${response.surveyId} ${response.respondent}`), response.id);
      respondents.add(`${response.surveyId} ${response.respondent}`);
      assert.equal(response.respondent, response.memberId ? `member:${response.memberId}` : response.respondent, response.id);
      if (response.memberId) assert.ok(members.has(response.memberId), response.id);
      else assert.match(response.respondent, /^browser:[A-Za-z0-9]{16,128}$/);
    }
  });

  it('keeps nothing of the author of an anonymous suggestion', () => {
    for (const suggestion of data.suggestions) {
      if (suggestion.authorMemberId !== null) {
        assert.equal(suggestion.authorName, members.get(suggestion.authorMemberId)?.name, suggestion.id);
      } else {
        assert.equal(suggestion.authorName, null, suggestion.id);
      }
    }
    const anonymous = data.suggestions.filter((s) => s.authorName === null && s.authorMemberId === null && s.contactEmail === null);
    assert.equal(anonymous.length, 6);
  });

  it('ties sessions, donors, donations and notices to what they name', () => {
    for (const session of data.sessions) assert.ok(members.has(session.memberId), session.token);
    const donors = byId(data.donors);
    for (const donation of data.donations) assert.ok(donors.has(donation.donorId), donation.id);
    for (const donor of data.donors) {
      assert.ok(data.donations.some((donation) => donation.donorId === donor.id), `${donor.id} gave`);
      if (donor.memberId !== null) {
        const member = members.get(donor.memberId);
        assert.ok(member && member.roles.includes('donor'), donor.id);
        assert.equal(donor.email, member.email, donor.id);
      }
    }
    assert.equal(count(data.members, (member) => member.roles.includes('donor')), count(data.donors, (donor) => donor.memberId !== null));
    for (const announcement of data.announcements) {
      assert.equal(announcement.kind === 'event', announcement.eventId !== null, announcement.id);
      if (announcement.eventId !== null) assert.ok(events.has(announcement.eventId), announcement.id);
    }
    const subscribers = new Set(data.subscriptions.map((subscription) => subscription.email));
    assert.equal(subscribers.size, data.subscriptions.length, 'one subscription per address');
    for (const member of data.members) if (member.newsletter) assert.ok(subscribers.has(member.email), member.id);
  });

  it('dates everything that has happened at or before its "now"', () => {
    const past: [string, string][] = [
      ...data.members.map((m): [string, string] => [m.id, m.joinedAt]),
      ...data.members.flatMap((m) => [m.leftAt, m.volunteerFrom, m.volunteerUntil, m.confirmedAt].flatMap((at): [string, string][] => (at ? [[m.id, at]] : []))),
      ...data.attendance.map((a): [string, string] => [a.registrationId, a.checkedInAt]),
      ...data.redemptions.map((r): [string, string] => [r.id, r.at]),
      ...data.certificates.map((c): [string, string] => [c.id, c.issuedAt]),
      ...data.suggestions.flatMap((s): [string, string][] => [[s.id, s.createdAt], [s.id, s.updatedAt]]),
      ...data.subscriptions.map((s): [string, string] => [s.id, s.createdAt]),
      ...data.newsletterIssues.map((i): [string, string] => [i.id, i.publishedAt]),
      ...data.donations.map((d): [string, string] => [d.id, d.createdAt]),
      ...data.sessions.map((s): [string, string] => [s.token, s.createdAt]),
    ];
    for (const [id, at] of past) assert.ok(time(at) <= NOW, `${id}: ${at} is after ${DEMO_NOW}`);
  });
});

describe('what the seed holds', () => {
  it('has about 200 members, 60 volunteers and a few pending sign-ups in three languages', () => {
    assert.equal(data.members.length, 201);
    assert.equal(count(data.members, (m) => m.volunteerFrom !== null), 60);
    assert.equal(count(data.members, (m) => m.status === 'pending'), 3);
    assert.equal(count(data.members, (m) => m.leftAt !== null), 13);
    assert.equal(count(data.members, (m) => m.roles.includes('volunteer')), count(data.members, (m) => isVolunteer(m, NOW)));
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) assert.ok(count(data.members, (m) => m.locale === locale) >= 10, locale);
    for (const volunteer of data.members.filter((m) => m.volunteerFrom !== null)) {
      assert.ok(data.ledger.some((entry) => entry.memberId === volunteer.id), `${volunteer.id} has a ledger`);
    }
  });

  it('plans the year: quarterly exchanges, themed events, every kind, two time zones, two languages', () => {
    const exchanges = data.events.filter((e) => e.series === 'quarterly-exchange');
    assert.deepEqual(exchanges.map((e) => e.startsAt.slice(0, 10)), ['2026-03-14', '2026-06-13', '2026-09-12', '2026-12-12', '2027-03-27']);
    assert.ok(exchanges.every((e) => e.kind === 'hybrid'));
    assert.equal(count(data.events, (e) => e.tags.includes('charity-run')), 2);
    assert.equal(count(data.events, (e) => e.tags.includes('charity-sale')), 3);
    assert.ok(data.events.some((e) => e.title === '冬季爱心义卖' && e.language === 'zh-CN' && e.timeZone === 'Asia/Shanghai'));
    for (const kind of ['online', 'offline', 'hybrid'] as const) assert.ok(data.events.some((e) => e.kind === kind), kind);
    assert.deepEqual([...new Set(data.events.map((e) => e.timeZone))].sort(), ['Asia/Shanghai', 'Europe/Berlin']);
    assert.ok(data.events.filter((e) => e.language === 'zh-CN').every((e) => e.timeZone === 'Asia/Shanghai'));
    assert.ok(data.events.every((e) => (e.points ?? 0) >= 20 && (e.points ?? 0) <= 100));
    assert.ok(data.events.some((e) => e.questions?.some((q) => q.type === 'choice') && e.questions.some((q) => q.type === 'text')));
    assert.equal(count(data.events, (e) => time(e.startsAt) > NOW), 11);
    assert.ok(data.events.some((e) => time(e.startsAt) > Date.parse('2027-05-01T00:00:00Z')), 'a programme into mid-2027');
  });

  it('has the special cases among the upcoming events: full with a waitlist, deadline passed, cancelled', () => {
    const upcoming = data.events.filter((e) => time(e.startsAt) > NOW);
    const full = upcoming.filter((e) => data.registrations.some((r) => r.eventId === e.id && r.status === 'waitlisted'));
    assert.deepEqual(full.map((e) => e.title), ['Winter clothing drive']);
    assert.equal(count(data.registrations, (r) => r.eventId === full[0]?.id && r.status === 'waitlisted'), 6);
    const closed = upcoming.filter((e) => e.registrationDeadline && time(e.registrationDeadline) < NOW);
    assert.deepEqual(closed.map((e) => e.title), ['Christmas market stand']);
    assert.deepEqual(data.events.filter((e) => e.status === 'cancelled').map((e) => e.title), ['Online workshop: holiday cards']);
    assert.equal(count(data.registrations, (r) => r.eventId === data.events.find((e) => e.status === 'cancelled')?.id), 12);
    for (const event of upcoming) assert.equal(count(data.attendance, (a) => a.eventId === event.id), 0, event.id);
  });

  it('has rewards, one sold out, certificates of every finished quarter and redemptions in every status', () => {
    assert.equal(data.rewards.length, 8);
    assert.equal(count(data.rewards, (r) => r.stock === 0), 1);
    assert.ok(data.rewards.some((r) => r.kind === 'certificate'));
    assert.deepEqual([...new Set(data.certificates.map((c) => c.period))].sort(), ['2026-Q1', '2026-Q2', '2026-Q3']);
    for (const status of ['pending', 'fulfilled', 'cancelled'] as const) assert.ok(data.redemptions.some((r) => r.status === status), status);
  });

  it('has two half-yearly surveys with complete and draft responses, and questions of every type', () => {
    assert.deepEqual(data.surveys.map((s) => [s.opensAt.slice(0, 7), s.closesAt.slice(0, 7)]), [['2026-06', '2026-06'], ['2026-11', '2026-11']]);
    for (const survey of data.surveys) {
      const types = new Set(survey.questions.map((q) => q.type));
      assert.deepEqual([...types].sort(), ['csat', 'free_text', 'likert', 'multiple_choice', 'nps', 'single_choice']);
      assert.ok(survey.questions.some((q) => q.required) && survey.questions.some((q) => !q.required));
    }
    const tally = data.surveys.map((s) => [
      count(data.surveyResponses, (r) => r.surveyId === s.id && r.complete),
      count(data.surveyResponses, (r) => r.surveyId === s.id && !r.complete),
    ]);
    assert.deepEqual(tally, [[72, 6], [48, 9]]);
    assert.ok(data.surveyResponses.some((r) => r.respondent.startsWith('browser:')));
  });

  it('has suggestions in every status, staff replies, one hidden', () => {
    for (const status of SUGGESTION_STATUSES) assert.ok(data.suggestions.some((s) => s.status === status), status);
    assert.equal(data.suggestions.length, 22);
    assert.equal(count(data.suggestions, (s) => s.hidden), 1);
    assert.equal(count(data.suggestions, (s) => s.staffReply !== null), 13);
  });

  it('has the twelve monthly newsletters of 2026 in English and Chinese, and subscriptions in every status', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const months = data.newsletterIssues.filter((i) => i.locale === locale).map((i) => i.month);
      assert.deepEqual(months, Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`), locale);
    }
    for (const status of ['pending', 'confirmed', 'unsubscribed'] as const) {
      assert.ok(data.subscriptions.some((s) => s.status === status), status);
    }
  });

  it('has notices in both languages, one pinned and one scheduled after "now"', () => {
    assert.equal(count(data.announcements, (a) => a.pinned), 1);
    assert.deepEqual(data.announcements.filter((a) => time(a.publishedAt) > NOW).map((a) => a.title), ['Opening hours over the holidays']);
    assert.ok(data.announcements.some((a) => a.locale === 'zh-CN') && data.announcements.some((a) => a.locale === 'en'));
    assert.ok(data.announcements.some((a) => a.kind === 'platform') && data.announcements.some((a) => a.kind === 'event'));
    for (const announcement of data.announcements) {
      assert.doesNotMatch(announcement.bodyHtml, /<script|on\w+=|javascript:/i, announcement.id);
    }
  });

  it('has 40 donors in EUR and CNY, some thanked in public, some of those without their name', () => {
    assert.equal(data.donors.length, 40);
    assert.deepEqual([...new Set(data.donations.map((d) => d.currency))].sort(), ['CNY', 'EUR']);
    assert.ok(data.donations.some((d) => d.publicThanks && !d.anonymous));
    assert.ok(data.donations.some((d) => d.publicThanks && d.anonymous));
    assert.ok(data.donations.some((d) => !d.publicThanks));
  });

  it('has the demo sessions: two until 2030 and one expired', () => {
    const sessions = new Map(data.sessions.map((s) => [s.token, s]));
    const lena = members.get(sessions.get(DEMO_MEMBER_TOKEN)?.memberId ?? '');
    assert.equal(lena?.name, 'Lena Fischer');
    assert.equal(members.get(sessions.get(DEMO_MEMBER_TOKEN_ZH)?.memberId ?? '')?.name, '王芳');
    assert.equal(sessions.get(DEMO_MEMBER_TOKEN)?.expiresAt, '2030-12-31T23:59:59Z');
    assert.ok(time(sessions.get(DEMO_EXPIRED_TOKEN)?.expiresAt ?? '') < NOW);
  });

  it('gives the demo member what docs/demo-data.md promises', () => {
    const lena = data.members.find((m) => m.name === 'Lena Fischer');
    assert.ok(lena && lena.roles.includes('volunteer') && lena.roles.includes('donor'));
    const earned = data.ledger.filter((e) => e.memberId === lena.id && e.amount > 0).reduce((sum, e) => sum + e.amount, 0);
    assert.ok(earned >= 500 && earned < 1000, `gold tier: ${earned} points earned`);
    assert.equal(count(data.redemptions, (r) => r.memberId === lena.id), 2);
    assert.deepEqual(data.certificates.filter((c) => c.memberId === lena.id).map((c) => c.period), ['2026-Q1', '2026-Q2', '2026-Q3']);
    const winter = data.events.find((e) => e.title === 'Quarterly exchange meeting: winter');
    assert.ok(data.registrations.some((r) => r.memberId === lena.id && r.eventId === winter?.id && r.status === 'confirmed'));
  });
});

describe('the KPIs of 2026 the seed was designed for', () => {
  it('member growth: (185 − 150) / 150, met', () => {
    const start = count(data.members, (m) => isMember(m, YEAR_START));
    const end = count(data.members, (m) => isMember(m, YEAR_END));
    assert.deepEqual([start, end], [150, 185]);
    assert.ok((end - start) / start >= 0.2);
  });

  it('participation: 633 attended of 959 confirmed, not met, some events above the target and some below', () => {
    const ended = data.events.filter(
      (e) => time(e.startsAt) >= YEAR_START && time(e.endsAt) <= NOW && e.status !== 'cancelled',
    );
    assert.equal(ended.length, 23);
    let attended = 0;
    let confirmed = 0;
    const rates: number[] = [];
    for (const event of ended) {
      const registered = count(data.registrations, (r) => r.eventId === event.id && r.status === 'confirmed');
      const came = count(data.attendance, (a) => a.eventId === event.id);
      confirmed += registered;
      attended += came;
      rates.push(came / registered);
    }
    assert.deepEqual([attended, confirmed], [633, 959]);
    assert.ok(attended / confirmed < 0.7);
    assert.equal(count(rates, (rate) => rate >= 0.7), 9);
  });

  it('volunteer retention: (42 − 20 new) / 40, not met', () => {
    const start = count(data.members, (m) => isVolunteer(m, YEAR_START));
    const end = count(data.members, (m) => isVolunteer(m, YEAR_END));
    const joined = count(data.members, (m) => m.volunteerFrom !== null && time(m.volunteerFrom) >= YEAR_START && time(m.volunteerFrom) < YEAR_END);
    const stoppedAmongNew = count(data.members, (m) => m.volunteerFrom !== null && time(m.volunteerFrom) >= YEAR_START && m.volunteerUntil !== null);
    assert.deepEqual([start, end, joined, stoppedAmongNew], [40, 42, 20, 0]);
    assert.equal((end - joined) / start, 0.55);
  });

  it('satisfaction: 182 of 216 CSAT answers are 4 or 5, met; NPS +23', () => {
    const complete = data.surveyResponses.filter((r) => r.complete && time(r.createdAt) >= YEAR_START && time(r.createdAt) < YEAR_END);
    const answers = complete.flatMap((r) => Object.values(r.answers));
    const csat = answers.flatMap((a) => (a.type === 'csat' ? [a.value] : []));
    const nps = answers.flatMap((a) => (a.type === 'nps' ? [a.value] : []));
    assert.deepEqual([count(csat, (v) => v >= 4), csat.length], [182, 216]);
    assert.ok(182 / 216 >= 0.8);
    assert.deepEqual([count(nps, (v) => v >= 9), count(nps, (v) => v <= 6), nps.length], [53, 25, 120]);
  });
});

describe('the demo seed through the API', () => {
  it('reports the designed KPIs for 2026 from GET /v1/metrics/kpis to staff, two met and two not', async () => {
    const { call } = testServer({ data: demoSeed(), now: () => new Date(DEMO_NOW) });
    const report = (await call('GET', '/v1/metrics/kpis?period=2026', { as: DEMO_STAFF_TOKEN })).body;
    assert.equal(report.access, 'staff');
    const byId = Object.fromEntries(report.kpis.map((kpi: { id: string }) => [kpi.id, kpi]));
    assert.deepEqual(byId.member_growth.inputs, { membersAtStart: 150, membersAtEnd: 185 });
    assert.equal(byId.member_growth.value, 35 / 150);
    assert.equal(byId.member_growth.met, true);
    assert.equal(byId.participation.value, 633 / 959);
    assert.equal(byId.participation.met, false);
    assert.deepEqual(byId.volunteer_retention.inputs, { volunteersAtStart: 40, volunteersAtEnd: 42, newVolunteers: 20 });
    assert.equal(byId.volunteer_retention.value, 0.55);
    assert.equal(byId.volunteer_retention.met, false);
    assert.equal(byId.satisfaction.value, 182 / 216);
    assert.equal(byId.satisfaction.met, true);
    assert.ok(Math.abs(report.nps - (100 * (53 - 25)) / 120) < 1e-9);
    assert.equal(report.events.filter((event: { rate: number | null }) => event.rate !== null).length, 23);
  });

  it('publishes growth, participation and satisfaction to a publishable key, retention and events only to staff', async () => {
    const { call } = testServer({ data: demoSeed(), now: () => new Date(DEMO_NOW) });
    const report = (await call('GET', '/v1/metrics/kpis?period=2026')).body;
    assert.equal(report.access, 'public');
    assert.deepEqual(report.kpis.map((kpi: { id: string }) => kpi.id), DEMO_PUBLIC_KPIS);
    assert.equal('events' in report, false);
    assert.ok(Math.abs(report.nps - (100 * (53 - 25)) / 120) < 1e-9);
  });

  it('lists only events that have not ended by the story clock, unless asked for earlier ones', async () => {
    const { call } = testServer({ data: demoSeed(), now: () => new Date(DEMO_NOW) });
    const upcoming = (await call('GET', '/v1/events?limit=100')).body.items;
    assert.ok(upcoming.length > 0);
    assert.ok(upcoming.every((event: { endsAt: string }) => Date.parse(event.endsAt) >= Date.parse(DEMO_NOW)));
    const year = (await call('GET', '/v1/events?limit=100&from=2026-01-01T00:00:00Z')).body.items;
    assert.ok(year.length > upcoming.length);
  });
});
