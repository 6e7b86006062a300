/**
 * Tabs tell each other about saves over a BroadcastChannel. A tab that learns of a newer
 * revision of a plan it holds reloads it if it has no unsaved edits, and otherwise warns:
 * newer data is never silently overwritten (saves also compare revisions before writing).
 */
import { PLAN_SCHEMA_VERSION } from '@sixsources/core';

/** The channel's name; every tab of the studio on this origin listens to it. */
export const CHANNEL_NAME = 'sixsources.plans';

/** What one tab tells the others. */
export type TabNotice =
  | { type: 'saved'; planId: string; revision: number; schemaVersion: number; tab: string }
  | { type: 'deleted'; planId: string; tab: string };

/** Reads a message from another tab; anything malformed is ignored (`null`). */
export function readNotice(data: unknown): TabNotice | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  const { type, planId, tab } = message;
  if (typeof planId !== 'string' || typeof tab !== 'string') return null;
  if (type === 'deleted') return { type, planId, tab };
  if (type !== 'saved') return null;
  const { revision, schemaVersion } = message;
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision)) return null;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion)) return null;
  return { type, planId, revision, schemaVersion, tab };
}

/** What this tab should do about a notice. */
export type NoticeDecision =
  /** Nothing: old news, or about a plan we do not hold. */
  | 'ignore'
  /** Read the plan again from storage (no local edits would be lost). */
  | 'reload'
  /** Tell the person: another tab saved this plan while they have unsaved edits here. */
  | 'warn'
  /** A newer version of the app saved it: stop writing this plan and say so. */
  | 'stop-writing'
  /** Another tab deleted it and nothing here is unsaved: drop it. */
  | 'drop';

/** What this tab knows about the plan a notice is about. */
export interface LocalPlanState {
  /** The revision this tab last read or wrote; `null` if it does not hold the plan. */
  revision: number | null;
  /** True when the plan has edits not yet saved. */
  hasUnsavedEdits: boolean;
}

/** Decides how to react to another tab's notice. */
export function decideOnNotice(notice: TabNotice, local: LocalPlanState): NoticeDecision {
  if (notice.type === 'deleted') {
    if (local.revision === null) return 'ignore';
    return local.hasUnsavedEdits ? 'warn' : 'drop';
  }
  if (notice.schemaVersion > PLAN_SCHEMA_VERSION) return local.revision === null ? 'ignore' : 'stop-writing';
  if (local.revision === null) return 'reload';
  if (notice.revision <= local.revision) return 'ignore';
  return local.hasUnsavedEdits ? 'warn' : 'reload';
}

/** A channel to the other tabs (a silent one where BroadcastChannel is missing). */
export interface TabChannel {
  post(notice: TabNotice): void;
  close(): void;
}

/** Opens the channel and calls `onNotice` for every well-formed notice from another tab. */
export function openTabChannel(tab: string, onNotice: (notice: TabNotice) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const notice = readNotice(event.data);
    if (notice !== null && notice.tab !== tab) onNotice(notice);
  };
  return {
    post: (notice) => {
      try {
        channel.postMessage(notice);
      } catch {
        // A closed channel during unload: the other tabs still see the revision when they save.
      }
    },
    close: () => channel.close(),
  };
}
