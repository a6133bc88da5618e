import { executeServerCommand } from '@web/test-runner-commands';
import type { SeenViolation } from './pages/csp-listener.js';

/** How many Content-Security-Policy violation reports the test server has received so far. */
export function reportedCspViolations(): Promise<number> {
  return executeServerCommand<number, undefined>('csp:reports');
}

/** The violations the page in `frame` has seen itself. */
export function seenCspViolations(frame: HTMLIFrameElement): SeenViolation[] {
  const view = frame.contentWindow as (Window & { cspViolations?: SeenViolation[] }) | null;
  return view?.cspViolations ?? [];
}
