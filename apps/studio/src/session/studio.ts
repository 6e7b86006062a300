/**
 * The studio's saved plans and their journey to storage, without React: loading, creating,
 * duplicating, deleting with undo, importing, autosaving the plans being edited, and keeping
 * tabs from overwriting each other. Screens read `getState()` through `useStudioState()`.
 */
import { PLAN_SCHEMA_VERSION, newId, type Plan, type TemplateName } from '@sixsources/core';
import { createAutosaver, type Autosaver } from '../storage/autosave.ts';
import { memoryBackend, type StoreBackend } from '../storage/backend.ts';
import {
  deletePlan,
  loadListedLibrary,
  loadPlan,
  newestFirst,
  readRaw,
  savePlan,
  type ListedLibrary,
  type NewerRecord,
  type SetAsideRecord,
} from '../storage/repository.ts';
import { decideOnNotice, type TabChannel, type TabNotice } from '../storage/tab-sync.ts';
import type { PlanSource } from './plan-source.ts';
import { clearJournal, hasJournal, journalKey, type JournalStorage } from '../storage/journal-keys.ts';
import type { JournalEntry } from '../storage/journal.ts';

/** Writing the journal: loaded once something may need it (`journalUnsaved` must write synchronously). */
type JournalWriter = typeof import('../storage/journal-write.ts');

/** Why this tab has stopped saving a plan until the person decides. */
export type SaveHold =
  /** Another tab saved a newer revision while this one had unsaved edits. */
  | 'conflict'
  /** A newer version of the app saved it. */
  | 'newer-schema'
  /** Another tab deleted it while this one had unsaved edits. */
  | 'deleted-elsewhere';

/** One plan in the library, as this tab knows it. */
export interface PlanSummary {
  id: string;
  /** What the library shows: the stored listing's, or the loaded plan's own. */
  title: string;
  organization: string;
  /**
   * The plan as last saved or loaded (the open plan's live state is in its session); `null`
   * until it is needed, as the library lists plans without reading them (`ensurePlan`).
   */
  plan: Plan | null;
  /** When it was last saved, ISO; `null` before the first save. */
  savedAt: string | null;
  /** The stored revision this tab last read or wrote; `null` if never stored. */
  revision: number | null;
  /** Set when the stored plan came from an older schema and was upgraded on loading. */
  migratedFrom: number | null;
  /** True while edits made here are not yet stored. */
  unsaved: boolean;
  hold: SaveHold | null;
  /** Counts reloads from storage; an open plan's session restarts when it changes. */
  reloads: number;
}

/** A save that did not work. */
export interface SaveProblem {
  kind: 'quota' | 'failed';
  planId: string;
  detail: string;
}

/** Everything the screens read. A new object after every change. */
export interface StudioState {
  phase: 'loading' | 'ready';
  /** `memory` when IndexedDB could not be used: nothing outlives the tab. */
  persistence: 'indexeddb' | 'memory';
  /** Newest first. */
  plans: readonly PlanSummary[];
  newer: readonly NewerRecord[];
  setAside: readonly SetAsideRecord[];
  saveProblem: SaveProblem | null;
  /** The last plan deleted, while its Undo is offered. */
  deleted: PlanSummary | null;
}

/** What the studio needs from the world, injectable for tests. */
export interface StudioOptions {
  /** Opens IndexedDB; may throw when it is unavailable. */
  openBackend: () => StoreBackend;
  /** The listing of the store `openBackend` returns, when its reading has already started. */
  library?: Promise<ListedLibrary>;
  openChannel?: (onNotice: (notice: TabNotice) => void) => TabChannel;
  now?: () => Date;
  /** Quiet time before an edit is saved. */
  autosaveDelayMs?: number;
  tabId?: string;
  /** Where unsaved edits go synchronously when the page is hidden for good (localStorage). */
  journal?: JournalStorage;
  /** The title of a plan recovered beside a newer stored version, e.g. "X (recovered)". */
  recoveredTitle?: (title: string) => string;
}

