/**
 * Reading a plan file from untrusted text: size, JSON, shape, envelope, version, migrations,
 * schema, references — in that order, each step bounding the work of the next.
 * Nothing here throws; every failure comes back as `PlanIssue`s.
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, PlanDocumentSchema, type PlanDocument } from './document.ts';
import { PlanSchema, type Plan } from './schema.ts';
import { checkPlanItems, type FramedPlan } from './item-issues.ts';
import { checkReferences } from './references.ts';
import { prefixIssues, sortAndCapIssues, type PlanIssue, type PlanIssueCode } from './issues.ts';
import { exceedsUtf8Bytes } from './text-size.ts';
import { checkJsonShape } from './shape-guard.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { OLDEST_SCHEMA_VERSION, migrateDocument, type RawPlanDocument } from './migrations.ts';
import { planIssuesFromZod } from './zod-issues.ts';
import { compiledOnUse } from './compiled.ts';

/** The outcome of reading a plan file. */
export type ParsePlanResult =
  | {
      ok: true;
      plan: Plan;
      /** The file in the current schema version (after any migration). */
      document: PlanDocument;
      /** The schema version the file was upgraded from, or `null` if it was current. */
      migratedFrom: number | null;
    }
  | {
      ok: false;
      /** Sorted by path, at most `MAX_REPORTED_ISSUES`. */
      errors: PlanIssue[];
    };

/** The outcome of validating a plan held in memory. */
export type ValidatePlanResult = { ok: true; plan: Plan } | { ok: false; errors: PlanIssue[] };

const BYTE_ORDER_MARK = '\uFEFF';

// Compiled: the same results as the schemas, faster on valid input (see `compiled.ts`).
const DocumentSchema = compiledOnUse(PlanDocumentSchema);
/** The envelope alone, for a large plan whose items were checked already. */
const EnvelopeSchema = compiledOnUse(PlanDocumentSchema.extend({ plan: z.unknown() }));
const BarePlanSchema = compiledOnUse(PlanSchema);

/**
 * Reads a plan file's text. Never throws, whatever the input: files over
 * `LIMITS.maxDocumentBytes` are refused unread, syntax errors give a line and column,
 * files from a newer version are refused whole, older ones are migrated.
 */
export function parsePlanDocument(text: string): ParsePlanResult {
  try {
    if (typeof text !== 'string') return refuse('', 'not-json', 'expected the text of a plan file');
    if (exceedsUtf8Bytes(text, LIMITS.maxDocumentBytes)) {
      const mib = LIMITS.maxDocumentBytes / (1024 * 1024);
      return refuse('', 'too-large', `the file is larger than ${mib} MiB, the most a plan file may be; it was not read`);
    }
    // Editors on Windows often save a byte order mark, which JSON.parse rejects.
    const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      return refuse('', 'not-json', describeJsonFailure(json, error));
    }
    return parsePlanValue(value);
  } catch (error) {
    return unexpected(error);
  }
}

/**
 * Reads a plan file that is already parsed JSON (from `JSON.parse`, a message or storage):
 * the same checks as `parsePlanDocument` after the JSON step. Never throws.
 */
