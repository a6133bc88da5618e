import { isNgoApiError, MetricsResource, type Kpi, type KpiId, type KpiReport } from '@ngo-kit/sdk';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localizer.js';
import type { NgoKitConfig } from '../shared/config.js';
import { errorKind } from '../shared/error-kind.js';
import { isNgoConfigError } from '../shared/ngo-config-error.js';
import { NgoElement } from '../shared/ngo-element.js';
import { emptyView, errorView, liveRegion } from '../shared/states.js';
import { stateStyles } from '../shared/states.styles.js';
import { figuresFor, type Figures } from './figures.js';
import { kpiDashboardMessages, type EventColumn, type KpiDashboardMessages, type NoAccessReason } from './messages.js';
import { kpiDashboardStyles } from './ngo-kpi-dashboard.styles.js';
import { DEFAULT_SORT, nextSort, participationTable, type EventSort } from './participation-table.js';
import { periodOf, toQuarter, toYear, type Quarter } from './period.js';
import { statusIcon, statusOf } from './status-icon.js';
import { trendChart } from './trend-chart.js';

/** What `ngo-period-change` tells: the period the reader chose. */
export interface PeriodChangeDetail {
  year: number;
  /** `undefined` for the whole year. */
  quarter: Quarter | undefined;
  /** The API's name of the period: `2026` or `2026-Q3`. */
  period: string;
}

/** Fired when the reader chooses another year or quarter in the dashboard's period picker. */
export class NgoPeriodChangeEvent extends CustomEvent<PeriodChangeDetail> {
  constructor(detail: PeriodChangeDetail) {
    super('ngo-period-change', { detail, bubbles: true, composed: true });
  }
}

/** A staff token as the API issues it: never a secret key, which a page must not hold. */
const STAFF_TOKEN = /^st_[A-Za-z0-9_-]+$/;

/** The sentence that gives the counts behind each KPI, from its named `inputs`. */
const INPUT_SENTENCES: Record<KpiId, (count: (name: string) => number, inputs: KpiDashboardMessages['inputs'], localizer: Localizer) => string> = {
  member_growth: (count, inputs, localizer) =>
    localizer.fill(inputs.member_growth, { start: count('membersAtStart'), end: count('membersAtEnd') }),
  participation: (count, inputs, localizer) =>
    localizer.plural(inputs.participation, count('events'), { attended: count('attended'), registered: count('registered') }),
  volunteer_retention: (count, inputs, localizer) =>
    localizer.plural(inputs.volunteer_retention, count('newVolunteers'), {
      stayed: count('volunteersAtEnd') - count('newVolunteers'),
      start: count('volunteersAtStart'),
    }),
  satisfaction: (count, inputs, localizer) =>
    localizer.plural(inputs.satisfaction, count('responses'), { satisfied: count('satisfiedAnswers'), answers: count('csatAnswers') }),
};

/** How many years the picker offers before the latest one. */
const YEARS_BACK = 4;