/** The result of `start()`. */
export interface StartResult {
  /** Set on a first visit (empty storage): the plan made from the Socorro template. */
  firstPlanId: string | null;
}

interface Tracked {
  source: PlanSource;
  unsubscribe: () => void;
}

/** The plans of this studio and their storage. */
export class Studio {
  private state: StudioState = {
    phase: 'loading',
    persistence: 'indexeddb',
    plans: [],
    newer: [],
    setAside: [],
    saveProblem: null,
    deleted: null,
  };
  private readonly listeners = new Set<() => void>();
  private backend: StoreBackend = memoryBackend();
  private autosaver: Autosaver | null = null;
  private channel: TabChannel | null = null;
  private readonly sessions = new Map<string, Tracked>();
  /** The plan as last stored, by plan id: the baseline for "unsaved". */
  private readonly stored = new Map<string, Plan>();
  private readonly now: () => Date;
  private readonly tabId: string;
  /** Journal entries not yet replaced by a successful save, by plan id. */
  private readonly journaled = new Map<string, { key: string; plan: Plan; recovered: boolean }>();
  /** The journal's writer once loaded: `journalUnsaved` must write synchronously. */
  private journalModule: JournalWriter | null = null;
  private journalLoading: Promise<JournalWriter> | null = null;
  /** Plans being read from storage for `ensurePlan`, by id. */
  private readonly reading = new Map<string, Promise<Plan | null>>();

  constructor(private readonly options: StudioOptions) {
    this.now = options.now ?? (() => new Date());
    this.tabId = options.tabId ?? newId('tab');
  }

  /** The current state. */
  getState = (): StudioState => this.state;

  /** Calls `listener` after every change of state. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Loads the library. Nothing is written before this finishes. On a first visit (empty
   * storage) with `seed`, creates the Socorro template's plan in `language` and reports its id.
   */
  async start({
    language,
    seed,
    onFirstPlan,
  }: {
    language: Plan['language'];
    seed: boolean;
    /** Called with the seeded plan's id before the studio is ready, so the app can open it first. */
    onFirstPlan?: (id: string) => void;
  }): Promise<StartResult> {
    let persistence: StudioState['persistence'] = 'indexeddb';
    let library: Awaited<ReturnType<typeof loadListedLibrary>>;
    try {
      this.backend = this.options.openBackend();
      library = await (this.options.library ?? loadListedLibrary(this.backend));
    } catch {
      persistence = 'memory';
      this.backend = memoryBackend();
      library = { plans: [], newer: [], setAside: [] };
    }
    const plans = library.plans.map(({ id, listing, plan }): PlanSummary => {
      if (plan !== null) this.stored.set(id, plan);
      const { title, organization, savedAt, revision, migratedFrom } = listing;
      return { id, title, organization, plan, savedAt, revision, migratedFrom, unsaved: false, hold: null, reloads: 0 };
    });
    this.autosaver = createAutosaver({ delayMs: this.options.autosaveDelayMs ?? 500, write: (id) => this.write(id) });
    this.channel = this.options.openChannel?.((notice) => void this.onNotice(notice)) ?? null;
    this.setState({ persistence, plans, newer: library.newer, setAside: library.setAside });

    const storage = persistence === 'indexeddb' ? this.options.journal : undefined;
    // Reading entries needs the core's plan checks: only loaded when some tab left entries.
    const journal = storage !== undefined && hasJournal(storage) ? (await import('../storage/journal.ts')).readJournal(storage) : [];
    // A journal entry is weighed against the stored plan, so those plans are read now.
    await Promise.all(journal.map((entry) => this.ensurePlan(entry.plan.id)));
    const recovered = this.recoverJournal(journal);
    const empty = this.state.plans.length === 0 && library.newer.length === 0 && library.setAside.length === 0;
    const firstPlanId = empty && seed ? await this.create('socorro-literacy', language) : null;
    if (firstPlanId !== null) onFirstPlan?.(firstPlanId);
    this.setState({ phase: 'ready' });
    for (const id of firstPlanId === null ? recovered : [...recovered, firstPlanId]) this.autosaver.schedule(id);
    if (firstPlanId !== null || recovered.length > 0) void this.flush();
    return { firstPlanId };
  }

