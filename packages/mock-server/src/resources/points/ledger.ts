import type { PeriodRange } from '@ngo-kit/sdk';
import { within } from '../../period.js';
import { nextId, type StoreData } from '../../store.js';
import type { LedgerRecord } from './data.js';

/** Omits keys from each member of a union, not from the union as a whole. */
export type DistributiveOmit<Type, Key extends PropertyKey> = Type extends unknown ? Omit<Type, Key> : never;

/** An entry as its writer knows it: the ledger assigns the id and the running balance. */
export type NewLedgerEntry = DistributiveOmit<LedgerRecord, 'id' | 'balanceAfter'>;

/** A window of time, start included, end excluded. */
export type TimeRange = PeriodRange;

/**
 * Thrown by {@link appendLedger} before anything changes when an entry would
 * take a balance below zero; routes answer it with a 422.
 */
export class InsufficientPointsError extends Error {
  override readonly name = 'InsufficientPointsError';
  readonly memberId: string;
  readonly balance: number;
  readonly amount: number;

  constructor(memberId: string, balance: number, amount: number) {
    super(`The balance is ${balance} points; taking ${-amount} would leave it below zero.`);
    this.memberId = memberId;
    this.balance = balance;
    this.amount = amount;
  }
}

/**
 * A member's balance: the sum of their ledger entries. Nothing else stores a
 * balance, so nothing else can drift from the ledger.
 */
export function balanceOf(data: Readonly<StoreData>, memberId: string): number {
  return sum(entriesOf(data, memberId), (entry) => entry.amount);
}

/** Points a member earned since joining, which the tier follows: redemptions do not lower it, corrections do. */
export function earnedTotalOf(data: Readonly<StoreData>, memberId: string): number {
  return sum(
    entriesOf(data, memberId).filter((entry) => entry.kind === 'earned'),
    (entry) => entry.amount,
  );
}

/** Volunteer hours a member served, from their `volunteer_hours` entries, optionally within a range. */
export function hoursServedOf(data: Readonly<StoreData>, memberId: string, range?: TimeRange): number {
  const hours = entriesOf(data, memberId).flatMap((entry) =>
    entry.source === 'volunteer_hours' && (!range || within(entry.at, range)) ? [entry.hours] : [],
  );
  // Quarter hours added as floats drift (0.1 + 0.2); two decimals is what a certificate prints.
  return Math.round(sum(hours, (value) => value) * 100) / 100;
}

/**
 * Adds an entry to the ledger with the next `led_` id and the balance it
 * leaves. Call it inside `store.write`: it throws
 * {@link InsufficientPointsError}, before changing anything, when the balance
 * would go below zero, and a `RangeError` for an amount that is not a whole
 * number of points.
 *
 * @example
 * ```ts
 * store.write((data) =>
 *   appendLedger(data, { memberId, kind: 'earned', source: 'attendance', amount: 20, eventId, reason: 'Charity run', at: now.toISOString() }),
 * );
 * ```
 */
export function appendLedger(data: StoreData, entry: NewLedgerEntry): LedgerRecord {
  if (!Number.isInteger(entry.amount)) throw new RangeError(`A ledger amount is a whole number of points, not ${entry.amount}.`);
  const balance = balanceOf(data, entry.memberId);
  const balanceAfter = balance + entry.amount;
  if (balanceAfter < 0) throw new InsufficientPointsError(entry.memberId, balance, entry.amount);
  const record: LedgerRecord = { ...entry, id: nextId(data, 'led'), balanceAfter };
  data.ledger.push(record);
  return record;
}

/**
 * Where the ledger contradicts itself: a `balanceAfter` that is not the
 * running sum of the member's entries in ledger order, or a balance below
 * zero. Empty for a sound ledger; seeds and tests check theirs with it.
 */
export function ledgerProblems(data: Readonly<StoreData>): string[] {
  const running = new Map<string, number>();
  const problems: string[] = [];
  for (const entry of data.ledger) {
    const balance = (running.get(entry.memberId) ?? 0) + entry.amount;
    running.set(entry.memberId, balance);
    if (balance < 0) problems.push(`${entry.id}: the balance of ${entry.memberId} goes below zero (${balance})`);
    if (entry.balanceAfter !== balance) {
      problems.push(`${entry.id}: balanceAfter is ${entry.balanceAfter}, the running sum is ${balance}`);
    }
  }
  return problems;
}

/** A member's entries in the order they were applied, oldest first. */
export function entriesOf(data: Readonly<StoreData>, memberId: string): LedgerRecord[] {
  return data.ledger.filter((entry) => entry.memberId === memberId);
}

function sum<Item>(items: readonly Item[], value: (item: Item) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
