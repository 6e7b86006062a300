/**
 * A first look at a plan's lists, item by item, that stops once enough is wrong to report.
 * zod describes every problem of every item before returning: a 3 MB file of a million
 * empty objects would take it a minute and gigabytes. This pass keeps that bounded.
 */
import type { z } from 'zod';
import { LIMITS } from './limits.ts';
import { MAX_REPORTED_ISSUES, prefixIssues, type PlanIssue } from './issues.ts';
import {
  CrucialMomentSchema,
  CultureBusterSchema,
  InfluencerSchema,
  MeasureSchema,
  ObservationSchema,
  ObviousNoteSchema,
  PositiveDeviantSchema,
  StrategySchema,
  VitalBehaviorSchema,
} from './schema.ts';
import { planIssuesFromZod } from './zod-issues.ts';

/** Below this many items in all lists, zod's own pass is cheap enough whatever they hold. */
const FEW_ITEMS = 500;

const LISTS: readonly (readonly [string, z.ZodType, number])[] = [
  ['behaviors', VitalBehaviorSchema, LIMITS.maxItems],
  ['obvious', ObviousNoteSchema, LIMITS.maxItems],
  ['crucialMoments', CrucialMomentSchema, LIMITS.maxItems],
  ['positiveDeviants', PositiveDeviantSchema, LIMITS.maxItems],
  ['cultureBusters', CultureBusterSchema, LIMITS.maxItems],
  ['strategies', StrategySchema, LIMITS.maxStrategies],
  ['influencers', InfluencerSchema, LIMITS.maxItems],
];
const MeasureWithoutObservations = MeasureSchema.omit({ observations: true });

/**
 * Issues of list items that fail their schema (paths from the document's root), once there
 * are at least `MAX_REPORTED_ISSUES`; `null` when there are fewer, and zod's full pass follows.
 */
export function firstItemIssues(plan: unknown): PlanIssue[] | null {
  if (!isRecord(plan)) return null;
  // A list longer than its limit is refused for that alone, by zod, without looking inside.
  const lists: [unknown[], z.ZodType, string][] = [];
  const add = (list: unknown, schema: z.ZodType, max: number, path: string) => {
    if (Array.isArray(list) && list.length <= max) lists.push([list, schema, path]);
  };
  for (const [key, schema, max] of LISTS) add(plan[key], schema, max, `plan.${key}`);
  const result = plan['result'];
  const measures = isRecord(result) ? result['measures'] : undefined;
  if (Array.isArray(measures) && measures.length <= LIMITS.maxItems) {
    add(measures, MeasureWithoutObservations, LIMITS.maxItems, 'plan.result.measures');
    // Plain loops: a list from storage may lack Array.prototype.
    for (let m = 0; m < measures.length; m++) {
      const measure: unknown = measures[m];
      if (isRecord(measure)) add(measure['observations'], ObservationSchema, LIMITS.maxObservations, `plan.result.measures.${m}.observations`);
    }
  }
  let items = 0;
  for (const [list] of lists) items += list.length;
  if (items <= FEW_ITEMS) return null;

  const issues: PlanIssue[] = [];
  for (const [list, schema, path] of lists) {
    for (let i = 0; i < list.length && issues.length < MAX_REPORTED_ISSUES; i++) {
      const item = list[i];
      const parsed = schema.safeParse(item);
      if (!parsed.success) issues.push(...prefixIssues(`${path}.${i}`, planIssuesFromZod(parsed.error.issues, item)));
    }
  }
  return issues.length >= MAX_REPORTED_ISSUES ? issues : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
