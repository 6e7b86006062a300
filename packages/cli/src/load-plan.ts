/** Loads a plan file for a command: read, parse, validate; problems name the file and the path. */
import { LIMITS, MAX_REPORTED_ISSUES, formatPlanIssues, parsePlanDocument, type Plan, type PlanDocument } from '@sixsources/core';
import { EXIT } from './exit-codes.ts';
import { CliFailure } from './failure.ts';
import { readTextFile } from './read-file.ts';

/** A plan file that read and validated. */
export interface LoadedPlan {
  /** The file name as the user typed it, for messages. */
  file: string;
  plan: Plan;
  document: PlanDocument;
  /** The schema version the file was upgraded from, or `null` if it was current. */
  migratedFrom: number | null;
}

/**
 * Reads and validates a plan file. An unreadable file fails with exit status 2; an invalid
 * plan fails with exit status 1 and one line per problem: `file: path: problem`.
 */
export async function loadPlan(file: string, cwd: string): Promise<LoadedPlan> {
  const read = await readTextFile(file, cwd, LIMITS.maxDocumentBytes);
  if (read.tooLarge) {
    const mib = LIMITS.maxDocumentBytes / (1024 * 1024);
    throw invalidPlan(file, [`${file}: the file is larger than ${mib} MiB, the most a plan file may be; it was not read`]);
  }
  const parsed = parsePlanDocument(read.text);
  if (!parsed.ok) throw invalidPlan(file, formatPlanIssues(parsed.errors, file));
  return { file, plan: parsed.plan, document: parsed.document, migratedFrom: parsed.migratedFrom };
}

function invalidPlan(file: string, problems: readonly string[]): CliFailure {
  // The core reports at most MAX_REPORTED_ISSUES problems; say so rather than miscount.
  const count =
    problems.length >= MAX_REPORTED_ISSUES
      ? `the first ${problems.length} problems are shown`
      : problems.length === 1
        ? '1 problem'
        : `${problems.length} problems`;
  return new CliFailure(EXIT.planProblem, [...problems, `sixsources: ${file} is not a valid plan (${count})`]);
}
