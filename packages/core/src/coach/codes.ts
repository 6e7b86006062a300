/**
 * The catalogue of coach finding codes: each code's severity and what it means, in one
 * place so the README table, the CLI and the rules all read the same list.
 */
import type { Severity } from './types.ts';

/** One entry of the catalogue: a stable code, its severity and a one-line description. */
export interface FindingCodeInfo {
  readonly code: string;
  readonly severity: Severity;
  /** One line of English for documentation tables and `--help` output. */
  readonly description: string;
}

/**
 * Every code the coach can report, in the order the README lists them.
 * Codes are stable: apps and pipelines switch on them, so never rename one.
 */
export const FINDING_CODES = [
  {
    code: 'result-not-measurable',
    severity: 'error',
    description:
      'The result has no measure, or its primary measure lacks a numeric target, a target date or a baseline value.',
  },
  {
    code: 'measure-no-baseline',
    severity: 'warning',
    description: 'A measure has no baseline value or no baseline date, so progress cannot be shown.',
  },
  {
    code: 'measure-stale',
    severity: 'warning',
    description: 'A measure has not been observed within its cadence since its baseline date passed.',
  },
  {
    code: 'no-behaviors',
    severity: 'error',
    description: 'The plan names no vital behavior.',
  },
  {
    code: 'too-many-behaviors',
    severity: 'warning',
    description: 'The plan names more than four vital behaviors; focus on the few that drive most of the change.',
  },
  {
    code: 'behavior-not-observable',
    severity: 'warning',
    description: 'A vital behavior is phrased as an outcome, a feeling or a policy instead of an observable action.',
  },
  {
    code: 'behavior-not-measured',
    severity: 'warning',
    description: 'A vital behavior does not say how it is observed and counted.',
  },
  {
    code: 'behavior-no-strategy',
    severity: 'error',
    description: 'No strategy supports a vital behavior (dropped strategies never count).',
  },
  {
    code: 'fewer-than-four-sources',
    severity: 'warning',
    description:
      'A vital behavior, or the plan as a whole, draws on fewer than four of the six sources of influence.',
  },
  {
    code: 'source-missing',
    severity: 'warning',
    description: 'One of the six sources of influence has no strategy in the plan.',
  },
  {
    code: 'rewards-before-motivation',
    severity: 'warning',
    description:
      'A vital behavior gets rewards or accountability while personal or social motivation has no strategy; rewards come third.',
  },
  {
    code: 'crucial-moment-unlinked',
    severity: 'warning',
    description: 'A crucial moment is linked to no vital behavior.',
  },
  {
    code: 'culture-buster-uncountered',
    severity: 'warning',
    description: 'A culture buster is linked to no vital behavior, or none of its behaviors has a strategy.',
  },
  {
    code: 'positive-deviant-unused',
    severity: 'info',
    description: 'A positive deviant is linked to no vital behavior, so what they do differently is not used.',
  },
  {
    code: 'strategy-no-behavior',
    severity: 'warning',
    description: 'A strategy that is not dropped targets no vital behavior in the plan.',
  },
  {
    code: 'strategy-without-owner',
    severity: 'warning',
    description: 'A planned or in-progress strategy has no owner.',
  },
  {
    code: 'strategy-overdue',
    severity: 'warning',
    description: 'A strategy was due before today and is neither done nor dropped.',
  },
  {
    code: 'owner-overloaded',
    severity: 'warning',
    description:
      'One owner carries more planned or in-progress strategies than the load limit (5 by default), a sign of initiative fatigue.',
  },
] as const satisfies readonly FindingCodeInfo[];

/** A stable coach finding code, e.g. `behavior-not-observable`. */
export type FindingCode = (typeof FINDING_CODES)[number]['code'];

/** Severity of each code, for the rules and for apps that filter by code. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = Object.fromEntries(
  FINDING_CODES.map((entry) => [entry.code, entry.severity]),
) as Record<FindingCode, Severity>;

/** The catalogue as a Markdown table (code, severity, description), for the README. */
export function findingCodesTable(): string {
  const rows = FINDING_CODES.map((entry) => `| \`${entry.code}\` | ${entry.severity} | ${entry.description} |`);
  return ['| code | severity | what it means |', '|---|---|---|', ...rows].join('\n');
}
