import { isNgoApiError, isNgoNetworkError, SuggestionsResource, type NgoBaseClient } from '@ngo-kit/sdk';
import type { Suggestion } from '@ngo-kit/sdk/schemas';
import type { ReactiveControllerHost } from 'lit';
import type { Voter } from './voter.js';

/** What pressing a vote button did. `already`: the API had this voter's vote before (a 409). */
export type VoteOutcome =
  | { kind: 'voted' | 'withdrawn'; votes: number }
  | { kind: 'already' }
  | { kind: 'failed'; error: unknown };

export interface SuggestionVotesOptions {
  /** The client of the widget's configuration now. */
  client: () => NgoBaseClient;
  /** Who votes now: the member or this browser. */
  voter: () => Voter;
}

/**
 * The vote buttons of a list: whether this voter voted for each suggestion,
 * the counts the API answered with (newer than the list's), which vote is on
 * its way, and why the last one failed. A button is a toggle: pressed once it
 * votes, pressed again it withdraws the vote. The API counts one vote per
 * member or browser, so a repeat is never counted twice, whatever this
 * browser remembers.
 */
export class SuggestionVotes {
  readonly #host: ReactiveControllerHost;
  readonly #options: SuggestionVotesOptions;
  readonly #counts = new Map<string, number>();
  readonly #pending = new Set<string>();
  readonly #failures = new Map<string, unknown>();
  #votedBy: Voter | undefined;
  #voted: ReadonlySet<string> = new Set();

  constructor(host: ReactiveControllerHost, options: SuggestionVotesOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The count to show: the API's answer to this browser's last vote, else the list's. */
  count(suggestion: Suggestion): number {
    return this.#counts.get(suggestion.id) ?? suggestion.votes;
  }

  isVoted(suggestionId: string): boolean {
    const voter = this.#options.voter();
    if (voter !== this.#votedBy) {
      this.#votedBy = voter;
      this.#voted = voter.votedFor;
    }
    return this.#voted.has(suggestionId);
  }

  isPending(suggestionId: string): boolean {
    return this.#pending.has(suggestionId);
  }

  /** Why the last vote for this suggestion failed, until the next attempt. */
  failure(suggestionId: string): unknown {
    return this.#failures.get(suggestionId);
  }

  /** Forgets the counts and failures of a list that is loaded again: the new list has the API's counts. */
  forgetCounts(): void {
    this.#counts.clear();
    this.#failures.clear();
  }

  /** Votes, or withdraws the vote when this voter has one; does nothing while a vote for it is on its way. */
  async toggle(suggestion: Suggestion): Promise<VoteOutcome | undefined> {
    const { id } = suggestion;
    if (this.#pending.has(id)) return undefined;
    const voter = this.#options.voter();
    const withdraw = this.isVoted(id);
    this.#pending.add(id);
    this.#failures.delete(id);
    this.#host.requestUpdate();
    try {
      const client = this.#options.client();
      try {
        const suggestions = client.use(SuggestionsResource);
        const input = { voterToken: voter.token };
        const answer = withdraw ? await suggestions.withdrawVote(id, input) : await suggestions.vote(id, input);
        this.#record(voter, id, !withdraw, answer.votes);
        return { kind: withdraw ? 'withdrawn' : 'voted', votes: answer.votes };
      } catch (error) {
        // A vote is not kept for later: sent by itself much later, it would flip a button nobody is looking at.
        if ((isNgoApiError(error) || isNgoNetworkError(error)) && error.outboxId) client.outbox.discard(error.outboxId);
        throw error;
      }
    } catch (error) {
      if (!withdraw && isNgoApiError(error) && error.code === 'conflict') {
        this.#record(voter, id, true);
        return { kind: 'already' };
      }
      this.#failures.set(id, error);
      return { kind: 'failed', error };
    } finally {
      this.#pending.delete(id);
      this.#host.requestUpdate();
    }
  }

  #record(voter: Voter, suggestionId: string, voted: boolean, votes?: number): void {
    voter.remember(suggestionId, voted);
    if (voter === this.#votedBy) this.#voted = voter.votedFor;
    if (votes !== undefined) this.#counts.set(suggestionId, votes);
  }
}
