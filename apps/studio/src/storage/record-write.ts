/**
 * Writing plan records, and reading back only their revision and schema (for compare-before-
 * write): what a save needs, without the core's plan checks that reading a whole record needs.
 */
import { PLAN_SCHEMA_VERSION, toPlanDocument, type Plan, type PlanDocument } from '@sixsources/core';

/** Marks a value in the store as one of ours. */
export const RECORD_KIND = 'sixsources.plan-record';

/** A plan as stored in IndexedDB, under its plan id. */
export interface PlanRecord {
  kind: typeof RECORD_KIND;
  /** Counts saves; a tab writes only over the revision it last saw. */
  revision: number;
  /** When this revision was saved (ISO time). */
  savedAt: string;
  /** The plan file, exactly as an export would write it. */
  document: PlanDocument;
}

/** Builds the record for a save. */
export function createRecord(plan: Plan, revision: number, savedAt: string): PlanRecord {
  return { kind: RECORD_KIND, revision, savedAt, document: toPlanDocument(plan) };
}

/** True for a schema version written by a newer version of the app. */
export function isNewerSchema(schemaVersion: number): boolean {
  return schemaVersion > PLAN_SCHEMA_VERSION;
}

/** The revision and schema of whatever is stored, as far as they can be read (for compare-before-write). */
export function storedVersion(value: unknown): { revision: number; schemaVersion: number | null } | null {
  if (!isObject(value) || value['kind'] !== RECORD_KIND) return null;
  const revision = value['revision'];
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision)) return null;
  const document = value['document'];
  const schemaVersion = isObject(document) && typeof document['schemaVersion'] === 'number' ? document['schemaVersion'] : null;
  return { revision, schemaVersion };
}

/** A plain object (not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