  /**
   * Writes every unsaved plan to the journal, synchronously: call it on `pagehide`, when an
   * IndexedDB write may not get the time to finish. The next start applies what is there.
   */
  journalUnsaved(): void {
    const journal = this.options.journal;
    // Nothing can be unsaved before the module is loaded: every way to an unsaved plan loads it.
    const writeJournal = this.journalModule?.writeJournal;
    if (journal === undefined || writeJournal === undefined || this.state.persistence !== 'indexeddb' || this.state.phase !== 'ready') return;
    const writtenAt = this.now().toISOString();
    for (const entry of this.state.plans) {
      if (!entry.unsaved || entry.hold !== null) continue;
      const plan = this.latestPlan(entry.id);
      if (plan !== undefined && writeJournal(journal, this.tabId, plan, entry.revision, writtenAt)) {
        this.journaled.set(entry.id, { key: journalKey(entry.id, this.tabId), plan, recovered: false });
      }
    }
  }

  /** The page is back (restored from the back/forward cache): autosave carries on, the journal is not needed. */
  forgetJournal(): void {
    const journal = this.options.journal;
    if (journal === undefined) return;
    for (const { key } of this.journaled.values()) clearJournal(journal, key);
    this.journaled.clear();
  }

  /** Saves everything pending now (the page is being hidden or closed). */
  flush(): Promise<void> {
    return this.autosaver?.flush() ?? Promise.resolve();
  }

  /** Stops timers and the tab channel. */
  dispose(): void {
    this.autosaver?.dispose();
    this.channel?.close();
    for (const tracked of this.sessions.values()) tracked.unsubscribe();
    this.sessions.clear();
  }

  /** The raw stored value under `key`, for downloading a set-aside record as it is. */
  async readRaw(key: string): Promise<unknown> {
    return readRaw(this.backend, key);
  }

  /** Looks a plan up by id. */
  summary(id: string): PlanSummary | undefined {
    return this.state.plans.find((entry) => entry.id === id);
  }

  /** The freshest plan this tab has: the live one while it is open, else the stored one (if it was read). */
  latestPlan(id: string): Plan | undefined {
    return this.sessions.get(id)?.source.getPlan() ?? this.summary(id)?.plan ?? undefined;
  }

  /**
   * The plan of a listed entry, read from storage the first time it is needed (opening it,
   * copying it, deleting it with undo). `null` when it is not listed or cannot be read: an
   * unreadable record is then set aside, one from a newer version listed as such.
   */
  async ensurePlan(id: string): Promise<Plan | null> {
    const known = this.latestPlan(id);
    if (known !== undefined || this.summary(id) === undefined) return known ?? null;
    let pending = this.reading.get(id);
    if (pending === undefined) {
      pending = this.readListed(id).finally(() => this.reading.delete(id));
      this.reading.set(id, pending);
    }
    return pending;
  }

  private async readListed(id: string): Promise<Plan | null> {
    const reading = await loadPlan(this.backend, id).catch((error: unknown) => ({
      kind: 'unreadable' as const,
      reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    }));
    const entry = this.summary(id);
    if (entry === undefined) return null; // deleted meanwhile
    if (entry.plan !== null) return entry.plan;
    if (reading !== null && reading.kind === 'plan') {
      this.stored.set(id, reading.plan);
      const { plan, revision, savedAt, migratedFrom } = reading;
      this.patch(id, { plan, revision, savedAt, migratedFrom });
      return plan;
    }
    const plans = this.state.plans.filter((other) => other.id !== id);
    if (reading === null) this.setState({ plans });
    else if (reading.kind === 'newer') {
      const { schemaVersion, title, savedAt } = reading;
      this.setState({ plans, newer: [...this.state.newer, { id, schemaVersion, title, savedAt }] });
    } else this.setState({ plans, setAside: [...this.state.setAside, { key: id, reason: reading.reason }] });
    return null;
  }

