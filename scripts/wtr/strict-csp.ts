import type { IncomingMessage } from 'node:http';

/**
 * The policy of a site that takes security seriously: only its own scripts,
 * styles and connections; no inline scripts or styles, no `eval`. Widgets
 * must work under it without a single violation (lit uses constructed style
 * sheets, zod/mini never compiles code). Violations are also reported to the
 * test server, which catches even those that happen before any script runs.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  'report-uri /__csp-report',
].join('; ');

/** The parts of a Koa context the middleware touches. */
interface KoaContext {
  path: string;
  method: string;
  req: IncomingMessage;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

interface CommandArgs {
  command: string;
  payload?: unknown;
}

/** The page a violation report (`report-uri`, `application/csp-report`) came from, or `undefined` if it names none. */
function reportingPage(body: string): string | undefined {
  try {
    const report = (JSON.parse(body) as { 'csp-report'?: { 'document-uri'?: unknown } })['csp-report'];
    return typeof report?.['document-uri'] === 'string' ? report['document-uri'] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves every page under a `pages/` folder of the widgets' test support with
 * {@link STRICT_CSP}, collects the browser's violation reports, and answers
 * the `csp:reports` command with how many have come in from one page (its
 * address, `{ page }`). Counting per page matters: both browsers run their
 * tests at once against this one server.
 */
export function strictCspHarness() {
  const reports: (string | undefined)[] = [];

  const middleware = async (context: KoaContext, proceed: () => Promise<unknown>) => {
    if (context.path === '/__csp-report' && context.method === 'POST') {
      let body = '';
      for await (const chunk of context.req) body += String(chunk);
      reports.push(reportingPage(body));
      context.status = 204;
      context.body = '';
      return;
    }
    await proceed();
    if (/\/test-support\/pages\/[^/]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
  };

  const plugin = {
    name: 'ngo-strict-csp',
    executeCommand({ command, payload }: CommandArgs) {
      if (command !== 'csp:reports') return undefined;
      const { page } = (payload ?? {}) as { page?: unknown };
      if (typeof page !== 'string') throw new Error('csp:reports needs the address of the page, { page }');
      return reports.filter((from) => from === page).length;
      return undefined;
    },
  };

  return { middleware, plugin };
}
