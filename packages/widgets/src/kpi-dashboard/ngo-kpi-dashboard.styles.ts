import { css } from 'lit';

export const kpiDashboardStyles = css`
  .dashboard {
    --_reserve: var(--ngo-kpi-dashboard-min-height, 26em);
    --_card-bg: var(--ngo-kpi-dashboard-card-background, var(--_c-surface));
    --_line: var(--ngo-kpi-dashboard-line, var(--_c-primary));
    --_met: var(--ngo-kpi-dashboard-met, var(--_c-success));
    --_not-met: var(--ngo-kpi-dashboard-not-met, var(--_c-danger));
    display: grid;
    gap: var(--_space-l);
    padding: var(--_space-l);
    border-radius: var(--_radius);
    /* the page behind may be of the other scheme: the dashboard brings its own ground */
    background: var(--ngo-kpi-dashboard-background, var(--_c-surface));
  }

  .content {
    display: grid;
    gap: var(--_space-l);
    min-height: var(--_reserve);
    align-content: start;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-m);
  }

  .title {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .period {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .period legend {
    float: left;
    margin-inline-end: var(--_space-s);
    padding: 0;
    align-self: end;
    font-weight: 600;
  }

  .period label {
    display: grid;
    gap: var(--_space-xs);
    font-size: 0.9em;
  }

  .period select {
    font: inherit;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
  }

  .access {
    margin: 0;
    color: var(--_c-text-muted);
  }

  .cards,
  .panels {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-m);
  }

  .card {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-height: 11em;
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }

  .card p {
    margin: 0;
  }

  .card-name {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    color: var(--_c-heading);
  }

  .figure {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    font-weight: 600;
  }

  .status-icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .status[data-status='met'] {
    color: var(--_met);
  }

  .status[data-status='not-met'] {
    color: var(--_not-met);
  }

  .status[data-status='no-data'] {
    color: var(--_c-text-muted);
  }

  .target,
  .inputs,
  .nps {
    font-size: 0.9em;
    color: var(--_c-text-muted);
  }

  .tag {
    align-self: start;
    padding: 0 var(--_space-s);
    border: 1px dashed var(--_c-border);
    border-radius: var(--_radius);
    font-size: 0.85em;
  }

  .section {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }

  .section > * {
    max-width: 100%;
  }

  .section-title {
    margin: 0;
    font-size: 1.1em;
    color: var(--_c-heading);
  }

  .about {
    margin: 0;
    color: var(--_c-text-muted);
  }

  .panels {
    width: 100%;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }

  .panel {
    box-sizing: border-box;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }

  .chart {
    display: block;
    width: 100%;
    height: auto;
  }

  .chart .grid {
    stroke: var(--_c-border);
    stroke-width: 1;
  }

  .chart .axis,
  .chart .target-label {
    fill: var(--_c-text-muted);
    font-size: 11px;
  }

  .chart .target {
    stroke: var(--_c-text-muted);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }

  .chart .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }

  .chart .point {
    fill: var(--_card-bg);
    stroke: var(--_line);
    stroke-width: 2;
  }

  .summary {
    margin: var(--_space-xs) 0 0;
    font-size: 0.9em;
  }

  .summary-name {
    font-weight: 600;
  }

  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }

  .table-scroll[hidden] {
    display: none;
  }

  .table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  .table caption {
    text-align: start;
    padding-bottom: var(--_space-s);
    color: var(--_c-text-muted);
  }

  .table th,
  .table td {
    padding: var(--_space-xs) var(--_space-m);
    border-bottom: 1px solid var(--_c-border);
    text-align: start;
    vertical-align: top;
  }

  .table thead th {
    border-bottom-width: 2px;
  }

  .table td {
    white-space: nowrap;
  }

  .table .number {
    text-align: end;
  }

  .table tbody th {
    font-weight: 400;
  }

  .sort-button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: var(--_space-xs) 0;
    cursor: pointer;
    display: inline-flex;
    gap: var(--_space-xs);
    align-items: baseline;
  }

  .sort-arrow {
    font-size: 0.8em;
  }

  [aria-sort] .sort-button {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .kpi-skeleton {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
  }

  .kpi-skeleton .card-placeholder {
    min-height: 11em;
  }

  .kpi-skeleton .chart-placeholder {
    grid-column: 1 / -1;
    min-height: calc(var(--_reserve) - 11em - var(--_space-m));
  }

  .state.no-access {
    border-color: var(--_c-border);
  }
`;