  /** Creates a plan from a template, saves it, and returns its id. */
  async create(template: TemplateName, language: Plan['language']): Promise<string> {
    const { createPlanFromTemplate } = await import('./templates.ts');
    return this.add(createPlanFromTemplate(template, { language, now: this.now() }));
  }

  /** Copies a plan under a new id and title; returns the copy's id. */
  async duplicate(id: string, title: string): Promise<string | null> {
    const plan = await this.ensurePlan(id);
    if (plan === null) return null;
    const now = this.now().toISOString();
    return this.add({ ...plan, id: newId('plan'), title, createdAt: now, updatedAt: now });
  }

  /**
   * Adds a plan that came from outside (a file or a share link) as a new plan. It keeps its
   * id unless a plan here already has it. Returns the id it is stored under.
   */
  addPlan(plan: Plan): string {
    const taken = this.summary(plan.id) !== undefined || this.state.newer.some((record) => record.id === plan.id);
    return this.add(taken ? { ...plan, id: newId('plan') } : plan);
  }

  /** Deletes a plan; `undoDelete()` brings it back while `state.deleted` holds it. */
  async remove(id: string): Promise<void> {
    // Undo needs the whole plan, so it is read before its record goes.
    const live = await this.ensurePlan(id);
    const entry = this.summary(id);
    if (entry === undefined || live === null) return;
    this.autosaver?.cancel(id);
    this.stored.delete(id);
    this.setState({
      plans: this.state.plans.filter((plan) => plan.id !== id),
      deleted: { ...entry, plan: live },
    });
    const outcome = await deletePlan(this.backend, id);
    if (outcome.ok) this.channel?.post({ type: 'deleted', planId: id, tab: this.tabId });
  }

  /** Restores the last deleted plan. */
  undoDelete(): string | null {
    const entry = this.state.deleted;
    if (entry === null) return null;
    void this.loadJournal();
    this.setState({
      deleted: null,
      plans: sortPlans([...this.state.plans, { ...entry, unsaved: true, hold: null }]),
    });
    this.autosaver?.schedule(entry.id);
    void this.flush();
    return entry.id;
  }

  /** Forgets the Undo offer of the last deletion. */
  dismissDeleted(): void {
    if (this.state.deleted !== null) this.setState({ deleted: null });
  }

  /** Clears the save problem banner (it comes back on the next failure). */
  dismissSaveProblem(): void {
    if (this.state.saveProblem !== null) this.setState({ saveProblem: null });
  }

  /**
   * Watches an open plan: each change marks it unsaved and schedules an autosave.
   * Returns the function to call when the plan is closed (it saves what is pending).
   */
  track(id: string, source: PlanSource): () => void {
    void this.loadJournal();
    this.sessions.get(id)?.unsubscribe();
    const onChange = () => {
      const entry = this.summary(id);
      if (entry === undefined) return;
      const plan = source.getPlan();
      const unsaved = plan !== this.stored.get(id);
      if (unsaved !== entry.unsaved) this.patch(id, { unsaved });
      if (unsaved) this.autosaver?.schedule(id);
    };
    const unsubscribe = source.subscribe(onChange);
    const tracked = { source, unsubscribe };
    this.sessions.set(id, tracked);
    onChange();
    return () => {
      if (this.sessions.get(id) !== tracked) return;
      unsubscribe();
      // Keep the last live plan as the summary's plan, so nothing is lost when the session ends.
      const plan = source.getPlan();
      this.sessions.delete(id);
      if (this.summary(id) !== undefined && plan !== this.summary(id)?.plan) this.patch(id, { plan });
      void this.flush();
    };
  }

