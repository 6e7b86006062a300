import { describe, expect, it } from 'vitest';
import { applyCommand, type ItemKind, type PlanCommand } from '../../src/edit/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { validatePlan } from '../../src/plan/parse.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { NOW, accept, refusal as refuseOf } from './helpers.ts';

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

/** For each kind: fields for a new item, and a change of one of its text fields. */
const KINDS: [ItemKind, Record<string, unknown>, Record<string, string>][] = [
  ['behavior', { who: 'Coaches', action: 'Model one lesson a week.', measuredBy: 'Log', origin: 'research' }, { who: 'Instructional coaches' }],
  ['strategy', { source: 'social-ability', tactic: 'coaching', description: 'Pair new teachers.' }, { description: 'Pair every new teacher.' }],
  ['crucialMoment', { when: 'When the bell rings.' }, { when: 'When the first bell rings.' }],
  ['positiveDeviant', { who: 'Room 12', practice: 'Regroups weekly.' }, { practice: 'Regroups every week.' }],
  ['cultureBuster', { description: 'Nobody shares weak data.' }, { description: 'Weak data stay private.' }],
  ['obvious', { text: 'Small groups work.' }, { text: 'Small groups help.' }],
  ['influencer', { name: 'Mr. Diaz', role: 'Principal', kind: 'opinion-leader', stance: 'skeptic', reach: 'Campus 3' }, { reach: 'Campuses 3 and 4' }],
  ['measure', { name: 'Attendance', unit: '% present', direction: 'increase', cadence: 'weekly', baseline: {}, target: {} }, { name: 'Daily attendance' }],
];

describe.each(KINDS)('%s commands', (kind, fields, change) => {
  it('adds at the end by default, at a given index, with a given or generated id', () => {
    const plan = minimalPlan();
    const count = listOf(plan, kind).length;
    const end = accept(plan, { type: `${kind}.add`, id: 'new-1', fields } as PlanCommand);
    expect(listOf(end, kind).map((item) => item.id)).toEqual([...listOf(plan, kind).map((i) => i.id), 'new-1']);
    expect(listOf(end, kind)[count]).toMatchObject(fields);
    expect(end.updatedAt).toBe(NOW);

    const first = accept(end, { type: `${kind}.add`, at: 0, fields } as PlanCommand);
    const generated = listOf(first, kind)[0]?.id ?? '';
    expect(generated).toMatch(/^[a-z]{3}-[a-z0-9]{10}$/);
    expect(listOf(first, kind)).toHaveLength(count + 2);
  });

  it('updates only the given fields', () => {
    const plan = accept(minimalPlan(), { type: `${kind}.add`, id: 'new-1', fields } as PlanCommand);
    const next = accept(plan, { type: `${kind}.update`, id: 'new-1', changes: change } as PlanCommand);
    const before = listOf(plan, kind).find((item) => item.id === 'new-1');
    const after = listOf(next, kind).find((item) => item.id === 'new-1');
    expect(after).toStrictEqual({ ...before, ...change });
  });

  it('removes an item and moves items within the list', () => {
    let plan = minimalPlan();
    for (const id of ['a-1', 'a-2', 'a-3']) plan = accept(plan, { type: `${kind}.add`, id, fields } as PlanCommand);
    const ids = listOf(plan, kind).map((item) => item.id);
    const moved = accept(plan, { type: `${kind}.move`, from: ids.length - 1, to: 0 } as PlanCommand);
    expect(listOf(moved, kind).map((item) => item.id)).toEqual(['a-3', ...ids.slice(0, -1)]);
    const removed = accept(moved, { type: `${kind}.remove`, id: 'a-2' } as PlanCommand);
    expect(listOf(removed, kind).map((item) => item.id)).toEqual(['a-3', ...ids.slice(0, -1).filter((id) => id !== 'a-2')]);
  });

  it('refuses an unknown id, a taken id, a bad index and an unknown field', () => {
    const plan = minimalPlan();
    expect(refuseOf(plan, { type: `${kind}.update`, id: 'nope', changes: change } as PlanCommand).code).toBe('not-found');
    expect(refuseOf(plan, { type: `${kind}.remove`, id: 'nope' } as PlanCommand).code).toBe('not-found');
    expect(refuseOf(plan, { type: `${kind}.add`, id: 'beh-reteach', fields } as PlanCommand).code).toBe('duplicate-id');
    expect(refuseOf(plan, { type: `${kind}.add`, id: 'has space', fields } as PlanCommand).code).toBe('invalid-id');
    const length = listOf(plan, kind).length;
    expect(refuseOf(plan, { type: `${kind}.add`, at: length + 1, fields } as PlanCommand).code).toBe('out-of-range');
    expect(refuseOf(plan, { type: `${kind}.move`, from: 0, to: length } as PlanCommand).code).toBe('out-of-range');
    expect(refuseOf(plan, { type: `${kind}.add`, fields: { ...fields, colour: 'red' } } as PlanCommand).code).toBe('invalid-value');
  });
});

