import type { Operations } from '../../operation.js';
import { notImplemented } from '../not-implemented.js';

export const suggestionOperations = {
  listSuggestions: notImplemented,
  createSuggestion: notImplemented,
  voteSuggestion: notImplemented,
  moderateSuggestion: notImplemented,
} satisfies Partial<Operations>;
