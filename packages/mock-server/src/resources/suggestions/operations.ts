import type { SuggestionVoteInput } from '@ngo-kit/sdk/schemas';
import type { Caller } from '../../auth.js';
import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import type { SuggestionRecord } from './data.js';
import { moderateSuggestion as moderate } from './moderate.js';
import { presentSuggestion, presentToStaff, voteCounts, votesFor } from './present.js';
import { submitSuggestion } from './submit.js';
import { castVote, withdrawVote } from './votes.js';

type WireSuggestion = ReturnType<typeof presentSuggestion>;

const listSuggestions: Operation<'listSuggestions'> = ({ query, store }) => {
  const data = store.read();
  const votes = voteCounts(data);
  const listed = data.suggestions
    .filter((suggestion) => !suggestion.hidden && matches(suggestion, query))
    .map((suggestion) => presentSuggestion(suggestion, votes.get(suggestion.id) ?? 0))
    .sort(query.sort === 'votes' ? byVotes : byRecent);
  return pageResponse(listed, query);
};

const listSuggestionInbox: Operation<'listSuggestionInbox'> = ({ query, store }) => {
  const data = store.read();
  const votes = voteCounts(data);
  const inbox = data.suggestions
    .filter((suggestion) => (query.listed === undefined || query.listed !== suggestion.hidden) && matches(suggestion, query))
    .map((suggestion) => presentToStaff(suggestion, votes.get(suggestion.id) ?? 0))
    .sort(query.sort === 'votes' ? byVotes : byRecent);
  return pageResponse(inbox, query);
};

/**
 * The caller's own signed suggestions, listed or not. An anonymous one has no
 * `authorMemberId` (see submit.ts), so it cannot be here, even for its sender.
 */
const listMySuggestions: Operation<'listMySuggestions'> = ({ caller, query, store }) => {
  const data = store.read();
  const votes = voteCounts(data);
  const memberId = caller.kind === 'member' ? caller.memberId : undefined;
  const mine = data.suggestions
    .filter((suggestion) => suggestion.authorMemberId !== null && suggestion.authorMemberId === memberId)
    .map((suggestion) => presentSuggestion(suggestion, votes.get(suggestion.id) ?? 0))
    .sort(byRecent);
  return pageResponse(mine, query);
};

function matches(suggestion: SuggestionRecord, query: { status?: string | undefined; category?: string | undefined }): boolean {
  return (!query.status || suggestion.status === query.status) && (!query.category || suggestion.category === query.category);
}

function byRecent(a: WireSuggestion, b: WireSuggestion): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id.localeCompare(a.id);
}

function byVotes(a: WireSuggestion, b: WireSuggestion): number {
  return b.votes - a.votes || byRecent(a, b);
}

const createSuggestion: Operation<'createSuggestion'> = ({ body, caller, store, now }) => {
  const memberId = caller.kind === 'member' ? caller.memberId : null;
  if (memberId !== null && body.name !== undefined) {
    return problem('validation_failed', {
      fieldErrors: { name: ['Signed in, the suggestion shows your member name: leave this out'] },
    });
  }
  const suggestion = store.write((data) => submitSuggestion(data, body, memberId, now));
  return json(presentSuggestion(suggestion, 0), { status: 201 });
};

const voteSuggestion: Operation<'voteSuggestion'> = ({ params, body, caller, store, now }) => {
  const voter = voterOf(caller, body);
  if (voter instanceof Response) return voter;
  const result = store.write((data) => castVote(data, params['id'] ?? '', voter, now));
  return result instanceof Response ? result : json(result, { status: 201 });
};

const withdrawSuggestionVote: Operation<'withdrawSuggestionVote'> = ({ params, body, caller, store }) => {
  const voter = voterOf(caller, body);
  if (voter instanceof Response) return voter;
  const result = store.write((data) => withdrawVote(data, params['id'] ?? '', voter));
  return result instanceof Response ? result : json(result);
};

/** Who votes: signed in, the member, even if a browser token comes along (one vote per person); else the browser. */
function voterOf(caller: Caller, body: SuggestionVoteInput): string | Response {
  if (caller.kind === 'member') return `member:${caller.memberId}`;
  if (body.voterToken) return `browser:${body.voterToken}`;
  return problem('validation_failed', {
    fieldErrors: { voterToken: ['Send the browser’s voter token, or sign in: one vote per member or browser'] },
  });
}

const moderateSuggestion: Operation<'moderateSuggestion'> = ({ params, body, store, now }) => {
  const result = store.write((data) => {
    const suggestion = moderate(data, params['id'] ?? '', body, now);
    return suggestion instanceof Response ? suggestion : presentSuggestion(suggestion, votesFor(data, suggestion.id));
  });
  return result instanceof Response ? result : json(result);
};

export const suggestionOperations = {
  listSuggestions,
  listSuggestionInbox,
  listMySuggestions,
  createSuggestion,
  voteSuggestion,
  withdrawSuggestionVote,
  moderateSuggestion,
} satisfies Partial<Operations>;
