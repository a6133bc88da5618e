import type { WriteOptions } from '../../http.js';
import {
  SuggestionModerationInputSchema,
  SuggestionSchema,
  type Suggestion,
  type SuggestionModerationInput,
} from '../../schemas/suggestions.js';
import { path } from '../path.js';
import { SuggestionsResource } from '../suggestions.js';

/**
 * The suggestion box for staff: everything of `client.suggestions`, plus moderation: `admin.suggestions`.
 *
 * @example
 * ```ts
 * await admin.suggestions.moderate('sug_3', { status: 'planned', staffReply: 'In the spring programme.' });
 * ```
 */
export class AdminSuggestionsResource extends SuggestionsResource {
  /** Changes the status of a suggestion, replies to it or hides it. */
  moderate(id: string, input: SuggestionModerationInput, options: WriteOptions = {}): Promise<Suggestion> {
    const body = { schema: SuggestionModerationInputSchema, input };
    return this.http.send({ method: 'PATCH', path: path`v1/suggestions/${id}`, body, response: SuggestionSchema, ...options });
  }
}
