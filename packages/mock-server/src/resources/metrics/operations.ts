import { KPI_IDS } from '@ngo-kit/sdk/schemas';
import type { Operation, Operations } from '../../operation.js';
import { json } from '../../problems.js';
import { kpiReport } from './report.js';

/** The KPIs of a year or a quarter: the published ones for a page's key, everything for staff. */
const getKpis: Operation<'getKpis'> = ({ query, store, now, caller }) => {
  const access = caller.kind === 'secret' || caller.kind === 'staff' ? 'staff' : 'public';
  return json(kpiReport(store.read(), query.period, now, access));
};

/** Replaces the list of published KPIs, kept in the order of `KPI_IDS`. */
const updateKpiPublication: Operation<'updateKpiPublication'> = ({ body, store }) =>
  store.write((data) => {
    data.publicKpis = KPI_IDS.filter((id) => body.kpis.includes(id));
    return json({ kpis: data.publicKpis });
  });

export const metricsOperations = {
  getKpis,
  updateKpiPublication,
} satisfies Partial<Operations>;
