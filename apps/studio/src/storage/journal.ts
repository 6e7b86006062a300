/**
 * A last-moment copy of unsaved edits, for a tab that closes before its IndexedDB write has
 * finished (IndexedDB is asynchronous, and a closing page may never finish it). On `pagehide`
 * the studio writes each unsaved plan here synchronously (localStorage); the next start
 * applies an entry only over the revision it was based on, and keeps it as a separate plan
 * otherwise, so newer data is never overwritten.
 */
import { parsePlanValue, type Plan } from '@sixsources/core';
import { clearJournal, journalKeys, type JournalStorage } from './journal-keys.ts';

export { clearJournal, hasJournal, journalKey, type JournalStorage } from './journal-keys.ts';
export { writeJournal } from './journal-write.ts';

/** One journaled plan, read back. */
export interface JournalEntry {
  key: string;
  plan: Plan;
  /** The stored revision the edits were made on; `null` for a plan never stored. */
  baseRevision: number | null;
  /** When the tab closed (ISO). */
  writtenAt: string;
}

/** Every readable entry, oldest first. Unreadable entries are removed (they hold nothing usable). */
export function readJournal(storage: JournalStorage): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const key of journalKeys(storage)) {
    const entry = readEntry(key, storage);
    if (entry === null) clearJournal(storage, key);
    else entries.push(entry);
  }
  return entries.sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
}

function readEntry(key: string, storage: JournalStorage): JournalEntry | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { baseRevision, writtenAt, document } = value as Record<string, unknown>;
    if (baseRevision !== null && (typeof baseRevision !== 'number' || !Number.isSafeInteger(baseRevision))) return null;
    if (typeof writtenAt !== 'string') return null;
    const parsed = parsePlanValue(document);
    if (!parsed.ok) return null;
    return { key, plan: parsed.plan, baseRevision, writtenAt };
  } catch {
    return null;
  }
}
