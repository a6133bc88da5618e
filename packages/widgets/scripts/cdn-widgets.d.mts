/** The entries that get a CDN file of their own, e.g. `['event-list', 'provider']`. */
export function cdnWidgets(): string[];