export function parsePlanValue(value: unknown): ParsePlanResult {
  try {
    const shapeIssues = checkJsonShape(value);
    if (shapeIssues.length > 0) return { ok: false, errors: sortAndCapIssues(shapeIssues) };

    if (!isObject(value)) return refuse('', 'not-a-plan-file', `this is not a Six Sources plan file: it holds ${kindOf(value)}, not an object`);
    const format = value['format'];
    if (format !== PLAN_FORMAT) {
      const why = format === undefined ? 'it has no "format"' : `its "format" is ${preview(format)}, not "${PLAN_FORMAT}"`;
      return refuse('format', 'not-a-plan-file', `this is not a Six Sources plan file (${why})`);
    }

    const version = value['schemaVersion'];
    if (typeof version !== 'number' || !Number.isInteger(version)) {
      return refuse('schemaVersion', 'unknown-version', `must be a whole number such as ${PLAN_SCHEMA_VERSION}, not ${preview(version)}`);
    }
    if (version > PLAN_SCHEMA_VERSION) {
      return refuse(
        'schemaVersion',
        'too-new',
        `made by a newer version of Six Sources (schema ${version}); this version reads up to ${PLAN_SCHEMA_VERSION} — update, nothing was changed`,
      );
    }
    if (version < OLDEST_SCHEMA_VERSION) {
      return refuse(
        'schemaVersion',
        'unknown-version',
        `schema ${version} was never written by Six Sources; this version reads ${OLDEST_SCHEMA_VERSION} to ${PLAN_SCHEMA_VERSION}`,
      );
    }

    let current: RawPlanDocument = value;
    if (version < PLAN_SCHEMA_VERSION) {
      const migrated = migrateDocument(value, version);
      if (!migrated.ok) return { ok: false, errors: [migrated.issue] };
      current = migrated.document;
    }

    const items = checkPlanItems(current['plan']);
    if (items.kind === 'refused') return { ok: false, errors: sortAndCapIssues(items.issues) };

    // A large plan whose items all passed is not checked item by item a second time.
    const parsed = items.kind === 'items-valid' ? parseDocumentFrame(current, items.frame) : DocumentSchema().safeParse(current);
    if (!parsed.success) return { ok: false, errors: sortAndCapIssues(planIssuesFromZod(parsed.error.issues, current)) };
    const document = parsed.data;

    const referenceIssues = checkReferences(document.plan);
    if (referenceIssues.length > 0) return { ok: false, errors: sortAndCapIssues(prefixIssues('plan', referenceIssues)) };

    return {
      ok: true,
      plan: document.plan,
      document,
      migratedFrom: version < PLAN_SCHEMA_VERSION ? version : null,
    };
  } catch (error) {
    return unexpected(error);
  }
}

/**
 * Validates a bare plan (not a file envelope), e.g. one an editor built or a caller passed
 * in: shape, schema and references. Paths are relative to the plan (`behaviors.2.who`).
 * Never throws. On success, `plan` is a fresh copy without unknown keys.
 */
export function validatePlan(plan: unknown): ValidatePlanResult {
  try {
    const shapeIssues = checkJsonShape(plan);
    if (shapeIssues.length > 0) return { ok: false, errors: sortAndCapIssues(shapeIssues) };
    const parsed = BarePlanSchema().safeParse(plan);
    if (!parsed.success) return { ok: false, errors: sortAndCapIssues(planIssuesFromZod(parsed.error.issues, plan)) };
    const referenceIssues = checkReferences(parsed.data);
    if (referenceIssues.length > 0) return { ok: false, errors: sortAndCapIssues(referenceIssues) };
    return { ok: true, plan: parsed.data };
  } catch (error) {
    return unexpected(error);
  }
}

/** The envelope checked by zod, the plan by its frame (its items were parsed already). */
function parseDocumentFrame(
  document: RawPlanDocument,
  frame: (plan: unknown) => FramedPlan,
): { success: true; data: PlanDocument } | { success: false; error: { issues: z.core.$ZodIssue[] } } {
  const envelope = EnvelopeSchema().safeParse(document);
  if (!envelope.success) return { success: false, error: envelope.error };
  const plan = frame(document['plan']);
  if (!plan.success) return { success: false, error: { issues: plan.issues.map((issue) => ({ ...issue, path: ['plan', ...issue.path] })) } };
  return { success: true, data: { ...envelope.data, plan: plan.data } };
}

function refuse(path: string, code: PlanIssueCode, message: string): { ok: false; errors: PlanIssue[] } {
  return { ok: false, errors: [{ path, code, message }] };
}

/** Last line of defence: hostile in-memory values (throwing getters, proxies) end here. */
function unexpected(error: unknown): { ok: false; errors: PlanIssue[] } {
  const reason = error instanceof Error ? error.message : 'an unexpected error';
  return refuse('', 'invalid', `could not read this plan: ${reason}`);
}

function describeJsonFailure(text: string, error: unknown): string {
  const located = findJsonSyntaxError(text);
  if (located !== null) {
    if (text.trim() === '') return 'the file is empty; a plan file is JSON';
    return `not valid JSON at line ${located.line}, column ${located.column}: ${located.reason}`;
  }
  // Our scanner and the engine disagree; the engine's own words are the best we have.
  return `not valid JSON: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`;
}

function isObject(value: unknown): value is RawPlanDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : `a ${typeof value}`;
}

/** A short, safe rendering of an unexpected value for a message. */
function preview(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return kindOf(value);
}