  /**
   * Settles a conflict with another tab. `theirs` reloads the stored plan, dropping the edits
   * made here; `keep-mine` saves this tab's version as a new plan first (returns its id), then
   * reloads theirs.
   */
  async resolveConflict(id: string, choice: 'theirs' | 'keep-mine', copyTitle: string): Promise<string | null> {
    let copyId: string | null = null;
    if (choice === 'keep-mine') {
      const mine = this.latestPlan(id);
      if (mine !== undefined) copyId = this.add({ ...mine, id: newId('plan'), title: copyTitle });
    }
    this.autosaver?.cancel(id);
    const reloaded = await this.reload(id);
    if (!reloaded) {
      // Deleted elsewhere: nothing to reload.
      this.stored.delete(id);
      this.setState({ plans: this.state.plans.filter((plan) => plan.id !== id) });
    }
    return copyId;
  }

  /** Loads the journal's writer (once). */
  private loadJournal(): Promise<JournalWriter> {
    this.journalLoading ??= import('../storage/journal-write.ts').then((module) => (this.journalModule = module));
    return this.journalLoading;
  }

  private newEntry(plan: Plan): PlanSummary {
    return { id: plan.id, ...listedAs(plan), plan, savedAt: null, revision: null, migratedFrom: null, unsaved: true, hold: null, reloads: 0 };
  }

  private add(plan: Plan): string {
    void this.loadJournal();
    const entry = this.newEntry(plan);
    this.setState({ plans: sortPlans([entry, ...this.state.plans.filter((p) => p.id !== plan.id)]) });
    // New plans are saved at once; before the first load has finished, nothing is written.
    if (this.state.phase === 'ready') {
      this.autosaver?.schedule(plan.id);
      void this.flush();
    }
    return plan.id;
  }

  /** One autosave of one plan. */
  private async write(id: string): Promise<void> {
    if (this.state.phase !== 'ready') return;
    const entry = this.summary(id);
    if (entry === undefined || entry.hold !== null) return;
    const plan = this.latestPlan(id);
    if (plan === undefined) return; // never read, so never changed here
    if (this.stored.get(id) === plan) {
      if (entry.unsaved) this.patch(id, { unsaved: false });
      return;
    }
    const outcome = await savePlan(this.backend, {
      plan,
      baseRevision: entry.revision,
      savedAt: this.now().toISOString(),
    });
    const current = this.summary(id);
    if (current === undefined) return; // deleted while saving
    switch (outcome.status) {
      case 'saved': {
        this.stored.set(id, plan);
        const stillUnsaved = this.latestPlan(id) !== plan;
        this.patch(id, { plan, revision: outcome.revision, savedAt: outcome.savedAt, unsaved: stillUnsaved });
        if (this.state.saveProblem?.planId === id) this.setState({ saveProblem: null });
        const journaled = this.journaled.get(id);
        // This tab's own entry only when this very plan is now stored (an older save may finish
        // after the page was hidden); a recovered entry as soon as its plan is saved at all.
        if (journaled !== undefined && (journaled.recovered || journaled.plan === plan) && this.options.journal !== undefined) {
          clearJournal(this.options.journal, journaled.key);
          this.journaled.delete(id);
        }
        this.channel?.post({ type: 'saved', planId: id, revision: outcome.revision, schemaVersion: PLAN_SCHEMA_VERSION, tab: this.tabId });
        this.setState({ plans: sortPlans(this.state.plans) });
        return;
      }
      case 'conflict':
        this.patch(id, { hold: 'conflict' });
        return;
      case 'newer-schema':
        this.patch(id, { hold: 'newer-schema' });
        return;
      case 'failed':
        this.setState({
          saveProblem: {
            kind: outcome.quota ? 'quota' : 'failed',
            planId: id,
            detail: outcome.error instanceof Error ? outcome.error.message : String(outcome.error),
          },
        });
        return;
    }
  }

