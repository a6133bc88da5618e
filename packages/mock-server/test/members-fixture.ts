import type { Locale } from '@ngo-kit/sdk/schemas';
import type { StoreData } from '@ngo-kit/mock-server';

export interface FixtureMember {
  id: string;
  name: string;
  email?: string;
  locale?: Locale;
}

/**
 * Adds an active member with a session that outlives the test clock, and
 * answers the member token (`mt_<id>`), so that tests need not walk through
 * signup and sign-in to act as a member.
 */
export function addMember(data: StoreData, { id, name, email = `${id}@example.org`, locale = 'en' }: FixtureMember): string {
  data.members.push({
    id,
    name,
    email,
    roles: ['member', 'volunteer'],
    interests: [],
    locale,
    newsletter: false,
    status: 'active',
    joinedAt: '2025-01-10T09:00:00Z',
    confirmedAt: '2025-01-10T09:05:00Z',
    confirmationToken: null,
    leftAt: null,
    volunteerFrom: '2025-01-10T09:05:00Z',
    volunteerUntil: null,
  });
  const token = `mt_${id}`;
  data.sessions.push({ token, memberId: id, createdAt: '2026-11-01T00:00:00Z', expiresAt: '2027-11-01T00:00:00Z' });
  return token;
}
