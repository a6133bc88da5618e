import type * as z from 'zod/mini';
import type { SuggestionModerationInputSchema } from '@ngo-kit/sdk/schemas';
import { problem } from '../../problems.js';
import type { StoreData } from '../../store.js';
import type { SuggestionRecord } from './data.js';

/** Applies a moderator's change: any status may follow any other, and a hidden suggestion stays reachable here. */
export function moderateSuggestion(
  data: StoreData,
  suggestionId: string,
  patch: z.output<typeof SuggestionModerationInputSchema>,
  now: Date,
): SuggestionRecord | Response {
  const suggestion = data.suggestions.find((candidate) => candidate.id === suggestionId);
  if (!suggestion) return problem('not_found', { message: `No suggestion ${suggestionId}.` });
  if (patch.status !== undefined) suggestion.status = patch.status;
  if (patch.staffReply !== undefined) suggestion.staffReply = patch.staffReply;
  if (patch.hidden !== undefined) suggestion.hidden = patch.hidden;
  suggestion.updatedAt = now.toISOString();
  return suggestion;
}
