/**
 * Where each kind of item lives in a plan, how its ids start, the schema one item must pass,
 * and the neutral values a new item starts with.
 */
import type { z } from 'zod';
import { LIMITS } from '../plan/limits.ts';
import {
  CrucialMomentSchema,
  CultureBusterSchema,
  InfluencerSchema,
  MeasureSchema,
  ObviousNoteSchema,
  PositiveDeviantSchema,
  StrategySchema,
  VitalBehaviorSchema,
  type Plan,
} from '../plan/schema.ts';
import type { ItemKind, LinkableKind, PlanItems } from './commands.ts';

/** What the edit code needs to know about one kind of item. */
export interface CollectionSpec<K extends ItemKind = ItemKind> {
  kind: K;
  /** Where the list sits in a plan, e.g. `['result', 'measures']`. */
  path: readonly string[];
  /** Start of generated ids, e.g. `beh` → `beh-k3x9q2mz`. */
  idPrefix: string;
  /** Largest number of items a plan may hold. */
  limit: number;
  /** True when items link to vital behaviors through `behaviorIds`. */
  linkable: boolean;
  /** Validates an item's own fields, all but the `carried` ones. */
  schema: z.ZodType<object>;
  /**
   * Fields kept as they are through add and update, outside the schema check: a measure's
   * observations, which have their own commands and may number 10,000.
   */
  carried: readonly string[];
  /** Values of a new item's required fields, before the command's own fields apply. */
  defaults: () => Omit<PlanItems[K], 'id'>;
}

/** Every kind of item, keyed by kind. */
export const COLLECTIONS: { readonly [K in ItemKind]: CollectionSpec<K> } = {
  behavior: {
    kind: 'behavior',
    path: ['behaviors'],
    idPrefix: 'beh',
    limit: LIMITS.maxItems,
    linkable: false,
    schema: VitalBehaviorSchema,
    carried: [],
    defaults: () => ({ who: '', action: '', measuredBy: '', origin: 'other' }),
  },
  strategy: {
    kind: 'strategy',
    path: ['strategies'],
    idPrefix: 'str',
    limit: LIMITS.maxStrategies,
    linkable: true,
    schema: StrategySchema,
    carried: [],
    defaults: () => ({
      source: 'personal-motivation',
      tactic: 'other',
      description: '',
      behaviorIds: [],
      status: 'planned',
    }),
  },
  crucialMoment: {
    kind: 'crucialMoment',
    path: ['crucialMoments'],
    idPrefix: 'mom',
    limit: LIMITS.maxItems,
    linkable: true,
    schema: CrucialMomentSchema,
    carried: [],
    defaults: () => ({ when: '', behaviorIds: [] }),
  },
  positiveDeviant: {
    kind: 'positiveDeviant',
    path: ['positiveDeviants'],
    idPrefix: 'dev',
    limit: LIMITS.maxItems,
    linkable: true,
    schema: PositiveDeviantSchema,
    carried: [],
    defaults: () => ({ who: '', practice: '', behaviorIds: [] }),
  },
  cultureBuster: {
    kind: 'cultureBuster',
    path: ['cultureBusters'],
    idPrefix: 'bus',
    limit: LIMITS.maxItems,
    linkable: true,
    schema: CultureBusterSchema,
    carried: [],
    defaults: () => ({ description: '', behaviorIds: [] }),
  },
  obvious: {
    kind: 'obvious',
    path: ['obvious'],
    idPrefix: 'obv',
    limit: LIMITS.maxItems,
    linkable: true,
    schema: ObviousNoteSchema,
    carried: [],
    defaults: () => ({ text: '', behaviorIds: [] }),
  },
  influencer: {
    kind: 'influencer',
    path: ['influencers'],
    idPrefix: 'inf',
    limit: LIMITS.maxItems,
    linkable: false,
    schema: InfluencerSchema,
    carried: [],
    defaults: () => ({ name: '', role: '', kind: 'opinion-leader', stance: 'neutral', reach: '' }),
  },
  measure: {
    kind: 'measure',
    path: ['result', 'measures'],
    idPrefix: 'mea',
    limit: LIMITS.maxItems,
    linkable: false,
    schema: MeasureSchema.omit({ observations: true }),
    carried: ['observations'],
    defaults: () => ({
      name: '',
      unit: '',
      direction: 'increase',
      cadence: 'monthly',
      baseline: {},
      target: {},
      observations: [],
    }),
  },
};

/** Every kind of item, in the order a plan lists them. */
export const ITEM_KINDS = Object.keys(COLLECTIONS) as ItemKind[];

/** Kinds whose items link to vital behaviors. */
export const LINKABLE_KINDS: readonly LinkableKind[] = [
  'obvious',
  'crucialMoment',
  'positiveDeviant',
  'cultureBuster',
  'strategy',
];

/** True when `value` names a kind of item. */
export function isItemKind(value: string): value is ItemKind {
  return Object.hasOwn(COLLECTIONS, value);
}

/** True when `value` names a kind of item that links to vital behaviors. */
export function isLinkableKind(value: string): value is LinkableKind {
  return (LINKABLE_KINDS as readonly string[]).includes(value);
}

/** The list of one kind of item in a plan. */
export function itemsOf<K extends ItemKind>(plan: Plan, kind: K): readonly PlanItems[K][] {
  let node: unknown = plan;
  for (const key of COLLECTIONS[kind].path) node = (node as Record<string, unknown>)[key];
  return node as readonly PlanItems[K][];
}

/**
 * Index of the item with this id, or -1. A plain loop: on frozen arrays V8's `findIndex`
 * is several times slower, and plans here are frozen.
 */
export function indexOfId(items: readonly { id: string }[], id: string): number {
  for (let i = 0; i < items.length; i++) if (items[i]?.id === id) return i;
  return -1;
}
