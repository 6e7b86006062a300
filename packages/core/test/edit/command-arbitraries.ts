/**
 * Random edit sessions for property tests.
 *
 * A generated `CommandIntent` says what a person does ("update the 3rd strategy", "link some
 * item to some behavior") with indexes instead of ids; `toCommand` turns it into a real
 * command against the plan as it is at that moment, so sequences stay meaningful after
 * removals. Some intents are meant to be refused (unknown ids, text over the limit, a tactic
 * of another source, a duplicate id), so refusals are exercised too.
 */
import fc from 'fast-check';
import type { ItemKind, LinkableKind, PlanCommand } from '../../src/edit/index.ts';
import { ITEM_KINDS, LINKABLE_KINDS } from '../../src/edit/index.ts';
import { LIMITS } from '../../src/plan/limits.ts';
import { BEHAVIOR_ORIGINS, CADENCES, LANGUAGES, STANCES, STRATEGY_STATUSES, type Plan } from '../../src/plan/schema.ts';
import { ALL_TACTICS, SOURCES } from '../../src/plan/sources.ts';
import { dateArb, finiteNumberArb, longTextArb, shortTextArb } from '../support/arbitraries.ts';

/** What a person does, with positions instead of ids. */
export type CommandIntent =
  | { verb: 'add'; kind: ItemKind; idChoice: 'generated' | 'given' | 'taken'; idTail: string; at?: number; fields: Record<string, unknown>; links?: number[] }
  | { verb: 'update'; kind: ItemKind; pick: number; changes: Record<string, unknown>; links?: number[] }
  | { verb: 'remove'; kind: ItemKind; pick: number }
  | { verb: 'move'; kind: ItemKind; from: number; to: number }
  | { verb: 'link' | 'unlink'; kind: LinkableKind; pick: number; behaviorPick: number }
  | { verb: 'observation.record'; measurePick: number; observation: Record<string, unknown> }
  | { verb: 'observation.update'; measurePick: number; pick: number; changes: Record<string, unknown> }
  | { verb: 'observation.remove'; measurePick: number; pick: number }
  | { verb: 'result.update'; statement: string }
  | { verb: 'plan.update'; changes: Record<string, unknown> };

/** A short text, now and then one character over the limit (to be refused). */
const shortField = fc.oneof({ weight: 12, arbitrary: shortTextArb }, { weight: 1, arbitrary: fc.constant('x'.repeat(LIMITS.maxShortText + 1)) });
const longField = longTextArb;
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const point = fc.record({ value: finiteNumberArb, date: dateArb }, { noNullPrototype: true, requiredKeys: [] });

/** Partial fields of each kind (no links: those come as indexes). */
const FIELDS: { [K in ItemKind]: fc.Arbitrary<Record<string, unknown>> } = {
  behavior: fc.record(
    { who: shortField, action: longField, measuredBy: longField, origin: fc.constantFrom(...BEHAVIOR_ORIGINS) },
    { noNullPrototype: true, requiredKeys: [] },
  ),
  strategy: fc.record(
    {
      source: fc.constantFrom(...SOURCES),
      tactic: fc.constantFrom(...ALL_TACTICS),
      description: longField,
      owner: optional(shortField),
      start: optional(dateArb),
      due: optional(dateArb),
      status: fc.constantFrom(...STRATEGY_STATUSES),
    },
    { noNullPrototype: true, requiredKeys: [] },
  ),
  crucialMoment: fc.record({ when: longField }, { noNullPrototype: true, requiredKeys: [] }),
  positiveDeviant: fc.record({ who: shortField, practice: longField }, { noNullPrototype: true, requiredKeys: [] }),
  cultureBuster: fc.record({ description: longField }, { noNullPrototype: true, requiredKeys: [] }),
  obvious: fc.record({ text: longField }, { noNullPrototype: true, requiredKeys: [] }),
  influencer: fc.record(
    {
      name: shortField,
      role: shortField,
      kind: fc.constantFrom('organizational', 'opinion-leader'),
      stance: fc.constantFrom(...STANCES),
      reach: shortField,
    },
    { noNullPrototype: true, requiredKeys: [] },
  ),
  measure: fc.record(
    {
      name: shortField,
      unit: shortField,
      direction: fc.constantFrom('increase', 'decrease'),
      cadence: fc.constantFrom(...CADENCES),
      baseline: point,
      target: point,
    },
    { noNullPrototype: true, requiredKeys: [] },
  ),
};

