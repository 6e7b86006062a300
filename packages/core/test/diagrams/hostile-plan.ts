/**
 * Plans whose every text field holds text aimed at breaking mermaid or Markdown output:
 * quotes, brackets, directives, `click`/`classDef`/`style` lines, HTML, emoji, newlines.
 */
import fc from 'fast-check';
import type { Plan } from '../../src/plan/schema.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

/** Fragments each of which broke, or could break, a diagram or a report somewhere. */
export const HOSTILE_FRAGMENTS = [
  '"',
  "'",
  '`',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '#',
  ';',
  ':',
  '|',
  '\\',
  '\n',
  '\r\n',
  '\t',
  '%%',
  '%%{init: {"securityLevel":"loose"}}%%',
  '---\ntitle: x\n---',
  'click n0 call alert(1)',
  'click s0 href "javascript:alert(1)"',
  'classDef x fill:red',
  'style n0 fill:red',
  'linkStyle 0 stroke:red',
  'end',
  'subgraph',
  'section x',
  'title x',
  ' :done, s0, 2020-01-01, 1d',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '![x](https://example.com/a.png)',
  '#35;',
  '&lt;b&gt;',
  '-->',
  '~~~',
  '1. ',
  '# ',
  '> ',
  '- ',
  '***',
  '$x$',
  '😀',
  '👩‍👩‍👧',
  '\u202e',
  'é',
  'ñ',
  '漢字',
  ' ',
] as const;

/** One hostile string: several fragments, sometimes with random text between them. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

/** Every hostile fragment in one string, for example-based tests. */
export const ALL_HOSTILE = HOSTILE_FRAGMENTS.join(' ');

const TEXT_KEYS = new Set([
  'title',
  'name',
  'location',
  'problemOfPractice',
  'beliefStatement',
  'statement',
  'unit',
  'note',
  'who',
  'action',
  'measuredBy',
  'text',
  'when',
  'practice',
  'description',
  'owner',
  'role',
  'reach',
]);

/** A copy of `plan` with every free-text field replaced, taking texts in turn from `texts`. */
export function withText(plan: Plan, texts: readonly string[]): Plan {
  let next = 0;
  const take = () => texts[next++ % texts.length] as string;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      out[key] = TEXT_KEYS.has(key) && typeof field === 'string' ? take() : walk(field);
    }
    return out;
  };
  return walk(plan) as Plan;
}

/**
 * A small plan that uses every part: deviants, busters, obvious notes, a behavior no strategy
 * reaches, strategies with both, one and no dates, every status, ids that are mermaid keywords.
 */
export function richPlan(overrides: Partial<Plan> = {}): Plan {
  const base = minimalPlan();
  const plan: Plan = {
    ...base,
    behaviors: [
      ...base.behaviors,
      { id: 'end', who: 'Principals', action: 'Visit two classrooms a day.', measuredBy: 'Visit log.', origin: 'obvious' },
    ],
    obvious: [{ id: 'click', text: 'Small groups work.', behaviorIds: ['beh-data-dig'] }],
    positiveDeviants: [{ id: 'style', who: 'Ms. Lee', practice: 'Regroups weekly.', behaviorIds: ['beh-data-dig'] }],
    cultureBusters: [{ id: 'classDef', description: 'Asking for help looks weak.', behaviorIds: ['beh-reteach'] }],
    strategies: [
      ...base.strategies,
      {
        id: 'subgraph',
        source: 'personal-motivation',
        tactic: 'meaningful-stories',
        description: 'Share a student story at each staff meeting.',
        behaviorIds: ['beh-data-dig'],
        owner: 'Coach',
        due: '2026-01-15',
        status: 'done',
      },
      {
        id: 'str-dropped',
        source: 'structural-motivation',
        tactic: 'small-rewards',
        description: 'Gift cards for data digs.',
        behaviorIds: ['end'],
        start: '2025-10-01',
        due: '2025-12-01',
        status: 'dropped',
      },
    ],
    result: {
      ...base.result,
      measures: [
        ...base.result.measures,
        {
          id: 'linkStyle',
          name: 'Chronic absence',
          unit: '% of students',
          direction: 'decrease',
          cadence: 'monthly',
          baseline: { value: 18, date: '2025-09-01' },
          target: { value: 10, date: '2027-06-01' },
          observations: [
            { id: 'o1', date: '2025-11-01', value: 16, note: 'After the attendance calls.' },
            { id: 'o2', date: '2025-10-01', value: 17 },
          ],
        },
      ],
    },
  };
  return { ...plan, ...overrides };
}
