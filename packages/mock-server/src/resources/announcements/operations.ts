import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import { nextId } from '../../store.js';
import type { StoreData } from '../../store.js';
import type { AnnouncementRecord } from './data.js';

/** A notice as the API sends it: with the event it is about, in brief, so that a client needs no second request. */
function present(data: Readonly<StoreData>, notice: AnnouncementRecord) {
  const event = notice.eventId === null ? undefined : data.events.find((candidate) => candidate.id === notice.eventId);
  return {
    ...notice,
    event: event ? { id: event.id, title: event.title, language: event.language, startsAt: event.startsAt, timeZone: event.timeZone } : null,
  };
}

/** Published notices, pinned first, then newest; a notice scheduled after now is not listed yet. */
const listAnnouncements: Operation<'listAnnouncements'> = ({ query, store, now }) => {
  const { kind, eventId, locale } = query;
  const data = store.read();
  const notices = data.announcements
    .filter(
      (notice) =>
        Date.parse(notice.publishedAt) <= now.getTime() &&
        (!kind || notice.kind === kind) &&
        (!eventId || notice.eventId === eventId) &&
        (!locale || notice.locale === locale),
    )
    .sort(byPinnedThenNewest);
  return pageResponse(notices, query, (notice) => present(data, notice));
};

/**
 * Publishes a notice now, or schedules it for `publishedAt`. The body is staff
 * rich text and is kept exactly as sent: clients sanitise it when they render
 * it, so the server refuses nothing the contract allows.
 */
const createAnnouncement: Operation<'createAnnouncement'> = ({ body, store, now }) =>
  store.write((data) => {
    if (body.eventId !== undefined && !data.events.some((event) => event.id === body.eventId)) {
      return problem('unprocessable', {
        message: `An event notice must be about an existing event; there is no event ${body.eventId}.`,
        fieldErrors: { eventId: ['No event has this id.'] },
      });
    }
    const notice: AnnouncementRecord = {
      id: nextId(data, 'ann'),
      title: body.title,
      bodyHtml: body.bodyHtml,
      kind: body.kind,
      eventId: body.eventId ?? null,
      pinned: body.pinned ?? false,
      publishedAt: (body.publishedAt ?? now).toISOString(),
      locale: body.locale,
    };
    data.announcements.push(notice);
    return json(present(data, notice), { status: 201 });
  });

export const announcementOperations = {
  listAnnouncements,
  createAnnouncement,
} satisfies Partial<Operations>;

function byPinnedThenNewest(a: AnnouncementRecord, b: AnnouncementRecord): number {
  return (
    Number(b.pinned) - Number(a.pinned) ||
    Date.parse(b.publishedAt) - Date.parse(a.publishedAt) ||
    b.id.localeCompare(a.id)
  );
}
