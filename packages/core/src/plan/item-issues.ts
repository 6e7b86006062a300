/**
 * A first pass over a large plan's lists, item by item. zod describes every problem of every
 * item before returning: a 3 MB file of a million empty objects would take it a minute and
 * gigabytes, so this pass stops once enough is wrong to report. When every item is valid, the
 * items it parsed are kept, so the plan's schema need not check them a second time.
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { MAX_REPORTED_ISSUES, prefixIssues, type PlanIssue } from './issues.ts';
import {
  CrucialMomentSchema,
  CultureBusterSchema,
  InfluencerSchema,
  MeasureSchema,
  ObservationSchema,
  ObviousNoteSchema,
  PlanSchema,
  PositiveDeviantSchema,
  ResultSchema,
  StrategySchema,
  VitalBehaviorSchema,
  type Measure,
  type Plan,
} from './schema.ts';
import { planIssuesFromZod } from './zod-issues.ts';
import { compiledOnUse } from './compiled.ts';

/** Below this many items in all lists, zod's own pass is cheap enough whatever they hold. */
const FEW_ITEMS = 500;

// Item schemas run once per item: compiled (see `compiled.ts`).
const LISTS = [
  ['behaviors', compiledOnUse(VitalBehaviorSchema), LIMITS.maxItems],
  ['obvious', compiledOnUse(ObviousNoteSchema), LIMITS.maxItems],
  ['crucialMoments', compiledOnUse(CrucialMomentSchema), LIMITS.maxItems],
  ['positiveDeviants', compiledOnUse(PositiveDeviantSchema), LIMITS.maxItems],
  ['cultureBusters', compiledOnUse(CultureBusterSchema), LIMITS.maxItems],
  ['strategies', compiledOnUse(StrategySchema), LIMITS.maxStrategies],
  ['influencers', compiledOnUse(InfluencerSchema), LIMITS.maxItems],
] as const satisfies readonly (readonly [keyof Plan, () => z.ZodType, number])[];
type ListKey = (typeof LISTS)[number][0];

const MeasureWithoutObservations = compiledOnUse(MeasureSchema.omit({ observations: true }));
const Observation = compiledOnUse(ObservationSchema);

const anyItems = (max: number) => z.array(z.unknown()).max(max);
/** The plan with its lists' items unchecked: the rest of a plan whose items are already parsed. */
const PlanFrameSchema = compiledOnUse(
  PlanSchema.extend({
    result: ResultSchema.extend({ measures: anyItems(LIMITS.maxItems) }),
    ...(Object.fromEntries(LISTS.map(([key, , max]) => [key, anyItems(max)])) as Record<ListKey, ReturnType<typeof anyItems>>),
  }),
);

/** The plan put back together, or zod's issues with the rest of it (paths from the plan). */
export type FramedPlan = { success: true; data: Plan } | { success: false; issues: z.core.$ZodIssue[] };

/** What the first pass decided. */
export type ItemCheck =
  /** Enough is wrong to report now; zod's pass is skipped. */
  | { kind: 'refused'; issues: PlanIssue[] }
  /** Every item of every list is valid; `frame` validates the rest and puts the parsed items back. */
  | { kind: 'items-valid'; frame: (plan: unknown) => FramedPlan }
  /** Few items, or a few invalid ones: zod's full pass describes the plan. */
  | { kind: 'full-pass' };

/** Checks a plan's list items one by one (paths from the document's root, `plan.…`). */
export function checkPlanItems(plan: unknown): ItemCheck {
  if (!isRecord(plan)) return { kind: 'full-pass' };
  const lists: { key: ListKey | 'measures' | number; list: unknown[]; schema: z.ZodType; path: string }[] = [];
  // A list longer than its limit is refused for that alone, by zod, without looking inside.
  for (const [key, schema, max] of LISTS) {
    const list = plan[key];
    if (Array.isArray(list) && list.length <= max) lists.push({ key, list, schema: schema(), path: `plan.${key}` });
  }
  const result = plan['result'];
  const measures = isRecord(result) ? result['measures'] : undefined;
  if (Array.isArray(measures) && measures.length <= LIMITS.maxItems) {
    lists.push({ key: 'measures', list: measures, schema: MeasureWithoutObservations(), path: 'plan.result.measures' });
    // Plain loops: a list from storage may lack Array.prototype.
    for (let m = 0; m < measures.length; m++) {
      const observations: unknown = isRecord(measures[m]) ? (measures[m] as Record<string, unknown>)['observations'] : undefined;
      if (Array.isArray(observations) && observations.length <= LIMITS.maxObservations) {
        lists.push({ key: m, list: observations, schema: Observation(), path: `plan.result.measures.${m}.observations` });
      }
    }
  }
  let items = 0;
  for (const { list } of lists) items += list.length;
  if (items <= FEW_ITEMS) return { kind: 'full-pass' };

  const issues: PlanIssue[] = [];
  const parsedLists = new Map<ListKey | 'measures' | number, unknown[]>();
  for (const { key, list, schema, path } of lists) {
    const parsedItems: unknown[] = [];
    for (let i = 0; i < list.length && issues.length < MAX_REPORTED_ISSUES; i++) {
      const item = list[i];
      const parsed = schema.safeParse(item);
      if (parsed.success) parsedItems.push(parsed.data);
      else issues.push(...prefixIssues(`${path}.${i}`, planIssuesFromZod(parsed.error.issues, item)));
    }
    parsedLists.set(key, parsedItems);
  }
  if (issues.length >= MAX_REPORTED_ISSUES) return { kind: 'refused', issues };
  if (issues.length > 0) return { kind: 'full-pass' };
  return { kind: 'items-valid', frame: (value) => parseFrame(value, parsedLists) };
}

/** Validates everything but the list items, then puts the already parsed items in their place. */
function parseFrame(value: unknown, parsedLists: ReadonlyMap<ListKey | 'measures' | number, unknown[]>): FramedPlan {
  const framed = PlanFrameSchema().safeParse(value);
  if (!framed.success) return { success: false, issues: framed.error.issues };
  const plan = { ...framed.data } as Record<string, unknown>;
  for (const [key] of LISTS) plan[key] = parsedLists.get(key);
  const measures = (parsedLists.get('measures') ?? []) as Omit<Measure, 'observations'>[];
  plan['result'] = {
    ...framed.data.result,
    measures: measures.map((measure, m) => ({ ...measure, observations: parsedLists.get(m) })),
  };
  // Every list was parsed by the item schemas, and the frame checked the rest: this is a Plan.
  return { success: true, data: plan as Plan };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
