import type { Kpi } from '@ngo-kit/sdk';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localizer.js';
import type { Figures } from './figures.js';
import type { KpiDashboardMessages } from './messages.js';

/** The drawing's own units; the SVG scales to the width it is given. */
const WIDTH = 320;
const HEIGHT = 160;
/** The plot's box; the margin on the right holds the target's label. */
const PLOT = { left: 40, right: 256, top: 12, bottom: 130 };

export interface TrendChartOptions {
  kpis: readonly Kpi[];
  /** The period as a phrase, e.g. `Q3 2026`. */
  periodLabel: string;
  text: KpiDashboardMessages;
  figures: Figures;
  localizer: Localizer;
  tableShown: boolean;
  onToggleTable: () => void;
}

/**
 * The monthly series of each KPI as a small line chart against its target
 * (one panel per KPI, since growth and the rates need scales of their own),
 * each an `role="img"` SVG named by its title and described by its desc, with
 * a sentence that sums it up, and one table of every monthly figure behind a
 * button: the same numbers, through the same formatter.
 */
export function trendChart(options: TrendChartOptions): TemplateResult {
  const { kpis, text, tableShown } = options;
  return html`
    <section class="section" part="trend" aria-labelledby="trend-title">
      <h3 id="trend-title" class="section-title">${text.chart.title}</h3>
      <p class="about">${text.chart.about}</p>
      <ul class="panels" role="list">
        ${kpis.map((kpi) => panel(kpi, options))}
      </ul>
      <button
        part="table-toggle"
        class="button secondary"
        type="button"
        aria-expanded=${tableShown ? 'true' : 'false'}
        aria-controls="trend-table"
        @click=${options.onToggleTable}
      >
        ${tableShown ? text.chart.hideTable : text.chart.showTable}
      </button>
      <div class="table-scroll" id="trend-table" ?hidden=${!tableShown}>${dataTable(options)}</div>
    </section>
  `;
}

function panel(kpi: Kpi, options: TrendChartOptions): TemplateResult {
  const { text, figures, localizer } = options;
  const name = text.names[kpi.id];
  const title = localizer.fill(text.chart.panelTitle, { kpi: name, period: options.periodLabel });
  const scale = scaleOf(kpi);
  const x = (index: number) =>
    kpi.series.length === 1 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + (index * (PLOT.right - PLOT.left)) / (kpi.series.length - 1);
  const points = kpi.series.flatMap((point, index) => (point.value === null ? [] : [{ x: x(index), y: scale.y(point.value) }]));
  const targetY = scale.y(kpi.target);
  const labelEvery = kpi.series.length > 6 ? 2 : 1;
  return html`
    <li class="panel" part="chart-panel" data-kpi=${kpi.id}>
      <svg
        class="chart"
        role="img"
        aria-labelledby="chart-title-${kpi.id} chart-desc-${kpi.id}"
        viewBox="0 0 ${WIDTH} ${HEIGHT}"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="chart-title-${kpi.id}">${title}</title>
        <desc id="chart-desc-${kpi.id}">${summaryOf(kpi, options)}</desc>
        ${scale.ticks.map(
          (tick) => svg`
            <line class="grid" x1=${PLOT.left} x2=${PLOT.right} y1=${scale.y(tick)} y2=${scale.y(tick)}></line>
            <text class="axis" x=${PLOT.left - 6} y=${scale.y(tick) + 4} text-anchor="end">${figures.target(tick)}</text>
          `,
        )}
        <line class="target" x1=${PLOT.left} x2=${PLOT.right} y1=${targetY} y2=${targetY}></line>
        <text class="target-label" x=${PLOT.right + 6} y=${targetY + 4}>
          ${text.chart.target} ${figures.target(kpi.target)}
        </text>
        <path class="line" d=${pathOf(kpi, x, scale.y)}></path>
        ${points.map((point) => svg`<circle class="point" cx=${point.x} cy=${point.y} r="3"></circle>`)}
        ${kpi.series.map((point, index) =>
          index % labelEvery === 0
            ? svg`<text class="axis" x=${x(index)} y=${HEIGHT - 12} text-anchor="middle">${figures.monthShort(point.month)}</text>`
            : nothing,
        )}
      </svg>
      <p class="summary" part="chart-summary">
        <span class="summary-name">${name}:</span> ${summaryOf(kpi, options)}
      </p>
    </li>
  `;
}

/** One sentence for a KPI's series: where it started, where it is, and the target. */
function summaryOf(kpi: Kpi, options: TrendChartOptions): string {
  const { text, figures, localizer } = options;
  const known = kpi.series.filter((point): point is { month: string; value: number } => point.value !== null);
  const target = figures.target(kpi.target);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return localizer.fill(text.chart.summaryNone, { target });
  const values = {
    first: figures.percent(first.value),
    firstMonth: figures.monthLong(first.month),
    last: figures.percent(last.value),
    lastMonth: figures.monthLong(last.month),
    target,
  };
  return localizer.fill(first === last ? text.chart.summaryOne : text.chart.summaryRange, values);
}

/** Segments between months that have a figure; a month without one leaves a gap. */
function pathOf(kpi: Kpi, x: (index: number) => number, y: (value: number) => number): string {
  let path = '';
  let drawing = false;
  kpi.series.forEach((point, index) => {
    if (point.value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)} ${y(point.value).toFixed(1)} `;
    drawing = true;
  });
  return path.trim();
}

/**
 * The vertical scale of a panel: from 0 (or below, for a shrinking
 * membership) to the highest of the figures and the target, in steps of
 * 10 % (50 % once growth passes 120 %), with a grid line at each end and 0.
 */
function scaleOf(kpi: Kpi) {
  const values = [0, kpi.target, ...kpi.series.flatMap((point) => (point.value === null ? [] : [point.value]))];
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const step = high - low > 1.2 ? 0.5 : 0.1;
  // the nudges keep a figure that is already a whole step (0, 0.7) from rounding a step further out
  const min = Math.floor(low / step + 1e-9) * step;
  const max = Math.max(Math.ceil(high / step - 1e-9) * step, min + step);
  const y = (value: number) => PLOT.bottom - ((value - min) / (max - min)) * (PLOT.bottom - PLOT.top);
  const ticks = [...new Set([min, 0, max].map((tick) => Math.round(tick * 100) / 100))];
  return { y, ticks };
}

/** Every monthly figure of every KPI shown, in the chart's own formatting. */
function dataTable(options: TrendChartOptions): TemplateResult {
  const { kpis, text, figures, localizer } = options;
  const months = kpis[0]?.series.map((point) => point.month) ?? [];
  return html`
    <table part="trend-table" class="table">
      <caption>${localizer.fill(text.chart.tableCaption, { period: options.periodLabel })}</caption>
      <thead>
        <tr>
          <th scope="col">${text.chart.month}</th>
          ${kpis.map((kpi) => html`<th scope="col" class="number" data-kpi=${kpi.id}>${text.names[kpi.id]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${months.map(
          (month, row) => html`
            <tr data-month=${month}>
              <th scope="row">${figures.monthLong(month)}</th>
              ${kpis.map((kpi) => {
                const value = kpi.series[row]?.value ?? null;
                return value === null
                  ? html`<td class="number"><span aria-hidden="true">—</span><span class="visually-hidden">${text.chart.noValue}</span></td>`
                  : html`<td class="number">${figures.percent(value)}</td>`;
              })}
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}
