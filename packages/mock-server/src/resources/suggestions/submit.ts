import type * as z from 'zod/mini';
import type { SuggestionInputSchema } from '@ngo-kit/sdk/schemas';
import { nextId, type StoreData } from '../../store.js';
import type { SuggestionRecord } from './data.js';

/**
 * Stores a new suggestion from the signed-in member `memberId`, or from
 * someone not signed in (`null`). An anonymous one stores nothing that could
 * name its author, whoever sent it: name, member and e-mail are all `null`
 * (the schema has already refused a name or e-mail sent with `anonymous`).
 * It is not listed until a moderator publishes it: the organisation's own
 * website shows nothing a stranger wrote before staff have read it.
 */
export function submitSuggestion(
  data: StoreData,
  input: z.output<typeof SuggestionInputSchema>,
  memberId: string | null,
  now: Date,
): SuggestionRecord {
  const member = input.anonymous ? undefined : data.members.find((candidate) => candidate.id === memberId);
  const at = now.toISOString();
  const suggestion: SuggestionRecord = {
    id: nextId(data, 'sug'),
    title: input.title,
    body: input.body,
    category: input.category,
    status: 'new',
    authorName: input.anonymous ? null : (member?.name ?? input.name ?? null),
    authorMemberId: member?.id ?? null,
    contactEmail: input.anonymous ? null : (input.contactEmail ?? null),
    staffReply: null,
    hidden: true,
    createdAt: at,
    updatedAt: at,
  };
  data.suggestions.push(suggestion);
  return suggestion;
}