describe('values that break the schema', () => {
  it('refuses text over the limit and says where', () => {
    const error = refuseOf(minimalPlan(), { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'x'.repeat(301) } });
    expect(error).toMatchObject({ code: 'invalid-value', issues: [{ path: 'who' }] });
  });

  it('refuses an impossible date, a missing required field and a non-finite number', () => {
    const plan = minimalPlan();
    expect(refuseOf(plan, { type: 'strategy.update', id: 'str-model', changes: { due: '2026-02-30' } }).code).toBe('invalid-value');
    expect(refuseOf(plan, { type: 'behavior.update', id: 'beh-reteach', changes: { who: undefined } }).code).toBe('invalid-value');
    const error = refuseOf(plan, { type: 'measure.update', id: 'mea-reading', changes: { target: { value: Number.NaN } } });
    expect(error).toMatchObject({ code: 'invalid-value', issues: [{ path: 'target.value' }] });
  });

  it('refuses to change an id or a measure’s observations through an update', () => {
    const plan = minimalPlan();
    const changes = { id: 'other' } as unknown as Record<string, string>;
    expect(refuseOf(plan, { type: 'behavior.update', id: 'beh-reteach', changes } as PlanCommand).code).toBe('invalid-value');
    const observations = { observations: [] } as unknown as Record<string, string>;
    expect(refuseOf(plan, { type: 'measure.update', id: 'mea-reading', changes: observations } as PlanCommand).code).toBe('invalid-value');
  });

  it('refuses a command type it does not know', () => {
    const command = { type: 'behavior.explode', id: 'beh-reteach' } as unknown as PlanCommand;
    expect(refuseOf(minimalPlan(), command)).toMatchObject({ code: 'unknown-command', type: 'behavior.explode' });
    expect(refuseOf(minimalPlan(), { type: 'nothing' } as unknown as PlanCommand).code).toBe('unknown-command');
  });
});

describe('optional fields', () => {
  it('clears an optional field set to undefined', () => {
    const next = accept(minimalPlan(), { type: 'strategy.update', id: 'str-model', changes: { owner: undefined, start: undefined } });
    const strategy = next.strategies[0];
    expect(strategy && 'owner' in strategy).toBe(false);
    expect(strategy && 'start' in strategy).toBe(false);
    expect(strategy?.due).toBe('2026-05-29');
  });
});

describe('strategies', () => {
  it('refuses a tactic from another source', () => {
    const plan = minimalPlan();
    const error = refuseOf(plan, { type: 'strategy.add', fields: { source: 'social-ability', tactic: 'small-rewards' } });
    expect(error).toMatchObject({ code: 'tactic-not-of-source', source: 'social-ability', tactic: 'small-rewards' });
    expect(refuseOf(plan, { type: 'strategy.update', id: 'str-model', changes: { tactic: 'tools' } }).code).toBe('tactic-not-of-source');
  });

  it('moving a strategy to a source without its tactic makes the tactic "other"', () => {
    const next = accept(minimalPlan(), { type: 'strategy.update', id: 'str-model', changes: { source: 'structural-ability' } });
    expect(next.strategies[0]).toMatchObject({ source: 'structural-ability', tactic: 'other' });
    const kept = accept(minimalPlan(), {
      type: 'strategy.update',
      id: 'str-model',
      changes: { source: 'structural-ability', tactic: 'tools' },
    });
    expect(kept.strategies[0]).toMatchObject({ source: 'structural-ability', tactic: 'tools' });
  });

  it('refuses a due date before the start date', () => {
    const error = refuseOf(minimalPlan(), { type: 'strategy.update', id: 'str-model', changes: { due: '2025-08-01' } });
    expect(error).toMatchObject({ code: 'dates-out-of-order', start: '2025-09-01', end: '2025-08-01' });
    accept(minimalPlan(), { type: 'strategy.update', id: 'str-model', changes: { start: '2025-06-01', due: '2025-08-01' } });
  });

  it('refuses links to behaviors the plan does not have, or to one behavior twice', () => {
    const plan = minimalPlan();
    const unknown = refuseOf(plan, { type: 'strategy.add', fields: { source: 'social-ability', behaviorIds: ['beh-reteach', 'beh-gone'] } });
    expect(unknown).toMatchObject({ code: 'unknown-behavior', behaviorIds: ['beh-gone'] });
    const twice = refuseOf(plan, { type: 'strategy.update', id: 'str-model', changes: { behaviorIds: ['beh-reteach', 'beh-reteach'] } });
    expect(twice).toMatchObject({ code: 'duplicate-link', behaviorIds: ['beh-reteach'] });
    const moment = refuseOf(plan, { type: 'crucialMoment.add', fields: { behaviorIds: ['mom-missed'] } });
    expect(moment.code).toBe('unknown-behavior');
  });
});

