/** Starting a district rollout or a cohort from checked input. */
import { createActor } from 'xstate';
import { z } from 'zod';
import { cohortMachine } from './cohort-machine.ts';
import { districtMachine } from './district-machine.ts';
import { CohortInputSchema, DistrictInputSchema, type CohortInput, type DistrictInput } from './inputs.ts';
import type { CohortActor, DistrictActor } from './persistence.ts';

/** A started actor, or why the input was refused (one sentence per problem). */
export type CreateResult<TActor> = { ok: true; actor: TActor } | { ok: false; errors: string[] };

/** Checks `input` and starts a district rollout in `explore`, with any campuses given. */
export function createDistrictRollout(input: DistrictInput): CreateResult<DistrictActor> {
  const parsed = DistrictInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: describe(parsed.error) };
  return { ok: true, actor: createActor(districtMachine, { input: parsed.data }).start() };
}

/** Checks `input` and starts a cohort with its 1–50 districts. */
export function createCohort(input: CohortInput): CreateResult<CohortActor> {
  const parsed = CohortInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: describe(parsed.error) };
  return { ok: true, actor: createActor(cohortMachine, { input: parsed.data }).start() };
}

function describe(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
}
