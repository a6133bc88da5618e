import type { EventKind } from '@ngo-kit/sdk';

/** Every text a widget shows. A locale that misses a key does not compile. */
export interface Messages {
  eventList: {
    label: string;
    loading: string;
    empty: string;
    retry: string;
    online: string;
    kinds: Record<EventKind, string>;
    errors: {
      network: string;
      refused: string;
      server: string;
      config: string;
    };
  };
}
