/** Writing a journal entry (`journal.ts`): what a closing page needs, without the core's plan checks that reading one needs. */
import { toPlanDocument, type Plan } from '@sixsources/core';
import { journalKey, type JournalStorage } from './journal-keys.ts';

/** Writes an entry; false when storage refused it (full, blocked). */
export function writeJournal(storage: JournalStorage, tabId: string, plan: Plan, baseRevision: number | null, writtenAt: string): boolean {
  try {
    storage.setItem(journalKey(plan.id, tabId), JSON.stringify({ baseRevision, writtenAt, document: toPlanDocument(plan) }));
    return true;
  } catch {
    return false;
  }
}
