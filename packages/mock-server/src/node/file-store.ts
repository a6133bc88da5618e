import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { STORE_VERSION, type Store, type StoreData } from '../store.js';

/**
 * A store saved to a JSON file after every change. Each save writes a
 * temporary file, flushes it to disk and renames it over the old one, so a
 * kill at any moment leaves either the old or the new file, never half of one.
 * A missing file is created from `seed`.
 */
export function createFileStore(file: string, seed: () => StoreData): Store {
  const data = existsSync(file) ? load(file) : seed();
  save(file, data);
  return {
    read: () => data,
    write(change) {
      try {
        return change(data);
      } finally {
        save(file, data);
      }
    },
  };
}

function load(file: string): StoreData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not a data file of ngo-mock-server: ${(error as Error).message}`);
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (version !== STORE_VERSION) {
    throw new Error(`${file} has data version ${String(version)}; this server reads version ${STORE_VERSION}.`);
  }
  return parsed as StoreData;
}

function save(file: string, data: StoreData): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    writeSync(descriptor, JSON.stringify(data));
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}
