import type * as z from 'zod/mini';
import type { SignupInputSchema } from '@ngo-kit/sdk/schemas';
import { sendMail } from '../../mail.js';
import { nextId, type StoreData } from '../../store.js';
import type { Validated } from '../../validation.js';
import type { SubscriptionRecord } from '../newsletter/data.js';
import { refuse } from '../outcome.js';
import type { MemberRecord } from './data.js';
import { memberByEmail } from './lookup.js';

export type SignupInput = z.output<typeof SignupInputSchema>;

/** Fresh secrets for a signup, made outside the write. */
export interface SignupSecrets {
  confirmationToken: string;
  /** The two tokens of a newsletter subscription, used only when one is opened. */
  newsletterConfirmationToken: string;
  unsubscribeToken: string;
}

/**
 * Signs someone up as a pending member and mails the confirmation. The same
 * address again while pending takes the new details and mails a new token
 * (the old one stops working): someone who lost the first e-mail just signs up
 * again. An active member's address is a 409. A newsletter opt-in opens a
 * pending subscription, confirmed with the member's e-mail. Call it inside `store.write`.
 */
export function signUp(data: StoreData, input: SignupInput, now: Date, secrets: SignupSecrets): Validated<MemberRecord> {
  const existing = memberByEmail(data, input.email);
  if (existing?.status === 'active') {
    return refuse('conflict', 'This e-mail address already belongs to a member; sign in instead.');
  }
  const details = {
    name: input.name,
    roles: input.roles,
    interests: input.interests,
    locale: input.locale,
    newsletter: input.newsletter,
    confirmationToken: secrets.confirmationToken,
  };
  const member: MemberRecord = existing
    ? Object.assign(existing, details)
    : {
        id: nextId(data, 'mem'),
        email: input.email,
        status: 'pending',
        joinedAt: now.toISOString(),
        confirmedAt: null,
        leftAt: null,
        volunteerFrom: null,
        volunteerUntil: null,
        ...details,
      };
  if (!existing) data.members.push(member);
  if (input.newsletter) openSubscription(data, member, now, secrets);
  sendConfirmation(data, member, now);
  return { ok: true, value: member };
}

/**
 * Confirms a signup with the token of its e-mail: the member becomes active, a
 * volunteer starts volunteering, and a pending newsletter opt-in is confirmed.
 * 404 for an unknown or used token.
 */
export function confirmEmail(data: StoreData, token: string, now: Date): Validated<MemberRecord> {
  const member = data.members.find((candidate) => candidate.confirmationToken === token);
  if (!member) return refuse('not_found', 'This confirmation token is unknown or was already used.');
  const at = now.toISOString();
  member.status = 'active';
  member.confirmedAt = at;
  member.confirmationToken = null;
  if (member.roles.includes('volunteer')) member.volunteerFrom = at;
  const subscription = subscriptionOf(data, member.email);
  if (member.newsletter && subscription?.status === 'pending') {
    subscription.status = 'confirmed';
    subscription.confirmedAt = at;
  }
  return { ok: true, value: member };
}

/** Mails the confirmation link of a pending member. */
export function sendConfirmation(data: StoreData, member: MemberRecord, now: Date): void {
  sendMail(data, {
    to: member.email,
    kind: 'member_confirmation',
    subject: 'Confirm your e-mail address',
    text: `Hello ${member.name}, confirm your address to complete your membership with this code: ${member.confirmationToken ?? ''}`,
    token: member.confirmationToken,
    at: now.toISOString(),
  });
}

/** A pending subscription for the address, unless one is pending or confirmed already. */
function openSubscription(data: StoreData, member: MemberRecord, now: Date, secrets: SignupSecrets): void {
  if (subscriptionOf(data, member.email)) return;
  const subscription: SubscriptionRecord = {
    id: nextId(data, 'sub'),
    locale: member.locale,
    status: 'pending',
    createdAt: now.toISOString(),
    email: member.email,
    confirmationToken: secrets.newsletterConfirmationToken,
    unsubscribeToken: secrets.unsubscribeToken,
    confirmedAt: null,
    unsubscribedAt: null,
  };
  data.subscriptions.push(subscription);
}

/** The address's subscription that is pending or confirmed, if any. */
function subscriptionOf(data: StoreData, email: string): SubscriptionRecord | undefined {
  const wanted = email.toLowerCase();
  return data.subscriptions.find(
    (subscription) => subscription.status !== 'unsubscribed' && subscription.email.toLowerCase() === wanted,
  );
}
