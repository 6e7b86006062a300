/**
 * A last-moment copy of unsaved edits, for a tab that closes before its IndexedDB write has
 * finished (IndexedDB is asynchronous, and a closing page may never finish it). On `pagehide`
 * the studio writes each unsaved plan here synchronously (localStorage); the next start
 * applies an entry only over the revision it was based on, and keeps it as a separate plan
 * otherwise, so newer data is never overwritten.
 */
import { parsePlanValue, toPlanDocument, type Plan } from '@sixsources/core';

/** The part of `localStorage` the journal uses (injectable for tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'sixsources.journal.';

/** One journaled plan, read back. */
export interface JournalEntry {
  key: string;
  plan: Plan;
  /** The stored revision the edits were made on; `null` for a plan never stored. */
  baseRevision: number | null;
  /** When the tab closed (ISO). */
  writtenAt: string;
}

/** The key of one tab's entry for one plan: two tabs closing on one plan keep both entries. */
export function journalKey(planId: string, tabId: string): string {
  return `${PREFIX}${planId}.${tabId}`;
}

/** Writes an entry; false when storage refused it (full, blocked). */
export function writeJournal(storage: JournalStorage, tabId: string, plan: Plan, baseRevision: number | null, writtenAt: string): boolean {
  try {
    storage.setItem(journalKey(plan.id, tabId), JSON.stringify({ baseRevision, writtenAt, document: toPlanDocument(plan) }));
    return true;
  } catch {
    return false;
  }
}

/** Removes one entry. */
export function clearJournal(storage: JournalStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Blocked storage: the entry is harmless, it only ever adds a copy.
  }
}

/** Every readable entry, oldest first. Unreadable entries are removed (they hold nothing usable). */
export function readJournal(storage: JournalStorage): JournalEntry[] {
  const entries: JournalEntry[] = [];
  let keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(PREFIX)) keys.push(key);
    }
  } catch {
    keys = [];
  }
  for (const key of keys) {
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
