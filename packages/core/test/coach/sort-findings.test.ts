import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFindings, type Finding, type Severity } from '../../src/coach/index.ts';
import { comparePaths } from '../../src/plan/issues.ts';

// Paths shaped like the coach's: a list and an index, or `result.measures…`, maybe a field.
const path = fc.oneof(
  fc.constantFrom('behaviors', 'strategies', 'result.measures'),
  fc
    .tuple(
      fc.constantFrom('behaviors', 'strategies', 'crucialMoments', 'cultureBusters', 'positiveDeviants'),
      fc.nat({ max: 12_000 }),
      fc.constantFrom('', '.owner', '.due', '.action', '.behaviorIds'),
    )
    .map(([list, index, field]) => `${list}.${index}${field}`),
  fc
    .tuple(fc.nat({ max: 30 }), fc.constantFrom('', '.observations', '.target.value', '.baseline.date'))
    .map(([index, field]) => `result.measures.${index}${field}`),
);

const finding = fc.record({
  severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
  paths: fc.array(path, { minLength: 1, maxLength: 2 }),
  message: fc.string(),
});

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

describe('sortFindings', () => {
  it('orders by severity, then first path as comparePaths does, keeping ties in order', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (raw) => {
        const findings = raw.map((item) => ({ ...item, code: 'no-behaviors', suggestion: '', params: {} }) as Finding);
        const expected = findings
          .map((item, order) => ({ item, order }))
          .sort(
            (a, b) =>
              RANK[a.item.severity] - RANK[b.item.severity] ||
              comparePaths(a.item.paths[0] ?? '', b.item.paths[0] ?? '') ||
              a.order - b.order,
          )
          .map(({ item }) => item);
        const sorted = sortFindings(findings);
        expect(sorted).toHaveLength(expected.length);
        // The same objects in the same order, not merely equal ones.
        sorted.forEach((item, index) => expect(item).toBe(expected[index]));
      }),
      { numRuns: 300 },
    );
  });
});
