import type { Operation, Operations } from '../../operation.js';
import { json } from '../../problems.js';
import { kpiReport } from './report.js';

/** The KPIs of a year or a quarter; the participation of each event only for the secret key. */
const getKpis: Operation<'getKpis'> = ({ query, store, now, caller }) =>
  json(kpiReport(store.read(), query.period, now, { perEvent: caller.kind === 'secret' }));

export const metricsOperations = {
  getKpis,
} satisfies Partial<Operations>;
