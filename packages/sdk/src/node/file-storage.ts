import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OutboxStorage } from '../outbox/storage.js';

/**
 * An outbox storage in a JSON file, so that writes kept by a Node process (a
 * check-in script at a venue with bad connectivity, say) survive a restart.
 * Every change is written to a temporary file and renamed, so a crash leaves
 * the old file or the new one, never half of one.
 *
 * @example
 * ```ts
 * import { createAdminClient } from '@ngo-kit/sdk';
 * import { fileStorage } from '@ngo-kit/sdk/node';
 *
 * const admin = createAdminClient({ baseUrl, secretKey: process.env.NGO_SECRET_KEY!, storage: fileStorage('.ngo-outbox.json') });
 * ```
 */
export function fileStorage(path: string): OutboxStorage {
  function read(): Record<string, string> {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }
  function write(items: Record<string, string>): void {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(items, null, 2));
    renameSync(temporary, path);
  }
  return {
    getItem: (key) => read()[key] ?? null,
    setItem: (key, value) => write({ ...read(), [key]: value }),
    removeItem: (key) => {
      const { [key]: _removed, ...rest } = read();
      write(rest);
    },
  };
}
