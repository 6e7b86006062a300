/**
 * Why a command was refused. A refused command leaves the plan exactly as it was, so a plan
 * never holds a dangling id, a duplicate id or a value its schema rejects.
 * Apps switch on `code`; `message` is English for developers and logs.
 */
import type { Source, Tactic } from '../plan/sources.ts';

/** One problem with a value, at a dotted path inside the item (e.g. `baseline.date`). */
export interface ValueIssue {
  path: string;
  message: string;
}

/** A refused command, with what was wrong. */
export type CommandError =
  /** No item of that kind has that id (or no observation, for `observation.*`). */
  | { code: 'not-found'; kind: string; id: string; message: string }
  /** The id of a new item is already used somewhere in the plan. */
  | { code: 'duplicate-id'; id: string; message: string }
  /** The id of a new item is not 1-64 letters, digits, `_` or `-`. */
  | { code: 'invalid-id'; id: string; message: string }
  /** A link names vital behaviors the plan does not have. */
  | { code: 'unknown-behavior'; behaviorIds: string[]; message: string }
  /** A link list names the same vital behavior twice. */
  | { code: 'duplicate-link'; behaviorIds: string[]; message: string }
  /** An index is outside the list. */
  | { code: 'out-of-range'; index: number; length: number; message: string }
  /** A value breaks the plan's schema (too long, not a date, not a number, …). */
  | { code: 'invalid-value'; issues: ValueIssue[]; message: string }
  /** The list already holds as many items as a plan may. */
  | { code: 'limit-reached'; limit: number; message: string }
  /** The tactic does not belong to the strategy's source of influence. */
  | { code: 'tactic-not-of-source'; source: Source; tactic: Tactic; message: string }
  /** An end date before its start: a strategy due before it starts, a target dated before its baseline. */
  | { code: 'dates-out-of-order'; start: string; end: string; message: string }
  /** The command's type is not one this library knows (untyped callers). */
  | { code: 'unknown-command'; type: string; message: string };

/** The `code` of every refusal. */
export type CommandErrorCode = CommandError['code'];
