import { StaffSuggestionPageSchema, SuggestionInboxParamsEncoder, SuggestionModerationInputSchema, SuggestionSchema } from '../../validators/validators.js';
import type { RequestOptions, WriteOptions } from '../../http.js';
import type { Page } from '../../schemas/common.js';
import type { StaffSuggestion, Suggestion, SuggestionInboxParams, SuggestionModerationInput } from '../../schemas/suggestions.js';
import { path } from '../path.js';
import { SuggestionsResource } from '../suggestions.js';

/**
 * The suggestion box for staff: everything of `client.suggestions`, plus the
 * inbox and moderation: `admin.suggestions`.
 *
 * @example
 * ```ts
 * const { items } = await admin.suggestions.inbox({ listed: false });
 * for (const waiting of items) await admin.suggestions.moderate(waiting.id, { hidden: false });
 * await admin.suggestions.moderate('sug_3', { status: 'planned', staffReply: 'In the spring programme.' });
 * ```
 */
export class AdminSuggestionsResource extends SuggestionsResource {
  /**
   * Every suggestion, listed or not, with the contact address its author left:
   * `listed: false` gives those waiting for moderation (and those hidden).
   */
  inbox(params: SuggestionInboxParams = {}, options: RequestOptions = {}): Promise<Page<StaffSuggestion>> {
    const query = { schema: SuggestionInboxParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/suggestions/inbox', query, response: StaffSuggestionPageSchema, ...options });
  }

  /** Changes the status of a suggestion, replies to it, publishes it (`hidden: false`) or hides it. */
  moderate(id: string, input: SuggestionModerationInput, options: WriteOptions = {}): Promise<Suggestion> {
    const body = { schema: SuggestionModerationInputSchema, input };
    return this.http.send({ method: 'PATCH', path: path`v1/suggestions/${id}`, body, response: SuggestionSchema, ...options });
  }
}
