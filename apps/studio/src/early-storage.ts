/**
 * Opens the plans store and starts listing the saved plans as the very first thing the page
 * does: `main.tsx` imports this module before React, so IndexedDB works while React's code is
 * still being evaluated. The studio picks both up when it starts.
 */
import type { StoreBackend } from './storage/backend.ts';
import { openIdbBackend } from './storage/idb-backend.ts';
import { loadListedLibrary, type ListedLibrary } from './storage/repository.ts';

/** The store and its listing, already on their way; `null` when the browser has no IndexedDB. */
export const earlyStorage: { backend: StoreBackend; library: Promise<ListedLibrary> } | null = open();

function open() {
  let backend: StoreBackend;
  try {
    backend = openIdbBackend();
  } catch {
    return null; // the studio tries again, fails the same way, and works in memory
  }
  const library = loadListedLibrary(backend);
  // A failure is handled when the studio awaits it; until then it must not count as unhandled.
  library.catch(() => {});
  return { backend, library };
}
