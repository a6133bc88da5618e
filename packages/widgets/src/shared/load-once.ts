/**
 * `load`, run at most once at a time and once for good: every call gives the same promise while it is
 * on its way and after it succeeded; a failed load is forgotten, so that the next call tries again
 * (a chunk that could not be fetched offline is asked for again once a person clicks).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
