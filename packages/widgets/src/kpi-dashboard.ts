import { NgoKpiDashboard, NgoPeriodChangeEvent, type PeriodChangeDetail } from './kpi-dashboard/ngo-kpi-dashboard.js';
import { define } from './shared/define.js';

define('ngo-kpi-dashboard', NgoKpiDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-kpi-dashboard': NgoKpiDashboard;
  }
  interface GlobalEventHandlersEventMap {
    'ngo-period-change': NgoPeriodChangeEvent;
  }
}

export { NgoKpiDashboard, NgoPeriodChangeEvent, type PeriodChangeDetail };
