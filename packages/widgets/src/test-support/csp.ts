import { executeServerCommand } from '@web/test-runner-commands';
import type { SeenViolation } from './pages/csp-listener.js';

/**
 * How many Content-Security-Policy violation reports the test server has
 * received from the page in `frame`, counting every load of it (a reload too).
 * {@link openPage} gives each page an address of its own.
 */
export function reportedCspViolations(frame: HTMLIFrameElement): Promise<number> {
  return executeServerCommand<number, { page: string }>('csp:reports', { page: frame.src });
}

/** The violations the page in `frame` has seen itself. */
export function seenCspViolations(frame: HTMLIFrameElement): SeenViolation[] {
  const view = frame.contentWindow as (Window & { cspViolations?: SeenViolation[] }) | null;
  return view?.cspViolations ?? [];
}
