import type { KpiId } from '@ngo-kit/sdk/schemas';

export interface MetricsData {
  /** The KPIs the organisation publishes, in the order of `KPI_IDS`: what a publishable key sees. */
  publicKpis: KpiId[];
}
