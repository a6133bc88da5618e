/** A path with every interpolated id URL-encoded: path`v1/events/${id}`. */
export function path(strings: TemplateStringsArray, ...ids: string[]): string {
  return strings.reduce((built, part, index) => built + encodeURIComponent(ids[index - 1] ?? '') + part);
}
