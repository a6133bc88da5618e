import type { RequestOptions } from '../http.js';
import { KpiReportParamsSchema, KpiReportSchema, type KpiReport, type KpiReportParams } from '../schemas/metrics.js';
import { Resource } from './resource.js';

/**
 * The organisation's KPIs: `client.metrics` (with the secret key, also per event).
 *
 * @example
 * ```ts
 * const report = await client.metrics.kpis({ period: '2026' });
 * const satisfaction = report.kpis.find((kpi) => kpi.id === 'satisfaction');
 * ```
 */
export class MetricsResource extends Resource {
  /** The four KPIs of a period against their targets. */
  kpis(params: KpiReportParams, options: RequestOptions = {}): Promise<KpiReport> {
    const query = { schema: KpiReportParamsSchema, params };
    return this.http.send({ method: 'GET', path: 'v1/metrics/kpis', query, response: KpiReportSchema, ...options });
  }
}
