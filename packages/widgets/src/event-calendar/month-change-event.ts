/**
 * Fired by `<ngo-event-calendar>` when the reader goes to another month (the
 * buttons, Page Up/Down, an arrow key past the month's end), so that a page
 * can follow it, e.g. in its address. Not fired when the page sets `month`.
 *
 * @example
 * ```ts
 * calendar.addEventListener('ngo-month-change', (event) => history.replaceState(null, '', `#${event.detail.month}`));
 * ```
 */
export class NgoMonthChangeEvent extends CustomEvent<{ month: string }> {
  constructor(month: string) {
    super('ngo-month-change', { bubbles: true, composed: true, detail: { month } });
  }
}
