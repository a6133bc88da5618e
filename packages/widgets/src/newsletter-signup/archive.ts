import type { NewsletterIssue } from '@ngo-kit/sdk/schemas';

/**
 * How well an issue's language suits a reader of `locale`: its own language
 * best, then the same language in the other script (a reader of Traditional
 * Chinese reads Simplified better than English), then English, then any.
 */
function fit(issue: NewsletterIssue, locale: string): number {
  if (issue.locale === locale) return 3;
  if (issue.locale.split('-')[0] === locale.split('-')[0]) return 2;
  return issue.locale === 'en' ? 1 : 0;
}

/**
 * One issue per month, newest month first, each in the language that suits
 * `locale` best, at most `limit` months: the archive publishes each month in
 * several languages, and a reader wants each month once.
 */
export function archiveFor(issues: readonly NewsletterIssue[], locale: string, limit: number): NewsletterIssue[] {
  const best = new Map<string, NewsletterIssue>();
  for (const issue of issues) {
    const kept = best.get(issue.month);
    if (!kept || fit(issue, locale) > fit(kept, locale)) best.set(issue.month, issue);
  }
  return [...best.values()].sort((a, b) => b.month.localeCompare(a.month)).slice(0, limit);
}