  private async onNotice(notice: TabNotice): Promise<void> {
    const entry = this.summary(notice.planId);
    const decision = decideOnNotice(notice, {
      revision: entry?.revision ?? null,
      hasUnsavedEdits: entry?.unsaved ?? false,
    });
    switch (decision) {
      case 'ignore':
        return;
      case 'reload':
        await this.reload(notice.planId);
        return;
      case 'warn':
        this.patch(notice.planId, { hold: notice.type === 'deleted' ? 'deleted-elsewhere' : 'conflict' });
        return;
      case 'stop-writing':
        this.patch(notice.planId, { hold: 'newer-schema' });
        return;
      case 'drop':
        this.autosaver?.cancel(notice.planId);
        this.stored.delete(notice.planId);
        this.setState({ plans: this.state.plans.filter((plan) => plan.id !== notice.planId) });
        return;
    }
  }

  /**
   * Applies journal entries left by tabs that closed before saving. An entry based on the
   * stored revision becomes the plan's unsaved state; one based on an older revision (another
   * tab saved since) is kept beside it as a separate plan. Returns the plans to save.
   */
  private recoverJournal(entries: readonly JournalEntry[]): string[] {
    const journal = this.options.journal;
    if (journal === undefined) return [];
    const toSave: string[] = [];
    for (const entry of entries) {
      const current = this.summary(entry.plan.id);
      if (current?.plan != null && sameContent(current.plan, entry.plan)) {
        clearJournal(journal, entry.key); // it was saved after all
        continue;
      }
      let id = entry.plan.id;
      if (current !== undefined && entry.baseRevision === current.revision) {
        this.patch(id, { plan: entry.plan, unsaved: true });
      } else if (current === undefined && entry.baseRevision === null) {
        this.setState({ plans: sortPlans([this.newEntry(entry.plan), ...this.state.plans]) });
      } else {
        const title = (this.options.recoveredTitle ?? ((text: string) => `${text} (recovered)`))(entry.plan.title);
        id = newId('plan');
        this.setState({ plans: sortPlans([this.newEntry({ ...entry.plan, id, title }), ...this.state.plans]) });
      }
      this.journaled.set(id, { key: entry.key, plan: entry.plan, recovered: true });
      toSave.push(id);
    }
    return toSave;
  }

  /** Reads one plan again from storage; false when it is gone. */
  private async reload(id: string): Promise<boolean> {
    const reading = await loadPlan(this.backend, id).catch(() => null);
    if (reading === null) return false;
    if (reading.kind === 'newer') {
      this.patch(id, { hold: 'newer-schema' });
      return true;
    }
    if (reading.kind !== 'plan') return false;
    // The open session (if any) restarts from the reloaded plan; its edits must not flow back.
    this.sessions.get(id)?.unsubscribe();
    this.sessions.delete(id);
    this.stored.set(id, reading.plan);
    const existing = this.summary(id);
    const entry: PlanSummary = {
      id,
      ...listedAs(reading.plan),
      plan: reading.plan,
      savedAt: reading.savedAt,
      revision: reading.revision,
      migratedFrom: reading.migratedFrom,
      unsaved: false,
      hold: null,
      reloads: (existing?.reloads ?? 0) + 1,
    };
    this.setState({ plans: sortPlans([entry, ...this.state.plans.filter((plan) => plan.id !== id)]) });
    return true;
  }

  private patch(id: string, changes: Partial<PlanSummary>): void {
    // What the library shows follows the plan.
    const listed = changes.plan == null ? {} : listedAs(changes.plan);
    this.setState({ plans: this.state.plans.map((entry) => (entry.id === id ? { ...entry, ...changes, ...listed } : entry)) });
  }

  private setState(changes: Partial<StudioState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}

/** What the library shows of a plan. */
function listedAs(plan: Plan): Pick<PlanSummary, 'title' | 'organization'> {
  return { title: plan.title, organization: plan.organization.name };
}

/** True when two plans say the same thing (both come from the same schema, so key order matches). */
function sameContent(a: Plan, b: Plan): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Newest first; plans never saved (just made) on top. */
function sortPlans(plans: readonly PlanSummary[]): PlanSummary[] {
  return [...plans].sort((a, b) => newestFirst(a.savedAt ?? '\uffff', b.savedAt ?? '\uffff'));
}
