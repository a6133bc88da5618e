/**
 * A small seeded source of randomness (mulberry32): the same seed gives the
 * same sequence in every JavaScript engine, so the demo data never changes
 * between runs, machines or browsers. Not for secrets.
 */
export interface Random {
  /** A number from 0 (inclusive) to 1 (exclusive). */
  next(): number;
  /** A whole number from `min` to `max`, both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<Item>(items: readonly Item[]): Item;
  /** One item, each as likely as its weight; the weights must not all be zero. */
  weighted<Item>(items: readonly Item[], weight: (item: Item) => number): Item;
  /** A shuffled copy. */
  shuffle<Item>(items: readonly Item[]): Item[];
  /** `count` different items (all of them when there are fewer), each as likely as its weight. */
  sample<Item>(items: readonly Item[], count: number, weight?: (item: Item) => number): Item[];
  /**
   * All items in a random order where heavier ones tend to come first: the
   * first `n` of any part of it are a weighted sample of that part.
   */
  rank<Item>(items: readonly Item[], weight: (item: Item) => number): Item[];
  /** Letters and digits, e.g. for demo tokens: unguessable enough for a demo, reproducible by design. */
  token(length: number): string;
}

const TOKEN_CHARACTERS = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'];

/**
 * A `Random` started from `seed`.
 *
 * @example
 * ```ts
 * const random = createRandom(2026);
 * random.int(1, 6); // the same roll every run
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  function pick<Item>(items: readonly Item[]): Item {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as Item;
  }
  function weighted<Item>(items: readonly Item[], weight: (item: Item) => number): Item {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    if (!(total > 0)) throw new Error('weighted pick with no weight');
    let left = next() * total;
    for (const item of items) {
      left -= weight(item);
      if (left < 0) return item;
    }
    return items[items.length - 1] as Item;
  }
  function shuffle<Item>(items: readonly Item[]): Item[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as Item, copy[i] as Item];
    }
    return copy;
  }
  function rank<Item>(items: readonly Item[], weight: (item: Item) => number): Item[] {
    // Efraimidis–Spirakis: one key u^(1/w) per item, the largest first; compared as logarithms
    return items
      .map((item) => ({ item, key: Math.log(next()) / Math.max(weight(item), 1e-9) }))
      .sort((a, b) => b.key - a.key)
      .map(({ item }) => item);
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted,
    shuffle,
    sample: (items, count, weight) => (weight ? rank(items, weight) : shuffle(items)).slice(0, count),
    rank,
    token(length) {
      // five characters from each draw: the seed makes tens of thousands of them
      const base = TOKEN_CHARACTERS.length;
      let text = '';
      while (text.length < length) {
        let draw = Math.floor(next() * base ** 5);
        for (let digit = 0; digit < 5 && text.length < length; digit++) {
          text += TOKEN_CHARACTERS[draw % base];
          draw = Math.floor(draw / base);
        }
      }
      return text;
    },
  };
}
