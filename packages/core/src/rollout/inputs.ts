/** Schemas for what it takes to start a district rollout or a cohort, for input from people and files. */
import { z } from 'zod';
import { IdSchema } from '../plan/schema.ts';
import { CampusInputSchema } from './campus-machine.ts';
import { MAX_CAMPUSES } from './events.ts';
import { PartialThresholdsSchema } from './thresholds.ts';
import { NameText, WhenText } from './text.ts';

/** The most districts one cohort holds. */
export const MAX_COHORT_DISTRICTS = 50;

/** What it takes to start a district rollout. */
export const DistrictInputSchema = z.object({
  /** Defaults to a slug of the name, e.g. `socorro-isd`. */
  id: IdSchema.optional(),
  name: NameText,
  /** Thresholds to use instead of the defaults. */
  thresholds: PartialThresholdsSchema.optional(),
  /** Campuses known from the start, spawned in the same step. */
  campuses: z.array(CampusInputSchema).max(MAX_CAMPUSES).optional(),
  /** When the rollout started and who started it, for the first audit entry. */
  at: WhenText.optional(),
  who: NameText.optional(),
}).refine((input) => new Set(input.campuses?.map((campus) => campus.id)).size === (input.campuses?.length ?? 0), {
  message: 'two campuses share an id',
  path: ['campuses'],
});
/** What it takes to start a district rollout. */
export type DistrictInput = z.infer<typeof DistrictInputSchema>;

/** What it takes to start a cohort: a name and 1–50 districts. */
export const CohortInputSchema = z.object({
  id: IdSchema.optional(),
  name: NameText,
  districts: z.array(DistrictInputSchema).min(1).max(MAX_COHORT_DISTRICTS),
  at: WhenText.optional(),
  who: NameText.optional(),
});
/** What it takes to start a cohort. */
export type CohortInput = z.infer<typeof CohortInputSchema>;
