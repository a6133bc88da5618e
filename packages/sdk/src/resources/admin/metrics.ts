import { KpiPublicationSchema } from '../../validators/validators.js';
import type { WriteOptions } from '../../http.js';
import type { KpiPublication } from '../../schemas/metrics.js';
import { MetricsResource } from '../metrics.js';

/**
 * The KPIs for staff: the whole report (all four KPIs, NPS, participation per
 * event) and the choice of what a publishable key sees: `admin.metrics`.
 *
 * @example
 * ```ts
 * await admin.metrics.publish({ kpis: ['member_growth', 'participation', 'satisfaction'] });
 * const { kpis, events } = await admin.metrics.kpis({ period: '2026-Q3' });
 * ```
 */
export class AdminMetricsResource extends MetricsResource {
  /** Chooses which KPIs the organisation publishes; the list replaces the one before, `[]` publishes none. */
  publish(publication: KpiPublication, options: WriteOptions = {}): Promise<KpiPublication> {
    const body = { schema: KpiPublicationSchema, input: publication };
    return this.http.send({
      method: 'PATCH',
      path: 'v1/metrics/publication',
      body,
      response: KpiPublicationSchema,
      invalidates: ['v1/metrics'],
      ...options,
    });
  }
}
