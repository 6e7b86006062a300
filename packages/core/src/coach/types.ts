/** What the coach says about a plan. */
import type { Source } from '../plan/sources.ts';
import type { FindingCode } from './codes.ts';

export type { FindingCode } from './codes.ts';

/** How much a finding matters: an `error` blocks approval. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing the coach noticed, with where it is and what to do about it. */
export interface Finding {
  /** Stable code, documented in the README (see `FINDING_CODES`); apps and pipelines switch on it. */
  code: FindingCode;
  severity: Severity;
  /** A sentence for a person, in the plan's language. */
  message: string;
  /** Where in the plan, as dotted paths such as `behaviors.2.action`. */
  paths: string[];
  /** How to fix it, in the plan's language. */
  suggestion: string;
  /** Values the message was built from, for apps that format their own text. */
  params: Record<string, string | number>;
}

/** Strategies that reach each behavior through each source: behavior id → source → strategy ids. */
export type CoverageMatrix = Record<string, Record<Source, string[]>>;

/** The coach's whole answer for one plan. */
export interface CoachReport {
  findings: Finding[];
  coverage: CoverageMatrix;
}
