import { define } from './shared/define.js';
import { SuggestionSentEvent, SuggestionVoteEvent } from './suggestion-box/events.js';
import { NgoSuggestionBox } from './suggestion-box/ngo-suggestion-box.js';

define('ngo-suggestion-box', NgoSuggestionBox);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-suggestion-box': NgoSuggestionBox;
  }
  interface GlobalEventHandlersEventMap {
    'ngo-suggestion-sent': SuggestionSentEvent;
    'ngo-suggestion-vote': SuggestionVoteEvent;
  }
}

export { NgoSuggestionBox, SuggestionSentEvent, SuggestionVoteEvent };
export type { SuggestionSentDetail, SuggestionVoteDetail } from './suggestion-box/events.js';
export type { SuggestionBoxMode, SuggestionSort } from './suggestion-box/box-options.js';
