/**
 * An import's work grows in proportion to the file, whatever the file claims or holds.
 *
 * In memory, work is counted: a proxy counts property reads, which is deterministic, so the
 * bounds hold on any machine. For text, time is measured against `JSON.parse` of the same
 * text in the same run (a linear pass, see `jsonParse`), at size n and 8n: the import may
 * cost a bounded multiple of `JSON.parse`, and that multiple may not grow with the size
 * (linear work keeps it flat; quadratic work multiplies it by 8).
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { LIMITS, parsePlanDocument, parsePlanValue, serializePlan, validatePlan } from '../../src/plan/index.ts';
import { chaoticFile, documentOf, hostileFile, type Json } from '../support/hostile.ts';
import { largePlan } from '../support/large-plan.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { runsFor, timeLimit } from './fuzz-settings.ts';
import { countReads, countValues, medianMs } from './work-meter.ts';

// Megabyte files and 100,000-level walks: slow on a busy machine, however correct.
vi.setConfig({ testTimeout: 30_000 });

/**
 * Property reads allowed per value in the input. Generous: an object missing every field
 * is reported once per field, and each report looks its path up again.
 */
const READS_PER_VALUE = 64;
/** Reads for the envelope and the error reports, whatever the size. */
const FIXED_READS = 1_000;
const budgetFor = (value: unknown) => READS_PER_VALUE * countValues(value) + FIXED_READS;

/** Most an import of text may cost, as a multiple of `JSON.parse` on the same text. */
const MAX_COST_OVER_JSON_PARSE = 100;
/** Most that multiple may grow when the text grows 8 times (linear: about 1; quadratic: 8). */
const MAX_GROWTH = 4;

describe('work in memory grows with what the value holds', () => {
  it('any hostile file, parsed: a bounded number of reads per value', { timeout: timeLimit(20_000) }, () => {
    fc.assert(
      fc.property(fc.oneof(hostileFile(), chaoticFile()), (file) => {
        let value: unknown;
        try {
          value = JSON.parse(file.text);
        } catch {
          return; // not JSON: the timings below cover text
        }
        const budget = budgetFor(value);
        expect(countReads(value, (wrapped) => parsePlanValue(wrapped), budget), file.kind).toBeLessThanOrEqual(budget);
      }),
      { numRuns: runsFor(0.5) },
    );
  });

  it('8 times the plan, valid or broken in every item, takes at most 9 times the reads', () => {
    const families: ((n: number) => unknown)[] = [
      (n) => largePlan({ behaviors: n / 4, strategies: n }),
      (n) => ({ ...largePlan({ behaviors: n / 4, strategies: n }), strategies: Array.from({ length: n }, (_, i) => ({ ...minimalPlan().strategies[2], id: `s${i}`, behaviorIds: ['ghost', 'beh-0'] })) }),
      (n) => ({ ...minimalPlan(), strategies: Array.from({ length: n }, () => ({ id: 7 })) }),
    ];
    for (const build of families) {
      const reads = (n: number) => countReads(build(n), (wrapped) => validatePlan(wrapped));
      expect(reads(8 * 120) / reads(120)).toBeLessThan(9);
    }
  });

  // Storage and messages (structured clone) keep a list's length without its holes:
  // a stored record can claim four billion items while holding three.
  for (const place of ['plan.behaviors', 'plan.title', 'plan.organization.extra'] as const) {
    it(`a list at ${place} claiming ${2 ** 32 - 1} items while holding 3 costs what it holds`, () => {
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      sparse[0] = 'a';
      sparse[1_000] = 'b';
      sparse[2 ** 32 - 2] = 'c';
      const value = structuredClone(documentOf(minimalPlan())) as Record<string, Json>;
      const keys = place.split('.');
      let at = value as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
      at[keys.at(-1) as string] = sparse;
      const budget = budgetFor(value);
      for (const run of [(v: unknown) => parsePlanValue(v), (v: unknown) => validatePlan((v as { plan: unknown }).plan)]) {
        // The count stops just past the budget: a walk over every claimed index would take hours.
        const reads = countReads(value, run, budget);
        const what = `${countValues(value)} values took more than ${budget} reads: the import walks the list's claimed length`;
        expect(reads <= budget, what).toBe(true);
      }
    });
  }
});

