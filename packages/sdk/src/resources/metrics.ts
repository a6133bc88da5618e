import { KpiReportParamsEncoder, KpiReportSchema } from '../validators/validators.js';
import type { RequestOptions } from '../http.js';
import type { KpiReport, KpiReportParams } from '../schemas/metrics.js';
import { Resource } from './resource.js';

/**
 * The organisation's KPIs: `client.metrics`. With a publishable key, the KPIs
 * the organisation publishes (`report.access` is `public`); with a staff token
 * or the secret key, all four, NPS and participation per event (`staff`).
 *
 * @example
 * ```ts
 * const report = await client.metrics.kpis({ period: '2026' });
 * const satisfaction = report.kpis.find((kpi) => kpi.id === 'satisfaction');
 * ```
 */
export class MetricsResource extends Resource {
  /** The KPIs of a period against their targets, as much of them as the credential may see. */
  kpis(params: KpiReportParams, options: RequestOptions = {}): Promise<KpiReport> {
    const query = { schema: KpiReportParamsEncoder, params };
    return this.http.send({ method: 'GET', path: 'v1/metrics/kpis', query, response: KpiReportSchema, ...options });
  }
}
