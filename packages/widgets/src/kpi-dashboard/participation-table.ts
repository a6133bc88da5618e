import type { EventParticipation } from '@ngo-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Figures } from './figures.js';
import type { EventColumn, KpiDashboardMessages } from './messages.js';
import { statusIcon, statusOf } from './status-icon.js';

export const EVENT_COLUMNS: readonly EventColumn[] = ['title', 'date', 'registered', 'attended', 'rate', 'status'];

export type SortDirection = 'ascending' | 'descending';

/** How the participation table is sorted: one column, one way. */
export interface EventSort {
  column: EventColumn;
  direction: SortDirection;
}

/** Soonest first, as the API lists them. */
export const DEFAULT_SORT: EventSort = { column: 'date', direction: 'ascending' };

/** The sort after the reader chose `column`: the other way round when it is already sorted by it. */
export function nextSort(current: EventSort, column: EventColumn): EventSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * The events in the order of `sort`. Events without a rate (not yet held, or
 * nobody registered) stay last both ways, since they have nothing to compare;
 * ties keep the soonest first.
 */
export function sortEvents(events: readonly EventParticipation[], sort: EventSort, collator: Intl.Collator): EventParticipation[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = SORT_KEYS[sort.column];
  return [...events].sort((a, b) => {
    const [left, right] = [key(a, collator), key(b, collator)];
    if (left === null || right === null) return left === right ? bySoonest(a, b) : left === null ? 1 : -1;
    const order = typeof left === 'string' ? collator.compare(left, right as string) : left - (right as number);
    return order === 0 ? bySoonest(a, b) : sign * order;
  });
}

type SortKey = (event: EventParticipation, collator: Intl.Collator) => string | number | null;

const SORT_KEYS: Record<EventColumn, SortKey> = {
  title: (event) => event.title,
  date: (event) => event.startsAt.getTime(),
  registered: (event) => event.registered,
  attended: (event) => event.attended,
  rate: (event) => event.rate,
  status: (event) => (event.met === null ? null : Number(event.met)),
};

function bySoonest(a: EventParticipation, b: EventParticipation): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || a.eventId.localeCompare(b.eventId);
}

export interface ParticipationTableOptions {
  events: readonly EventParticipation[];
  sort: EventSort;
  /** The table's caption, with the period filled in. */
  caption: string;
  text: KpiDashboardMessages;
  figures: Figures;
  collator: Intl.Collator;
  onSort: (column: EventColumn) => void;
}

/**
 * Participation in each event as a table whose column headings are sort
 * buttons (the ARIA sortable-table pattern: `aria-sort` on the sorted
 * heading only). Staff see it; the API gives the events to staff only.
 */
export function participationTable(options: ParticipationTableOptions): TemplateResult {
  const { events, sort, text, figures } = options;
  const rows = sortEvents(events, sort, options.collator);
  return html`
    <section class="section" aria-labelledby="events-title">
      <h3 id="events-title" class="section-title">${text.events.title}</h3>
      ${rows.length === 0
        ? html`<p part="events-empty">${text.events.none}</p>`
        : html`
            <div class="table-scroll">
              <table part="events-table" class="table events-table">
                <caption>${options.caption}</caption>
                <thead>
                  <tr>
                    ${EVENT_COLUMNS.map((column) => heading(column, sort, text, options.onSort))}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (event) => html`
                      <tr data-event-id=${event.eventId}>
                        <th scope="row">${event.title}</th>
                        <td><time datetime=${event.startsAt.toISOString()}>${figures.day(event.startsAt)}</time></td>
                        <td class="number">${event.registered}</td>
                        <td class="number">${event.attended}</td>
                        <td class="number">${event.rate === null ? text.events.notYet : figures.percent(event.rate)}</td>
                        <td>
                          <span class="status" data-status=${statusOf(event.met)}>
                            ${statusIcon(event.met)}
                            ${event.met === null ? text.events.notYet : event.met ? text.status.met : text.status.notMet}
                          </span>
                        </td>
                      </tr>
                    `,
                  )}
                </tbody>
              </table>
            </div>
          `}
    </section>
  `;
}

function heading(column: EventColumn, sort: EventSort, text: KpiDashboardMessages, onSort: (column: EventColumn) => void) {
  const sorted = sort.column === column;
  const arrow = !sorted ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return html`
    <th scope="col" aria-sort=${sorted ? sort.direction : nothing} class=${column === 'title' ? '' : 'number'}>
      <button part="sort-button" class="sort-button" type="button" @click=${() => onSort(column)}>
        ${text.events.columns[column]}<span class="sort-arrow" aria-hidden="true">${arrow}</span>
      </button>
    </th>
  `;
}
