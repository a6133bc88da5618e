import type { RequestOptions, WriteOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import {
  SuggestionInputSchema,
  SuggestionListParamsSchema,
  SuggestionPageSchema,
  SuggestionSchema,
  SuggestionVoteInputSchema,
  SuggestionVoteSchema,
  type Suggestion,
  type SuggestionInput,
  type SuggestionListParams,
  type SuggestionVote,
  type SuggestionVoteInput,
} from '../schemas/suggestions.js';
import { path } from './path.js';
import { Resource } from './resource.js';

/**
 * The suggestion box: `client.suggestions`.
 *
 * @example
 * ```ts
 * const { items } = await client.suggestions.list({ sort: 'votes' });
 * await client.suggestions.create({ title: 'Evening events', body: 'After work, please.', category: 'events', anonymous: true });
 * await client.suggestions.vote(items[0].id, { voterToken });
 * ```
 */
export class SuggestionsResource extends Resource {
  /** One page of the public list, with status and votes. */
  list(params: SuggestionListParams = {}, options: RequestOptions = {}): Promise<Page<Suggestion>> {
    const query = { schema: SuggestionListParamsSchema, params };
    return this.http.send({ method: 'GET', path: 'v1/suggestions', query, response: SuggestionPageSchema, ...options });
  }

  /** Every suggestion matching `params`, page after page. */
  iterate(params: SuggestionListParams = {}, options: RequestOptions = {}): AsyncGenerator<Suggestion, void, undefined> {
    return iteratePages((page, pageOptions) => this.list(page, pageOptions), params, options);
  }

  /** Submits a suggestion, optionally anonymously. */
  create(input: SuggestionInput, options: WriteOptions = {}): Promise<Suggestion> {
    const body = { schema: SuggestionInputSchema, input };
    return this.http.send({ method: 'POST', path: 'v1/suggestions', body, response: SuggestionSchema, ...options });
  }

  /** Votes for a suggestion, once per browser (`voterToken`). */
  vote(id: string, input: SuggestionVoteInput = {}, options: WriteOptions = {}): Promise<SuggestionVote> {
    const body = { schema: SuggestionVoteInputSchema, input };
    return this.http.send({ method: 'POST', path: path`v1/suggestions/${id}/votes`, body, response: SuggestionVoteSchema, ...options });
  }
}
