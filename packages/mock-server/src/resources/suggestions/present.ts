import type * as z from 'zod/mini';
import type { StaffSuggestionSchema, SuggestionSchema } from '@ngo-kit/sdk/schemas';
import type { StoreData } from '../../store.js';
import type { SuggestionRecord } from './data.js';

/**
 * A suggestion in the wire form. Fields are picked one by one, never spread
 * from the record, so that `authorMemberId` and `contactEmail` cannot leak
 * into an answer when the record grows.
 */
export function presentSuggestion(record: SuggestionRecord, votes: number): z.input<typeof SuggestionSchema> {
  return {
    id: record.id,
    title: record.title,
    body: record.body,
    category: record.category,
    status: record.status,
    votes,
    authorName: record.authorName,
    staffReply: record.staffReply,
    listed: !record.hidden,
    createdAt: record.createdAt,
  };
}

/** A suggestion as staff see it: the public form plus the contact address, picked like the rest. */
export function presentToStaff(record: SuggestionRecord, votes: number): z.input<typeof StaffSuggestionSchema> {
  return { ...presentSuggestion(record, votes), contactEmail: record.contactEmail };
}

/** The votes of every suggestion, counted once from the vote records. */
export function voteCounts(data: Readonly<StoreData>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vote of data.votes) counts.set(vote.suggestionId, (counts.get(vote.suggestionId) ?? 0) + 1);
  return counts;
}

export function votesFor(data: Readonly<StoreData>, suggestionId: string): number {
  return data.votes.filter((vote) => vote.suggestionId === suggestionId).length;
}
