import type * as z from 'zod/mini';
import type { SuggestionSchema } from '@ngo-kit/sdk/schemas';

/**
 * A suggestion as stored. An anonymous one keeps nothing that could name its
 * author: `authorName`, `authorMemberId` and `contactEmail` are all `null`.
 * A signed one has the member's name and id, or, from someone not signed in,
 * the `name` they gave (or `null`) and no member.
 */
export type SuggestionRecord = Omit<z.input<typeof SuggestionSchema>, 'votes' | 'listed'> & {
  authorMemberId: string | null;
  contactEmail: string | null;
  /** Not listed: new and waiting for a moderator, or hidden by one. Kept either way. */
  hidden: boolean;
  updatedAt: string;
};

/** One vote; `voter` is `member:<id>` or `browser:<token>`, unique per suggestion. */
export interface VoteRecord {
  suggestionId: string;
  voter: string;
  at: string;
}

export interface SuggestionsData {
  suggestions: SuggestionRecord[];
  votes: VoteRecord[];
}
