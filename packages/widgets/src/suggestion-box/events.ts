import type { Suggestion } from '@ngo-kit/sdk/schemas';

export interface SuggestionSentDetail {
  /** The API's answer: `listed` is `false` while the suggestion waits for moderation. */
  suggestion: Suggestion;
}

/**
 * A suggestion reached the API (also one kept offline and sent later).
 * Not fired for what a bot put in the honeypot.
 *
 * @example
 * ```ts
 * box.addEventListener('ngo-suggestion-sent', (event) => analytics.track('suggestion', event.detail.suggestion.category));
 * ```
 */
export class SuggestionSentEvent extends CustomEvent<SuggestionSentDetail> {
  constructor(detail: SuggestionSentDetail) {
    super('ngo-suggestion-sent', { detail, bubbles: true, composed: true });
  }
}

export interface SuggestionVoteDetail {
  suggestionId: string;
  /** `true` after a vote, `false` after withdrawing it. */
  voted: boolean;
  /** The count the API answered with. */
  votes: number;
}

/**
 * A vote was counted or withdrawn.
 *
 * @example
 * ```ts
 * box.addEventListener('ngo-suggestion-vote', ({ detail }) => console.log(detail.suggestionId, detail.votes));
 * ```
 */
export class SuggestionVoteEvent extends CustomEvent<SuggestionVoteDetail> {
  constructor(detail: SuggestionVoteDetail) {
    super('ngo-suggestion-vote', { detail, bubbles: true, composed: true });
  }
}
