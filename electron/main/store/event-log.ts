import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One line of events.log: what happened to the store, when, and the details that identify it. */
export interface StoreEvent {
  at: string;
  event: string;
  [detail: string]: string | number | boolean | null;
}

/** The event log of a data folder. */
export function eventLogPath(dataDir: string): string {
  return join(dataDir, 'events.log');
}

/**
 * Appends one JSON line. A single small append is written whole by the system; a line cut short by
 * a crash is skipped by readers. A log that cannot be written must not fail the action it records.
 */
export async function appendEvent(dataDir: string, event: StoreEvent): Promise<void> {
  const file = eventLogPath(dataDir);
  try {
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, `${JSON.stringify(event)}\n`, 'utf8');
  } catch {
    // The store itself is fine; only the record of this event is lost.
  }
}