const kindArb = fc.constantFrom(...ITEM_KINDS);
const linkableArb = fc.constantFrom(...LINKABLE_KINDS);
const pickArb = fc.nat(1_000);
const linksArb = fc.option(fc.array(fc.nat(1_000), { maxLength: 4 }), { nil: undefined });

/** One random intent; structural edits (add, remove, move) are as likely as field edits. */
export const intentArb: fc.Arbitrary<CommandIntent> = fc.oneof(
  {
    weight: 4,
    arbitrary: kindArb.chain((kind) =>
      fc.record(
        {
          verb: fc.constant('add' as const),
          kind: fc.constant(kind),
          idChoice: fc.constantFrom('generated', 'given', 'taken'),
          idTail: fc.stringMatching(/^[a-z0-9]{1,8}$/),
          at: fc.nat(1_000),
          fields: FIELDS[kind],
          links: linksArb,
        },
        { noNullPrototype: true, requiredKeys: ['verb', 'kind', 'idChoice', 'idTail', 'fields'] },
      ),
    ),
  },
  {
    weight: 4,
    arbitrary: kindArb.chain((kind) =>
      fc.record(
        { verb: fc.constant('update' as const), kind: fc.constant(kind), pick: pickArb, changes: FIELDS[kind], links: linksArb },
        { noNullPrototype: true, requiredKeys: ['verb', 'kind', 'pick', 'changes'] },
      ),
    ),
  },
  { weight: 3, arbitrary: fc.record({ verb: fc.constant('remove' as const), kind: kindArb, pick: pickArb }, { noNullPrototype: true }) },
  { weight: 3, arbitrary: fc.record({ verb: fc.constant('move' as const), kind: kindArb, from: pickArb, to: pickArb }, { noNullPrototype: true }) },
  {
    weight: 3,
    arbitrary: fc.record({ verb: fc.constantFrom('link' as const, 'unlink' as const), kind: linkableArb, pick: pickArb, behaviorPick: pickArb }, { noNullPrototype: true }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      verb: fc.constant('observation.record' as const),
      measurePick: pickArb,
      observation: fc.record({ date: dateArb, value: finiteNumberArb, note: longField }, { noNullPrototype: true, requiredKeys: ['date', 'value'] }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      verb: fc.constant('observation.update' as const),
      measurePick: pickArb,
      pick: pickArb,
      changes: fc.record({ date: dateArb, value: finiteNumberArb, note: optional(longField) }, { noNullPrototype: true, requiredKeys: [] }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('observation.remove' as const), measurePick: pickArb, pick: pickArb }, { noNullPrototype: true }) },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('result.update' as const), statement: longField }, { noNullPrototype: true }) },
  {
    weight: 1,
    arbitrary: fc.record({
      verb: fc.constant('plan.update' as const),
      changes: fc.record(
        {
          title: shortField,
          language: fc.constantFrom(...LANGUAGES),
          problemOfPractice: longField,
          beliefStatement: longField,
          organization: fc.record(
            { name: shortField, students: optional(fc.nat(1_000_000)), location: optional(shortField) },
            { noNullPrototype: true, requiredKeys: [] },
          ),
        },
        { noNullPrototype: true, requiredKeys: [] },
      ),
    }),
  },
);

const MISSING_ID = 'missing-id';

/** The id at position `pick` of a list, or an id the plan does not have when the list is empty. */
function idAt(items: readonly { id: string }[], pick: number): string {
  return items.length === 0 ? MISSING_ID : (items[pick % items.length] as { id: string }).id;
}

