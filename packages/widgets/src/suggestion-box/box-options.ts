import { SUGGESTION_CATEGORIES, SUGGESTION_SORTS, type SuggestionCategory } from '@ngo-kit/sdk/schemas';

/** How the public list is ordered: the API's own names. */
export type SuggestionSort = (typeof SUGGESTION_SORTS)[number];

/** What the box shows: the form, the public list, or both (the form first). */
export type SuggestionBoxMode = 'form' | 'list' | 'both';

const MODES: readonly SuggestionBoxMode[] = ['form', 'list', 'both'];

/**
 * The attributes as the widget uses them: a value the API does not know
 * (a typo in a page's HTML) falls back to the default rather than making
 * every request a 400.
 */
export function sortOf(value: string | undefined): SuggestionSort {
  return SUGGESTION_SORTS.find((sort) => sort === value) ?? 'votes';
}

export function modeOf(value: string | undefined): SuggestionBoxMode {
  return MODES.find((mode) => mode === value) ?? 'both';
}

/** `undefined` means every topic. */
export function categoryOf(value: string | undefined): SuggestionCategory | undefined {
  return SUGGESTION_CATEGORIES.find((category) => category === value);
}