/**
 * The organisation's four KPIs for a year or a quarter, each against its
 * target, with the counts behind it, a monthly trend chart and, for staff,
 * participation per event in a sortable table.
 *
 * With the organisation's publishable key it shows the KPIs the organisation
 * publishes; with a staff token (`staff-token`, from the organisation's own
 * staff sign-in) it shows all of them and the events. With neither, or when
 * nothing is published, it says why it shows nothing.
 *
 * @tagname ngo-kpi-dashboard
 * @summary The four KPIs against their targets, month by month, and participation per event for staff.
 *
 * @fires ngo-period-change - The reader chose another period; `detail` has `year`, `quarter` and `period`.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 * @csspart header - The title, the period picker and the note on what is shown.
 * @csspart title - The dashboard's title.
 * @csspart period - The period picker (a fieldset with a year and a quarter select).
 * @csspart access - The note saying whether the published or the staff figures are shown.
 * @csspart cards - The list of KPI cards.
 * @csspart card - One KPI: name, status, figure, target and counts.
 * @csspart figure - A KPI's figure.
 * @csspart kpi-status - A KPI's met / not met status (icon and words).
 * @csspart target - A KPI's target.
 * @csspart inputs - The counts a KPI is computed from.
 * @csspart nps - The net promoter score beside satisfaction.
 * @csspart trend - The month-by-month section.
 * @csspart chart-panel - One KPI's chart and its summary.
 * @csspart chart-summary - The sentence that sums up one chart.
 * @csspart table-toggle - The button that shows or hides the chart's data table.
 * @csspart trend-table - The chart's data table.
 * @csspart events-table - The participation per event table (staff).
 * @csspart events-empty - The note shown instead of the table when the period has no events.
 * @csspart sort-button - A column heading's sort button in the events table.
 * @csspart skeleton - The placeholders shown while the figures load.
 * @csspart status - The box of the no access, empty, error and offline states (also `status-no-access`, `status-empty`, `status-error`, `status-offline`).
 * @csspart retry - The button that loads the figures again after an error.
 *
 * @cssprop --ngo-kpi-dashboard-min-height - Height reserved for the figures while they load, and for the state notices; `26em` by default.
 * @cssprop --ngo-kpi-dashboard-background - Background of the whole dashboard; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-kpi-dashboard-card-background - Background of a KPI card; defaults to `--ngo-color-surface`.
 * @cssprop --ngo-kpi-dashboard-line - Colour of the chart lines; defaults to `--ngo-color-primary`.
 * @cssprop --ngo-kpi-dashboard-met - Colour of a met status; defaults to `--ngo-color-success`.
 * @cssprop --ngo-kpi-dashboard-not-met - Colour of a not met status; defaults to `--ngo-color-danger`.
 *
 * @example
 * ```html
 * <ngo-kpi-dashboard api="https://api.example.org" key="pk_live_123" year="2026" quarter="3"></ngo-kpi-dashboard>
 * ```
 */
export class NgoKpiDashboard extends NgoElement {
  static override properties: PropertyDeclarations = {
    year: { type: Number },
    quarter: { converter: { fromAttribute: toQuarter } },
    staffToken: { type: String, attribute: 'staff-token' },
  };

  static override styles = [NgoElement.styles, stateStyles, kpiDashboardStyles];

  /** The year shown. Default: the current year (UTC). */
  declare year: number;
  /** A quarter of `year`, 1 to 4; none for the whole year. */
  declare quarter: Quarter | undefined;
  /**
   * A staff member's session token (`st_...`), which the organisation's server
   * gets from `POST /v1/staff/sessions` after its own staff sign-in and puts
   * into that member's page: the dashboard then shows every KPI and the
   * events. Only this widget reads it; never put a secret key (`sk_...`) here.
   */
  declare staffToken: string | undefined;

  #sort: EventSort = DEFAULT_SORT;
  #tableShown = false;
  /** Said through the live region after the reader sorted the events, instead of what arrived. */
  #announcement = '';

  readonly #report = this.loadTask({
    args: () => [periodOf(this.#year, this.quarter)] as const,
    load: ([period], { client, signal }) => client.use(MetricsResource).kpis({ period }, { signal }),
  });

  constructor() {
    super();
    this.year = new Date().getUTCFullYear();
    this.quarter = undefined;
  }

  /**
   * The configuration in effect, with the staff token, when there is one, as
   * the credential: the dashboard then asks as staff. A staff token that is
   * not one (a secret key, say) leaves the dashboard with no credential.
   */
  override get config(): NgoKitConfig {
    const config = super.config;
    if (this.staffToken === undefined || this.staffToken === '') return config;
    return { ...config, key: STAFF_TOKEN.test(this.staffToken) ? this.staffToken : undefined };
  }

