import type { DonorWallEntry, Money } from '@ngo-kit/sdk/schemas';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { cardListStyles } from '../shared/card-list.styles.js';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, liveRegion, loadingView } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { donorWallMessages } from './messages.js';
import { donorWallStyles } from './ngo-donor-wall.styles.js';
import { loadWall, type Grouping, type WallGroup } from './wall-groups.js';

/** Placeholder rows while the wall loads: a typical wall's first lines. */
const RESERVED_ROWS = 4;

const currencyFormats = new Map<string, Intl.NumberFormat>();

/** `money` in the reader's language, from the currency's minor unit (5000 EUR cents: "€50.00"). */
function formatMoney({ amount, currency }: Money, locale: string): string {
  const key = `${locale} ${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    currencyFormats.set(key, format);
  }
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/**
 * The donors who agreed to be thanked in public, for a year or a quarter,
 * grouped by tier or by quarter. It shows only what the API sends (the API
 * decides who consented) and never a name for a donor who chose not to be
 * named: they are "a friend of the organisation". Sums appear only when the
 * API sends them and `show-amounts` is set.
 *
 * @tagname ngo-donor-wall
 * @summary Thanks the donors who consented, by tier or by quarter, with anonymous donors unnamed.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart group - One group, a card: its heading and its list.
 * @csspart heading - A group's heading: a tier or a quarter.
 * @csspart list - A group's list of donors.
 * @csspart donor - One donor (also `donor-anonymous` for one who chose not to be named).
 * @csspart name - A donor's name, or "A friend of the organisation".
 * @csspart tier - A donor's tier, when the wall is grouped by quarter.
 * @csspart amount - What a donor gave, when shown.
 * @csspart skeleton - The placeholder rows shown while the wall loads.
 * @csspart status - The box of the empty and error states (also `status-empty`, `status-error`).
 * @csspart retry - The button that loads the wall again after an error.
 *
 * @cssprop --ngo-donor-wall-gap - Space between groups; defaults to `--ngo-space-m`.
 * @cssprop --ngo-donor-wall-column-width - Least width of a column of names; `14em` by default.
 * @cssprop --ngo-donor-wall-group-background - Background of a group; defaults to `--ngo-color-surface`.
 *
 * @example
 * ```html
 * <ngo-donor-wall api="https://api.example.org" key="pk_live_123" period="2026" group-by="tier"></ngo-donor-wall>
 * ```
 */
export class NgoDonorWall extends NgoElement {
  static override properties: PropertyDeclarations = {
    groupBy: { type: String, attribute: 'group-by' },
    period: { type: String },
    showAmounts: { type: Boolean, attribute: 'show-amounts' },
  };

  static override styles = [NgoElement.styles, stateStyles, cardListStyles, donorWallStyles];

  /** `tier` (the default): a group per tier, highest first; `period`: a group per quarter, latest first. */
  declare groupBy: Grouping;
  /** A year (`2026`) or a quarter (`2026-Q3`); the API's current year when unset. */
  declare period: string | undefined;
  /** Shows what each donor gave, where the API sends it (the reference API never does). */
  declare showAmounts: boolean;

  readonly #wall = this.loadTask({
    args: () => [this.#grouping, this.period || undefined] as const,
    load: ([grouping, period], { client, signal }) => loadWall(client, { grouping, period }, signal),
  });

  constructor() {
    super();
    this.groupBy = 'tier';
    this.showAmounts = false;
  }

  get #grouping(): Grouping {
    return this.groupBy === 'period' ? 'period' : 'tier';
  }

  /** Loads the wall again, e.g. after an error. */
  reload(): void {
    void this.#wall.run();
  }

  protected override renderContent() {
    const messages = this.localizer.text(donorWallMessages);
    const loading = () => [liveRegion(messages.loading), loadingView({ label: messages.label, rows: RESERVED_ROWS })];
    return html`
      <div class="wall">
        ${this.#wall.render({
          initial: loading,
          pending: loading,
          complete: (groups) => this.#renderGroups(groups),
          error: (error) => [liveRegion(''), errorView({ error, localizer: this.localizer, onRetry: () => this.reload() })],
        })}
      </div>
    `;
  }

  #renderGroups(groups: WallGroup[]) {
    const messages = this.localizer.text(donorWallMessages);
    if (groups.length === 0) return [liveRegion(messages.empty), emptyView(messages.empty)];
    const count = groups.reduce((sum, group) => sum + group.entries.length, 0);
    return [
      liveRegion(this.localizer.plural(messages.count, count)),
      html`<div class="cards">
        ${groups.map(
          (group, index) => html`
            <div part="group" class="card group">
              <h3 part="heading" class="card-title" id="group-${index}">${this.#headingOf(group)}</h3>
              <ul part="list" class="list" aria-labelledby="group-${index}">
                ${group.entries.map((entry) => this.#renderDonor(entry, group.by))}
              </ul>
            </div>
          `,
        )}
      </div>`,
    ];
  }

  #headingOf(group: WallGroup): string {
    const messages = this.localizer.text(donorWallMessages);
    if (group.by === 'tier') return messages.tiers[group.tier];
    const [year = group.period, quarter] = group.period.split('-Q');
    return quarter ? this.localizer.fill(messages.quarter, { year, quarter: Number(quarter) }) : year;
  }

  #renderDonor(entry: DonorWallEntry, by: Grouping) {
    const messages = this.localizer.text(donorWallMessages);
    // a name only when the donor did not ask to stay unnamed, whatever else an API sends
    const name = entry.anonymous ? null : entry.displayName;
    const amounts = this.showAmounts && name !== null ? (entry.amounts ?? []) : [];
    return html`
      <li part=${name === null ? 'donor donor-anonymous' : 'donor'} class="donor">
        <span part="name" class=${name === null ? 'name anonymous' : 'name'}>${name ?? messages.anonymous}</span>
        ${by === 'period' ? html`<span part="tier" class="tier">${messages.tier[entry.tier]}</span>` : nothing}
        ${amounts.length > 0
          ? html`<span part="amount" class="amount">${amounts.map((money) => formatMoney(money, this.locale)).join(' + ')}</span>`
          : nothing}
      </li>
    `;
  }
}
