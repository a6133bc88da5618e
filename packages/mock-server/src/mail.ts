import { nextId, type MailRecord, type StoreData } from './store.js';

/** An e-mail to send, as its writer knows it: the store assigns the id. */
export type OutgoingMail = Omit<MailRecord, 'id'>;

/**
 * Keeps an e-mail the server would send, so that `GET /__mock/mail` can show it.
 * Call it inside `store.write`, with the rest of the change it belongs to.
 *
 * @example
 * ```ts
 * sendMail(data, { to, kind: 'sign_in', subject: 'Your sign-in code', text, token, at: now.toISOString() });
 * ```
 */
export function sendMail(data: StoreData, mail: OutgoingMail): MailRecord {
  const record: MailRecord = { id: nextId(data, 'mail'), ...mail };
  data.mail.push(record);
  return record;
}
