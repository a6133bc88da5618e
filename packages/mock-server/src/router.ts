export type RouteMatch<Target> =
  | { kind: 'found'; target: Target; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

export interface RouteEntry<Target> {
  method: string;
  /** A path such as `/v1/events/{id}.ics`; `{name}` matches one segment or part of one. */
  path: string;
  target: Target;
}

/**
 * Matches requests to routes and tells a path that exists under another
 * method from one that does not. When several paths match, the one with the
 * most literal characters wins: `/v1/events/{id}.ics` before `/v1/events/{id}`.
 */
export function createRouter<Target>(routes: readonly RouteEntry<Target>[]) {
  const compiled = routes
    .map((route) => ({ route, pattern: compile(route.path), literal: route.path.replace(/\{[^}]+\}/g, '').length }))
    .sort((a, b) => b.literal - a.literal);
  return (method: string, pathname: string): RouteMatch<Target> => {
    const allowed = new Set<string>();
    let matchedPath: string | undefined;
    for (const { route, pattern } of compiled) {
      const match = pattern.exec(pathname);
      if (!match || (matchedPath !== undefined && matchedPath !== route.path)) continue;
      matchedPath = route.path;
      if (route.method === method) {
        const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, decode(value)]));
        return { kind: 'found', target: route.target, params };
      }
      allowed.add(route.method);
    }
    return allowed.size > 0 ? { kind: 'wrong-method', allowed: [...allowed] } : { kind: 'none' };
  };
}

function compile(path: string): RegExp {
  const source = path
    .split(/(\{[A-Za-z]+\})/)
    .map((part) => (/^\{[A-Za-z]+\}$/.test(part) ? `(?<${part.slice(1, -1)}>[^/]+?)` : escape(part)))
    .join('');
  return new RegExp(`^${source}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