describe('measures', () => {
  it('refuses a target dated before the baseline', () => {
    const error = refuseOf(minimalPlan(), { type: 'measure.update', id: 'mea-reading', changes: { target: { value: 70, date: '2024-01-01' } } });
    expect(error.code).toBe('dates-out-of-order');
  });

  it('keeps its observations through an update', () => {
    const next = accept(minimalPlan(), { type: 'measure.update', id: 'mea-reading', changes: { name: 'Readers' } });
    expect(next.result.measures[0]?.observations).toEqual(minimalPlan().result.measures[0]?.observations);
  });
});

describe('removing a vital behavior', () => {
  it('removes every link to it, in discovery items and strategies, as one change', () => {
    let plan = minimalPlan();
    plan = accept(plan, { type: 'obvious.add', id: 'obv-1', fields: { text: 'Groups work.', behaviorIds: ['beh-reteach'] } });
    plan = accept(plan, { type: 'positiveDeviant.add', id: 'dev-1', fields: { behaviorIds: ['beh-data-dig', 'beh-reteach'] } });
    plan = accept(plan, { type: 'cultureBuster.add', id: 'bus-1', fields: { behaviorIds: ['beh-reteach'] } });
    const result = applyCommand(plan, { type: 'behavior.remove', id: 'beh-reteach' }, NOW);
    if (!result.ok) throw new Error(result.error.message);
    const next = result.plan;
    expect(next.behaviors.map((b) => b.id)).toEqual(['beh-data-dig']);
    expect(JSON.stringify(next)).not.toContain('beh-reteach');
    expect(next.positiveDeviants[0]?.behaviorIds).toEqual(['beh-data-dig']);
    expect(next.strategies.map((s) => s.behaviorIds)).toEqual([['beh-data-dig'], [], ['beh-data-dig']]);
    // Items are kept, only the link goes.
    expect(next.crucialMoments.map((m) => m.id)).toEqual(['mom-missed']);
    expect(validatePlan(next).ok).toBe(true);
  });

  it('leaves untouched lists as the same objects (shared, not copied)', () => {
    const plan = minimalPlan({ influencers: minimalPlan().influencers });
    const result = applyCommand(plan, { type: 'behavior.remove', id: 'beh-data-dig' }, NOW);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.plan.influencers).toBe(plan.influencers);
    expect(result.plan.result).toBe(plan.result);
    expect(result.plan.crucialMoments).toBe(plan.crucialMoments);
    expect(result.plan.strategies[1]).toBe(plan.strategies[1]);
  });
});

describe('what every command does to the plan object', () => {
  it('never changes the plan it is given, and returns frozen plans', () => {
    const plan = minimalPlan();
    const copy = structuredClone(plan);
    const next = accept(plan, { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'Everyone' } });
    expect(plan).toStrictEqual(copy);
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.behaviors)).toBe(true);
    expect(Object.isFrozen(next.behaviors[1])).toBe(true);
    expect(() => {
      (next.behaviors as unknown[]).push({});
    }).toThrow();
  });

  it('returns the same plan, no patches and an unchanged updatedAt when nothing changes', () => {
    const plan = minimalPlan();
    for (const command of [
      { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'K-3 teachers' } },
      { type: 'behavior.move', from: 1, to: 1 },
      { type: 'plan.update', changes: { title: plan.title } },
    ] as PlanCommand[]) {
      const result = applyCommand(plan, command, NOW);
      expect(result).toMatchObject({ ok: true, patches: [], inversePatches: [] });
      expect(result.plan).toBe(plan);
    }
  });

  it('refuses an edit time that is not a valid date-time', () => {
    const command: PlanCommand = { type: 'plan.update', changes: { title: 'New' } };
    for (const now of ['yesterday', '2030-01-01', new Date(Number.NaN)]) {
      const result = applyCommand(minimalPlan(), command, now);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-value', issues: [{ path: 'updatedAt' }] } });
    }
  });

  it('keeps updatedAt in the patches, so undo restores it', () => {
    const plan = minimalPlan();
    const result = applyCommand(plan, { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'All' } }, new Date(NOW));
    expect(result.ok && result.patches).toContainEqual({ op: 'replace', path: ['updatedAt'], value: NOW });
    expect(result.ok && result.inversePatches).toContainEqual({ op: 'replace', path: ['updatedAt'], value: plan.updatedAt });
  });

  it('records a field edit as a patch of that field alone', () => {
    const result = applyCommand(minimalPlan(), { type: 'strategy.update', id: 'str-visible', changes: { status: 'done' } }, NOW);
    expect(result.ok && result.patches).toEqual([
      { op: 'replace', path: ['strategies', 2, 'status'], value: 'done' },
      { op: 'replace', path: ['updatedAt'], value: NOW },
    ]);
  });
});
