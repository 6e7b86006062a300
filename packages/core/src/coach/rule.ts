/** The shape every coach rule shares, so the coach can run them from one list. */
import { FINDING_SEVERITY, type FindingCode } from './codes.ts';
import type { CoachContext } from './context.ts';
import type { Finding, Severity } from './types.ts';

/** One check of a plan: reports only findings of its own code. */
export interface CoachRule {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Reads the shared indexes; must run in time linear in the plan. */
  check(context: CoachContext): Finding[];
}

/** A rule for `code`, its severity taken from `FINDING_CODES`. */
export function defineRule(code: FindingCode, check: (context: CoachContext) => Finding[]): CoachRule {
  return { code, severity: FINDING_SEVERITY[code], check };
}
