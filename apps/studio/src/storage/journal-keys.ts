/**
 * The journal's keys in localStorage (`journal.ts`), without reading the plans in them: what
 * the studio needs at every start, before it knows whether there is anything to recover.
 */

/** The part of `localStorage` the journal uses (injectable for tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'sixsources.journal.';

/** The key of one tab's entry for one plan: two tabs closing on one plan keep both entries. */
export function journalKey(planId: string, tabId: string): string {
  return `${PREFIX}${planId}.${tabId}`;
}

/** Every journal key in `storage` (none when storage is blocked). */
export function journalKeys(storage: JournalStorage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(PREFIX)) keys.push(key);
    }
  } catch {
    return [];
  }
  return keys;
}

/** True when some tab left entries to recover. */
export function hasJournal(storage: JournalStorage): boolean {
  return journalKeys(storage).length > 0;
}

/** Removes one entry. */
export function clearJournal(storage: JournalStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Blocked storage: the entry is harmless, it only ever adds a copy.
  }
}
