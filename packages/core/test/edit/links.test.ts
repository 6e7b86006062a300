import { describe, expect, it } from 'vitest';
import { applyCommand, type LinkableKind } from '../../src/edit/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { NOW, accept, refusal } from './helpers.ts';

/** A plan with one item of every linkable kind, none linked yet. */
function planWithItems() {
  let plan = minimalPlan();
  plan = accept(plan, { type: 'obvious.add', id: 'obv-1', fields: { text: 'Small groups work.' } });
  plan = accept(plan, { type: 'positiveDeviant.add', id: 'dev-1', fields: { who: 'Room 12' } });
  plan = accept(plan, { type: 'cultureBuster.add', id: 'bus-1', fields: { description: 'Weak data stay private.' } });
  plan = accept(plan, { type: 'crucialMoment.add', id: 'mom-2', fields: { when: 'At dismissal.' } });
  return accept(plan, { type: 'strategy.add', id: 'str-new', fields: { source: 'personal-ability' } });
}

const ITEMS: [LinkableKind, string, (plan: ReturnType<typeof planWithItems>) => readonly string[] | undefined][] = [
  ['obvious', 'obv-1', (plan) => plan.obvious[0]?.behaviorIds],
  ['positiveDeviant', 'dev-1', (plan) => plan.positiveDeviants[0]?.behaviorIds],
  ['cultureBuster', 'bus-1', (plan) => plan.cultureBusters[0]?.behaviorIds],
  ['crucialMoment', 'mom-2', (plan) => plan.crucialMoments[1]?.behaviorIds],
  ['strategy', 'str-new', (plan) => plan.strategies[3]?.behaviorIds],
];

describe.each(ITEMS)('linking a %s', (kind, id, linksOf) => {
  it('links to behaviors in order, and unlinks', () => {
    let plan = planWithItems();
    plan = accept(plan, { type: 'link', kind, id, behaviorId: 'beh-reteach' });
    plan = accept(plan, { type: 'link', kind, id, behaviorId: 'beh-data-dig' });
    expect(linksOf(plan)).toEqual(['beh-reteach', 'beh-data-dig']);
    plan = accept(plan, { type: 'unlink', kind, id, behaviorId: 'beh-reteach' });
    expect(linksOf(plan)).toEqual(['beh-data-dig']);
  });

  it('does nothing when linking what is linked or unlinking what is not', () => {
    const plan = accept(planWithItems(), { type: 'link', kind, id, behaviorId: 'beh-reteach' });
    for (const command of [
      { type: 'link', kind, id, behaviorId: 'beh-reteach' },
      { type: 'unlink', kind, id, behaviorId: 'beh-data-dig' },
    ] as const) {
      const result = applyCommand(plan, command, NOW);
      expect(result).toMatchObject({ ok: true, patches: [] });
      expect(result.plan).toBe(plan);
    }
  });

  it('refuses a behavior the plan does not have, or an item it does not have', () => {
    const plan = planWithItems();
    expect(refusal(plan, { type: 'link', kind, id, behaviorId: 'beh-gone' })).toMatchObject({
      code: 'unknown-behavior',
      behaviorIds: ['beh-gone'],
    });
    expect(refusal(plan, { type: 'link', kind, id, behaviorId: 'inf-super' }).code).toBe('unknown-behavior');
    expect(refusal(plan, { type: 'link', kind, id: 'nope', behaviorId: 'beh-reteach' })).toMatchObject({ code: 'not-found', kind });
  });
});

describe('link commands', () => {
  it('refuse kinds that do not link to behaviors', () => {
    const command = { type: 'link', kind: 'influencer', id: 'inf-super', behaviorId: 'beh-reteach' } as unknown as Parameters<typeof applyCommand>[1];
    expect(refusal(minimalPlan(), command).code).toBe('unknown-command');
  });

  it('may remove a dangling link that a hand-edited file left behind', () => {
    const base = minimalPlan();
    const plan = { ...base, crucialMoments: [{ id: 'mom-missed', when: 'Now.', behaviorIds: ['beh-gone'] }] };
    const next = accept(plan, { type: 'unlink', kind: 'crucialMoment', id: 'mom-missed', behaviorId: 'beh-gone' });
    expect(next.crucialMoments[0]?.behaviorIds).toEqual([]);
  });

  it('patch only the link list of the item', () => {
    const result = applyCommand(minimalPlan(), { type: 'link', kind: 'strategy', id: 'str-model', behaviorId: 'beh-reteach' }, NOW);
    expect(result.ok && result.patches[0]).toEqual({
      op: 'replace',
      path: ['strategies', 0, 'behaviorIds'],
      value: ['beh-data-dig', 'beh-reteach'],
    });
  });
});
