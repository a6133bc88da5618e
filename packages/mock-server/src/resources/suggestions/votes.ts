import type { SuggestionVote } from '@ngo-kit/sdk/schemas';
import { problem } from '../../problems.js';
import type { StoreData } from '../../store.js';
import { votesFor } from './present.js';

/**
 * Records one vote of `voter` (`member:<id>` or `browser:<token>`) for a
 * listed suggestion: 404 for an unknown or hidden one, 409 for a second vote.
 * Check and write happen in one store write, so racing repeats count once.
 */
export function castVote(data: StoreData, suggestionId: string, voter: string, now: Date): SuggestionVote | Response {
  const suggestion = data.suggestions.find((candidate) => candidate.id === suggestionId && !candidate.hidden);
  if (!suggestion) return problem('not_found', { message: `No suggestion ${suggestionId}.` });
  if (data.votes.some((vote) => vote.suggestionId === suggestionId && vote.voter === voter)) {
    return problem('conflict', { message: 'This suggestion already has your vote: one per member or browser.' });
  }
  data.votes.push({ suggestionId, voter, at: now.toISOString() });
  return { suggestionId, votes: votesFor(data, suggestionId) };
}

/**
 * Removes the vote of `voter` from a listed suggestion, if there is one, and
 * answers the count: withdrawing twice is the same as once. 404 for an
 * unknown or hidden suggestion.
 */
export function withdrawVote(data: StoreData, suggestionId: string, voter: string): SuggestionVote | Response {
  const suggestion = data.suggestions.find((candidate) => candidate.id === suggestionId && !candidate.hidden);
  if (!suggestion) return problem('not_found', { message: `No suggestion ${suggestionId}.` });
  data.votes = data.votes.filter((vote) => !(vote.suggestionId === suggestionId && vote.voter === voter));
  return { suggestionId, votes: votesFor(data, suggestionId) };
}