describe('time to read text grows in proportion to its length', () => {
  const plan = (n: number) => serializePlan(largePlan({ behaviors: n / 4, strategies: n }));
  /** File families built at a size parameter; `n` is the small size, chosen near 30-50 KB. */
  const families: { name: string; n: number; build: (n: number) => string }[] = [
    { name: 'a valid plan', n: 60, build: plan },
    { name: 'a plan cut short at the end', n: 60, build: (n) => plan(n).slice(0, -3) },
    { name: 'a string never closed', n: 50_000, build: (n) => `{"format":"${'x'.repeat(n)}` },
    { name: 'escapes in a string never closed', n: 8_000, build: (n) => `{"format":"${'\\u0041'.repeat(n)}` },
    { name: 'many lines, then an error', n: 10_000, build: (n) => `[${'1,\n'.repeat(n)}x]` },
    { name: 'lists never closed', n: 12_000, build: (n) => '['.repeat(n) },
    { name: 'lists nested n deep', n: 6_000, build: (n) => `${'['.repeat(n)}${']'.repeat(n)}` },
    { name: 'strategies that are empty objects', n: 200, build: (n) => withPlan('strategies', Array(n).fill({})) },
    {
      name: 'strategies with broken links',
      n: 200,
      build: (n) => withPlan('strategies', Array.from({ length: n }, (_, i) => ({ ...minimalPlan().strategies[1], id: `s${i}`, behaviorIds: ['ghost'] }))),
    },
    { name: 'behaviors sharing one id', n: 100, build: (n) => withPlan('behaviors', Array(n).fill(minimalPlan().behaviors[0])) },
    { name: 'forbidden keys everywhere', n: 3_000, build: (n) => withPlan('behaviors', Array(n).fill({ ['__proto__']: 1 })) },
    { name: 'unknown keys', n: 1_500, build: (n) => withPlan('extra', Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))) },
    { name: 'a huge title', n: 50_000, build: (n) => withPlan('title', 't'.repeat(n)) },
  ];

  for (const { name, n, build } of families) {
    it(`${name}: a bounded multiple of JSON.parse, not growing with size`, { timeout: timeLimit(20_000) }, () => {
      const small = build(n);
      const large = build(8 * n);
      expect(large.length).toBeLessThanOrEqual(LIMITS.maxDocumentBytes);
      const cost = (text: string, runs: number) =>
        medianMs(() => parsePlanDocument(text), runs) / Math.max(medianMs(() => jsonParse(text), runs), 0.01);
      // One sample first: work far out of proportion needs no statistics (and would take minutes).
      const first = cost(large, 1);
      const measure = () => {
        for (let i = 0; i < 2; i++) for (const text of [small, large]) parsePlanDocument(text), jsonParse(text); // warm up
        const [atN, at8n] = [cost(small, 5), cost(large, 5)];
        return { cost: at8n, growth: at8n / atN };
      };
      const hopeless = first > 10 * MAX_COST_OVER_JSON_PARSE;
      let { cost: multiple, growth } = hopeless ? { cost: first, growth: Number.NaN } : measure();
      // A noisy neighbour can spoil one set of samples; real extra work shows up twice.
      if (!hopeless && (multiple >= MAX_COST_OVER_JSON_PARSE || growth >= MAX_GROWTH)) ({ cost: multiple, growth } = measure());
      expect(multiple, `import time / JSON.parse time, at ${large.length} characters`).toBeLessThan(MAX_COST_OVER_JSON_PARSE);
      expect(growth, 'how much that multiple grew from n to 8n').toBeLessThan(MAX_GROWTH);
    });
  }
});

/**
 * The baseline: one linear pass over the text by the engine (`JSON.parse`, which stops at a
 * syntax error) and one by JavaScript (native scans can skip a long string in one step; the
 * import's own syntax-error scanner cannot).
 */
function jsonParse(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  try {
    JSON.parse(text);
  } catch {
    // text that is not JSON: the engine's scan up to the error
  }
  return sum;
}

/** A minimal plan's file with `key` of its plan set to `value`, as text. */
function withPlan(key: string, value: unknown): string {
  const document = documentOf(minimalPlan()) as Record<string, Record<string, unknown>>;
  return JSON.stringify({ ...document, plan: { ...document['plan'], [key]: value } });
}
