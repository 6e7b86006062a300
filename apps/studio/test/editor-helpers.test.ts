import { describe, expect, it } from 'vitest';
import { readNumber } from '../src/editor/fields/read-number.ts';
import { createTypingGroups } from '../src/plan/typing-groups.ts';
import { buildMatrix } from '../src/matrix/matrix-model.ts';
import { samplePlan } from './support/plans.ts';

describe('reading numbers as people type them', () => {
  it.each([
    ['49', 49],
    ['12.5', 12.5],
    ['12,5', 12.5],
    [' -3 ', -3],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each(['-', '12.', 'abc', '1e5', '', '4.5'])('does not take %j as a whole number yet', (text) => {
    expect(readNumber(text, true)).toBeNull();
  });
});

describe('undo steps for typing', () => {
  it('keeps one field\'s burst together and splits on another field, a pause or a new focus', () => {
    let now = 0;
    const groups = createTypingGroups(1000, () => now);
    const a1 = groups.groupFor('title');
    now += 200;
    expect(groups.groupFor('title')).toBe(a1);
    const b = groups.groupFor('location');
    expect(b).not.toBe(a1);
    now += 5000;
    const b2 = groups.groupFor('location');
    expect(b2).not.toBe(b);
    groups.breakGroup();
    expect(groups.groupFor('location')).not.toBe(b2);
  });
});

describe('the six-source matrix model', () => {
  it('puts each strategy in the cell of each behavior it targets, and counts live sources only', () => {
    const plan = samplePlan();
    const matrix = buildMatrix(plan);
    expect(matrix.rows).toHaveLength(plan.behaviors.length);
    for (const row of matrix.rows) {
      for (const [source, placed] of Object.entries(row.cells)) {
        for (const { strategy } of placed) {
          expect(strategy.source).toBe(source);
          expect(strategy.behaviorIds).toContain(row.behavior.id);
        }
      }
    }
    const first = matrix.rows[0];
    if (first === undefined) throw new Error('the template has behaviors');
    const dropped = {
      ...plan,
      strategies: plan.strategies.map((strategy) => (strategy.behaviorIds.includes(first.behavior.id) ? { ...strategy, status: 'dropped' as const } : strategy)),
    };
    expect(buildMatrix(dropped).rows[0]?.sourceCount).toBe(0);
  });
});
