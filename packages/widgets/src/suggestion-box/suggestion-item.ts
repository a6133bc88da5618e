import type { Suggestion } from '@ngo-kit/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localizer.js';
import { topicName, type SuggestionBoxMessages } from './messages.js';

/** What one suggestion of the list shows besides the suggestion itself. */
export interface SuggestionItemState {
  votes: number;
  voted: boolean;
  pending: boolean;
  /** Why the last vote failed, in the widget's language. */
  voteError: string | undefined;
  onVote: () => void;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** The id of a suggestion's title, which names its vote button and takes focus after "show more". */
export function titleId(suggestion: Suggestion): string {
  return `title-${suggestion.id}`;
}

/**
 * One suggestion of the public list: title, status as text, topic, date,
 * author when known, the text, the team's public reply, and the vote toggle.
 * Everything from the API is rendered as text.
 */
export function suggestionItem(
  suggestion: Suggestion,
  state: SuggestionItemState,
  messages: SuggestionBoxMessages,
  localizer: Localizer,
): TemplateResult {
  return html`
    <li part="item" class="item" data-id=${suggestion.id}>
      <h4 part="title" class="title" id=${titleId(suggestion)} tabindex="-1">${suggestion.title}</h4>
      <p part="meta" class="meta">
        <span part="suggestion-status" class="suggestion-status" data-status=${suggestion.status}>
          <span class="visually-hidden">${messages.statusLabel}</span>
          ${messages.statuses[suggestion.status]}
        </span>
        <span class="category">${topicName(messages, suggestion.category)}</span>
        <time datetime=${suggestion.createdAt.toISOString()}>${dateFormat(localizer.locale).format(suggestion.createdAt)}</time>
        ${suggestion.authorName
          ? html`<span class="author">${localizer.fill(messages.by, { name: suggestion.authorName })}</span>`
          : nothing}
      </p>
      <p part="text" class="text">${suggestion.body}</p>
      ${suggestion.staffReply
        ? html`<div part="reply" class="reply">
            <p class="reply-label">${messages.staffReply}</p>
            <p class="reply-text">${suggestion.staffReply}</p>
          </div>`
        : nothing}
      <div class="actions">
        <button
          part="vote"
          class="vote"
          type="button"
          aria-pressed=${state.voted ? 'true' : 'false'}
          aria-describedby=${titleId(suggestion)}
          ?data-pending=${state.pending}
          @click=${state.onVote}
        >
          <span class="vote-mark" aria-hidden="true">${state.voted ? '✓' : '▲'}</span>
          <span class="vote-label">${messages.vote}</span>
          <span part="vote-count" class="vote-count">${localizer.plural(messages.votes, state.votes)}</span>
        </button>
        ${state.voteError ? html`<p part="vote-error" class="vote-error">${state.voteError}</p>` : nothing}
      </div>
    </li>
  `;
}