function listOf(plan: Plan, kind: ItemKind): readonly { id: string }[] {
  const lists: Record<ItemKind, readonly { id: string }[]> = {
    behavior: plan.behaviors,
    strategy: plan.strategies,
    crucialMoment: plan.crucialMoments,
    positiveDeviant: plan.positiveDeviants,
    cultureBuster: plan.cultureBusters,
    obvious: plan.obvious,
    influencer: plan.influencers,
    measure: plan.result.measures,
  };
  return lists[kind];
}

/** Link indexes as behavior ids; index 999 and above names a behavior the plan lacks. */
function behaviorIdsFor(plan: Plan, links: readonly number[]): string[] {
  const ids = links.map((i) => (i >= 999 ? 'beh-not-in-plan' : idAt(plan.behaviors, i)));
  return [...new Set(ids)];
}

/** The command a person would send for `intent`, given the plan as it is now. */
export function toCommand(intent: CommandIntent, plan: Plan): PlanCommand {
  switch (intent.verb) {
    case 'add': {
      const items = listOf(plan, intent.kind);
      const fields: Record<string, unknown> = { ...intent.fields };
      if (intent.kind === 'strategy') fields['source'] ??= 'social-ability';
      if (intent.links && LINKABLE_KINDS.includes(intent.kind as LinkableKind)) fields['behaviorIds'] = behaviorIdsFor(plan, intent.links);
      const id =
        intent.idChoice === 'generated'
          ? undefined
          : intent.idChoice === 'taken' && plan.behaviors.length > 0
            ? idAt(plan.behaviors, intent.idTail.length)
            : `t-${intent.idTail}`;
      return {
        type: `${intent.kind}.add`,
        fields,
        ...(id !== undefined && { id }),
        ...(intent.at !== undefined && { at: intent.at % (items.length + 2) }),
      } as PlanCommand;
    }
    case 'update': {
      const changes: Record<string, unknown> = { ...intent.changes };
      if (intent.links && LINKABLE_KINDS.includes(intent.kind as LinkableKind)) changes['behaviorIds'] = behaviorIdsFor(plan, intent.links);
      return { type: `${intent.kind}.update`, id: idAt(listOf(plan, intent.kind), intent.pick), changes } as PlanCommand;
    }
    case 'remove':
      return { type: `${intent.kind}.remove`, id: idAt(listOf(plan, intent.kind), intent.pick) } as PlanCommand;
    case 'move': {
      // One position past the end now and then, to be refused.
      const length = listOf(plan, intent.kind).length;
      return { type: `${intent.kind}.move`, from: intent.from % (length + 1), to: intent.to % (length + 1) } as PlanCommand;
    }
    case 'link':
    case 'unlink':
      return {
        type: intent.verb,
        kind: intent.kind,
        id: idAt(listOf(plan, intent.kind), intent.pick),
        behaviorId: intent.behaviorPick >= 990 ? 'beh-not-in-plan' : idAt(plan.behaviors, intent.behaviorPick),
      };
    case 'observation.record':
      return {
        type: 'observation.record',
        measureId: idAt(plan.result.measures, intent.measurePick),
        observation: intent.observation as { date: string; value: number },
      };
    case 'observation.update':
    case 'observation.remove': {
      const measure = plan.result.measures[intent.measurePick % Math.max(1, plan.result.measures.length)];
      const measureId = measure?.id ?? MISSING_ID;
      const id = idAt(measure?.observations ?? [], intent.pick);
      return intent.verb === 'observation.remove'
        ? { type: 'observation.remove', measureId, id }
        : { type: 'observation.update', measureId, id, changes: intent.changes };
    }
    case 'result.update':
      return { type: 'result.update', changes: { statement: intent.statement } };
    case 'plan.update':
      return { type: 'plan.update', changes: intent.changes };
  }
}
