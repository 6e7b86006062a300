/** Starts the studio in the browser: storage, tab channel, autosave flushes, then the app. */
// First of all: reading the saved plans starts before React's code is evaluated.
import { earlyStorage } from './early-storage.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { newId } from '@sixsources/core';
import { App } from './App.tsx';
import { Studio } from './session/studio.ts';
import { openIdbBackend } from './storage/idb-backend.ts';
import { openTabChannel } from './storage/tab-sync.ts';
import { initialLanguage } from './i18n/language.ts';
import { translator } from './i18n/translate.ts';
import type { JournalStorage } from './storage/journal.ts';
import { parseRoute, planHash } from './shell/route.ts';
import { preloadLibrary } from './shell/Screen.tsx';
import { replaceRoute } from './shell/useRoute.ts';
import { flushPendingEdits } from './plan/pending-edits.ts';

const tabId = newId('tab');
const t = translator(initialLanguage());
const studio = new Studio({
  openBackend: () => earlyStorage?.backend ?? openIdbBackend(),
  ...(earlyStorage !== null && { library: earlyStorage.library }),
  openChannel: (onNotice) => openTabChannel(tabId, onNotice),
  tabId,
  journal: localStorageOrUndefined(),
  recoveredTitle: (title) => t('storage.recoveredTitle', { title }),
});

// Save what is pending whenever the page may go away; a debounced save alone would lose it.
// A closing page may not finish an IndexedDB write, so unsaved edits also go to the journal.
// Text typed just before is applied first (it reaches the plan a moment after each keystroke).
window.addEventListener('pagehide', () => {
  flushPendingEdits();
  studio.journalUnsaved();
  void studio.flush();
});
window.addEventListener('pageshow', (event) => {
  if (event.persisted) studio.forgetJournal();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'hidden') return;
  flushPendingEdits();
  void studio.flush();
});

/** localStorage, unless the browser blocks it (some privacy settings throw on access). */
function localStorageOrUndefined(): JournalStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// The library's code downloads while the saved plans are read: at once at its own address; at
// the root only once there are plans to list (a first visit opens the demo plan instead).
if (/^#\/library\/*$/.test(window.location.hash)) preloadLibrary();
else if (parseRoute(window.location.hash).screen === 'library') {
  void earlyStorage?.library.then((library) => library.plans.length > 0 && preloadLibrary(), () => {});
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App studio={studio} />
  </StrictMode>,
);

// A shared link is the visitor's first plan, so only seed the demo plan without one.
const arrivedWithShare = parseRoute(window.location.hash).screen === 'share';
void studio.start({
  language: initialLanguage(),
  seed: !arrivedWithShare,
  // A first visit opens the demo plan straight away (and never loads the library first).
  onFirstPlan: (id) => {
    if (parseRoute(window.location.hash).screen === 'library') replaceRoute(planHash(id));
  },
});
