import { PageParamsEncoder, SuggestionInputSchema, SuggestionListParamsEncoder, SuggestionPageSchema, SuggestionSchema, SuggestionVoteInputSchema, SuggestionVoteSchema } from '../validators/validators.js';
import type { RequestOptions, WriteOptions } from '../http.js';
import { iteratePages } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type { Suggestion, SuggestionInput, SuggestionListParams, SuggestionVote, SuggestionVoteInput } from '../schemas/suggestions.js';
import type { PageParams } from './me.js';
import { path } from './path.js';
import { Resource } from './resource.js';

/**
 * The suggestion box: `client.suggestions`. With a member token set, a signed
 * suggestion and a vote are the member's own (one vote per member wherever
 * they sign in); an anonymous suggestion is always sent with the publishable
 * key alone, so the server never learns who sent it.
 *
 * @example
 * ```ts
 * const { items } = await client.suggestions.list({ sort: 'votes' });
 * const { items: mine } = await client.suggestions.mine(); // signed in: my own, moderated or not
 * await client.suggestions.create({ title: 'Evening events', body: 'After work, please.', category: 'events', anonymous: true });
 * await client.suggestions.vote(items[0].id, { voterToken });
 * await client.suggestions.withdrawVote(items[0].id, { voterToken });
 * ```
 */
export class SuggestionsResource extends Resource {
  /** One page of the public list, with status and votes. */
  list(params: SuggestionListParams = {}, options: RequestOptions = {}): Promise<Page<Suggestion>> {
    const query = { schema: SuggestionListParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/suggestions', query, response: SuggestionPageSchema, ...options });
  }

  /** Every suggestion matching `params`, page after page. */
  iterate(params: SuggestionListParams = {}, options: RequestOptions = {}): AsyncGenerator<Suggestion, void, undefined> {
    return iteratePages((page, pageOptions) => this.list(page, pageOptions), params, options);
  }

  /**
   * One page of the suggestions the signed-in member sent signed, newest
   * first, with status, staff reply and votes; those waiting for a moderator
   * too (`listed: false`). Needs a member token. Anonymous ones are never
   * here: the server keeps no link from an anonymous suggestion to anyone, so
   * a page that wants to show one must remember it itself.
   *
   * @example
   * ```ts
   * client.setMemberToken(session.token);
   * const { items } = await client.suggestions.mine({ limit: 10 });
   * for (const mine of items) console.log(mine.title, mine.listed ? mine.status : 'waiting for moderation', mine.staffReply);
   * ```
   */
  mine(params: PageParams = {}, options: RequestOptions = {}): Promise<Page<Suggestion>> {
    const query = { schema: PageParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/me/suggestions', query, response: SuggestionPageSchema, credential: 'member', ...options });
  }

  /** Every suggestion of `mine`, page after page. */
  iterateMine(params: PageParams = {}, options: RequestOptions = {}): AsyncGenerator<Suggestion, void, undefined> {
    return iteratePages((page, pageOptions) => this.mine(page, pageOptions), params, options);
  }

  /**
   * Submits a suggestion, optionally anonymously. It usually waits for a
   * moderator before the public list shows it: see `listed` in the answer.
   */
  create(input: SuggestionInput, options: WriteOptions = {}): Promise<Suggestion> {
    const body = { schema: SuggestionInputSchema, input };
    const credential = input.anonymous ? undefined : 'member';
    return this.http.send({ method: 'POST', path: 'v1/suggestions', body, response: SuggestionSchema, credential, ...options });
  }

  /** Votes for a suggestion, once per member (with a member token set) or browser (`voterToken`); a second vote is a 409. */
  vote(id: string, input: SuggestionVoteInput = {}, options: WriteOptions = {}): Promise<SuggestionVote> {
    const body = { schema: SuggestionVoteInputSchema, input };
    const call = { path: path`v1/suggestions/${id}/votes`, body, response: SuggestionVoteSchema, credential: 'member' } as const;
    return this.http.send({ method: 'POST', ...call, ...options });
  }

  /** Withdraws the vote of this member or browser; answers the count, also when there was no vote. */
  withdrawVote(id: string, input: SuggestionVoteInput = {}, options: WriteOptions = {}): Promise<SuggestionVote> {
    const body = { schema: SuggestionVoteInputSchema, input };
    const call = { path: path`v1/suggestions/${id}/votes`, body, response: SuggestionVoteSchema, credential: 'member' } as const;
    return this.http.send({ method: 'DELETE', ...call, ...options });
  }
}
