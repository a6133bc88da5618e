export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path such as `/v1/events/:id`; `:name` matches one segment. */
  path: string;
  handle: RouteHandler;
}

export type RouteMatch =
  | { kind: 'found'; handle: RouteHandler; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/** Matches requests to routes; tells a path that exists under another method from one that does not. */
export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => RouteMatch {
  const compiled = routes.map((route) => ({ route, pattern: compile(route.path) }));
  return (method, pathname) => {
    const allowed: string[] = [];
    for (const { route, pattern } of compiled) {
      const match = pattern.exec(pathname);
      if (!match) continue;
      if (route.method === method) return { kind: 'found', handle: route.handle, params: { ...match.groups } };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
  };
}

function compile(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : escape(segment)))
    .join('/');
  return new RegExp(`^${source}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
