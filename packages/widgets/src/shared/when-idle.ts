/**
 * Runs `callback` when the browser has nothing else to do (soon after, where it cannot tell), or after
 * `timeout` ms at the latest when given; gives back what cancels it. For work that may wait until the
 * page is painted and quiet: fetching a chunk or data ahead of a click.
 */
export const whenIdle = (callback: () => void, timeout?: number): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, timeout === undefined ? {} : { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 300);
  return () => clearTimeout(id);
};