  /** The API's name of the period shown: `2026` or `2026-Q3`. */
  get period(): string {
    return periodOf(this.#year, this.quarter);
  }

  /** Loads the figures again, e.g. after an error. */
  reload(): void {
    void this.#report.run();
  }

  get #year(): number {
    return toYear(this.year, new Date().getUTCFullYear());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('year') || changed.has('quarter') || changed.has('staffToken')) this.#announcement = '';
  }

  protected override renderContent() {
    const text = this.localizer.text(kpiDashboardMessages);
    return html`
      <div class="dashboard">
        ${this.#renderHeader(text)}
        <div class="content">
          ${this.#report.render({
            initial: () => this.#renderLoading(text),
            pending: () => this.#renderLoading(text),
            complete: (report) => this.#renderReport(report, text),
            error: (error) => this.#renderError(error, text),
          })}
        </div>
      </div>
    `;
  }

  #periodLabel(text: KpiDashboardMessages): string {
    const values = { year: String(this.#year), quarter: this.quarter ?? '' };
    return this.localizer.fill(this.quarter === undefined ? text.periodYear : text.periodQuarter, values);
  }

  #renderHeader(text: KpiDashboardMessages) {
    const thisYear = new Date().getUTCFullYear();
    const latest = Math.max(thisYear, this.#year);
    const years = Array.from({ length: latest - Math.min(thisYear, this.#year) + YEARS_BACK + 1 }, (_, index) => latest - index);
    const quarters = [1, 2, 3, 4] as const;
    return html`
      <div part="header" class="header">
        <h2 part="title" class="title">${this.localizer.fill(text.title, { period: this.#periodLabel(text) })}</h2>
        <fieldset part="period" class="period">
          <legend>${text.picker.legend}</legend>
          <label>
            <span>${text.picker.year}</span>
            <select name="year" @change=${this.#onYear}>
              ${years.map((year) => html`<option value=${year} ?selected=${year === this.#year}>${year}</option>`)}
            </select>
          </label>
          <label>
            <span>${text.picker.quarter}</span>
            <select name="quarter" @change=${this.#onQuarter}>
              <option value="" ?selected=${this.quarter === undefined}>${text.picker.wholeYear}</option>
              ${quarters.map(
                (quarter) => html`<option value=${quarter} ?selected=${this.quarter === quarter}>${text.picker.quarters[`q${quarter}`]}</option>`,
              )}
            </select>
          </label>
        </fieldset>
      </div>
    `;
  }

  #onYear = (event: Event) => {
    this.year = toYear((event.target as HTMLSelectElement).value, this.#year);
    this.#periodChanged();
  };

  #onQuarter = (event: Event) => {
    this.quarter = toQuarter((event.target as HTMLSelectElement).value);
    this.#periodChanged();
  };

  #periodChanged() {
    this.dispatchEvent(new NgoPeriodChangeEvent({ year: this.#year, quarter: this.quarter, period: this.period }));
  }

  #renderLoading(text: KpiDashboardMessages) {
    return [
      liveRegion(text.loading),
      html`
        <ul part="skeleton" class="skeleton kpi-skeleton" aria-label=${text.loading} aria-busy="true">
          ${[1, 2, 3, 4].map(() => html`<li aria-hidden="true" class="card-placeholder"></li>`)}
          <li aria-hidden="true" class="chart-placeholder"></li>
        </ul>
      `,
    ];
  }

  #renderError(error: unknown, text: KpiDashboardMessages) {
    const reason = this.#noAccessReason(error);
    if (reason) return this.#renderNoAccess(text.noAccess[reason]);
    if (errorKind(error) === 'network') {
      return [
        liveRegion(text.offline),
        html`
          <div part="status status-offline" class="state offline">
            <p>${text.offline}</p>
            <button part="retry" class="button secondary" type="button" @click=${() => this.reload()}>
              ${this.localizer.messages.states.retry}
            </button>
          </div>
        `,
      ];
    }
    return [liveRegion(''), errorView({ error, localizer: this.localizer, onRetry: () => this.reload() })];
  }

  /** Why a failed load is a matter of access, or `undefined` when it is not. */
  #noAccessReason(error: unknown): NoAccessReason | undefined {
    const { staffToken } = this;
    if (staffToken && !STAFF_TOKEN.test(staffToken)) return 'notStaffToken';
    if (isNgoConfigError(error) && this.config.api && !this.config.key) return 'noCredentials';
    if (staffToken && isNgoApiError(error) && error.status === 401) return 'staffExpired';
    return undefined;
  }

  #renderNoAccess(explanation: string) {
    return [
      liveRegion(explanation),
      html`<div part="status status-no-access" class="state no-access"><p>${explanation}</p></div>`,
    ];
  }

  #renderReport(report: KpiReport, text: KpiDashboardMessages) {
    const periodLabel = this.#periodLabel(text);
    if (report.access === 'public' && report.kpis.length === 0) return this.#renderNoAccess(text.noAccess.notPublished);
    if (report.kpis.every((kpi) => kpi.value === null)) {
      const message = this.localizer.fill(text.empty, { period: periodLabel });
      return [liveRegion(message), emptyView(message)];
    }
    const figures = figuresFor(this.locale);
    const met = report.kpis.filter((kpi) => kpi.met === true).length;
    const loaded = this.localizer.plural(text.loaded, report.kpis.length, { period: periodLabel, met });
    return [
      liveRegion(this.#announcement || loaded),
      html`
        <p part="access" class="access">${report.access === 'staff' ? text.access.staff : text.access.public}</p>
        <ul part="cards" class="cards" role="list">
          ${report.kpis.map((kpi) => this.#renderCard(kpi, report, text, figures))}
        </ul>
        ${trendChart({
          kpis: report.kpis,
          periodLabel,
          text,
          figures,
          localizer: this.localizer,
          tableShown: this.#tableShown,
          onToggleTable: () => {
            this.#tableShown = !this.#tableShown;
            this.requestUpdate();
          },
        })}
        ${report.events
          ? participationTable({
              events: report.events,
              sort: this.#sort,
              caption: this.localizer.fill(text.events.caption, { period: periodLabel }),
              text,
              figures,
              collator: new Intl.Collator(this.locale),
              onSort: (column) => this.#sortBy(column, text),
            })
          : nothing}
      `,
    ];
  }

  #sortBy(column: EventColumn, text: KpiDashboardMessages) {
    this.#sort = nextSort(this.#sort, column);
    this.#announcement = this.localizer.fill(text.events.sorted, {
      column: text.events.columns[column],
      direction: text.events[this.#sort.direction],
    });
    this.requestUpdate();
  }

  #renderCard(kpi: Kpi, report: KpiReport, text: KpiDashboardMessages, figures: Figures): TemplateResult {
    const status = kpi.met === true ? text.status.met : kpi.met === false ? text.status.notMet : text.status.noData;
    return html`
      <li part="card" class="card" data-kpi=${kpi.id}>
        <h3 class="card-name">${text.names[kpi.id]}</h3>
        <p part="figure" class="figure">
          ${kpi.value === null ? html`<span aria-hidden="true">—</span>` : figures.percent(kpi.value)}
        </p>
        <p part="kpi-status" class="status" data-status=${statusOf(kpi.met)}>${statusIcon(kpi.met)} ${status}</p>
        <p part="target" class="target">${this.localizer.fill(text.targets[kpi.id], { target: figures.target(kpi.target) })}</p>
        ${this.#renderInputs(kpi, text)}
        ${kpi.id === 'satisfaction' && report.nps !== null
          ? html`<p part="nps" class="nps">${this.localizer.fill(text.nps, { nps: figures.nps(report.nps) })}</p>`
          : nothing}
        ${report.access === 'staff' && !kpi.public ? html`<p class="tag">${text.access.notPublished}</p>` : nothing}
      </li>
    `;
  }

  #renderInputs(kpi: Kpi, text: KpiDashboardMessages) {
    if (Object.keys(kpi.inputs).length === 0) return nothing;
    const count = (name: string) => kpi.inputs[name] ?? 0;
    return html`<p part="inputs" class="inputs">${INPUT_SENTENCES[kpi.id](count, text.inputs, this.localizer)}</p>`;
  }
}
