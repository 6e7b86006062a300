/**
 * A plan's listing: what the library shows of a stored plan (title, organization, last save),
 * kept beside its record so the library never has to read and check whole plans. A listing is
 * only a cache: it names the record revision it describes, and one that does not match the
 * stored record (or is missing, or unreadable) is rebuilt from the record itself.
 */
import type { Plan } from '@sixsources/core';

/** Marks a value in the listings store as one of ours. */
export const LISTING_KIND = 'sixsources.plan-listing';

/** What the library lists of one stored plan. */
export interface PlanListing {
  kind: typeof LISTING_KIND;
  /** The record revision this listing was made from. */
  revision: number;
  /** When that revision was saved (ISO time). */
  savedAt: string;
  title: string;
  organization: string;
  /** The schema the stored document was upgraded from on reading; `null` when it is current. */
  migratedFrom: number | null;
}

/** The listing of `plan` as stored at `revision`. */
export function createListing(plan: Plan, revision: number, savedAt: string, migratedFrom: number | null = null): PlanListing {
  return { kind: LISTING_KIND, revision, savedAt, title: plan.title, organization: plan.organization.name, migratedFrom };
}

/** Reads a stored listing; `null` for anything that is not a well-formed one (it is then rebuilt). */
export function readListing(value: unknown): PlanListing | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, revision, savedAt, title, organization, migratedFrom } = value as Record<string, unknown>;
  if (kind !== LISTING_KIND || typeof revision !== 'number' || !Number.isSafeInteger(revision)) return null;
  if (typeof savedAt !== 'string' || typeof title !== 'string' || typeof organization !== 'string') return null;
  if (migratedFrom !== null && (typeof migratedFrom !== 'number' || !Number.isSafeInteger(migratedFrom))) return null;
  return { kind, revision, savedAt, title, organization, migratedFrom };
}
