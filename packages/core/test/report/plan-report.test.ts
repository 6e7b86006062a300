import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coachPlan } from '../../src/coach/coach-plan.ts';
import { renderPlanReport } from '../../src/report/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { ALL_HOSTILE, HOSTILE_FRAGMENTS, hostileText, richPlan, withText } from '../diagrams/hostile-plan.ts';
import { largePlan } from '../diagrams/large-plan.ts';
import { htmlText, tagNames, tokens, toHtml, visibleLine } from './markdown-check.ts';

const headings = async (markdown: string, depth: number) =>
  (await tokens(markdown)).filter((t) => t.type === 'heading' && t.depth === depth).map((t) => htmlText(t.text ?? '').replace(/\\(.)/g, '$1'));
const tables = async (markdown: string) => (await tokens(markdown)).filter((t) => t.type === 'table');
/** A table cell as a reader sees it: our bold marks dropped, escapes and entities resolved. */
const cellText = (cell: { text: string }) => htmlText(cell.text.replace(/\*\*([^*]*)\*\*/g, '$1').replace(/\\(.)/g, '$1'));

/** The section of the report under a `## heading`, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`no section ${heading}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

const SECTIONS_EN = [
  'Organization',
  'Problem of practice',
  'Belief statement',
  'Result',
  'Vital behaviors',
  'Six sources of influence',
  'Strategies',
  'Influencers',
  'Coach findings',
];

describe('plan report', () => {
  test('has every section, in order, under the plan title', async () => {
    const report = renderPlanReport(richPlan());
    expect(await headings(report, 1)).toEqual(['Third-grade reading at Riverside']);
    expect(await headings(report, 2)).toEqual(SECTIONS_EN);
  });

  test('writes its headings in the plan language', async () => {
    const report = renderPlanReport(richPlan({ language: 'es' }));
    expect(await headings(report, 2)).toEqual([
      'Organización',
      'Problema de práctica',
      'Declaración de creencias',
      'Resultado',
      'Conductas vitales',
      'Seis fuentes de influencia',
      'Estrategias',
      'Personas influyentes',
      'Observaciones del asesor',
    ]);
  });

  test('shows each measure with baseline, target, latest observation and progress', async () => {
    const [measures] = await tables(section(renderPlanReport(richPlan()), 'Result'));
    expect(measures!.rows!.map((row) => row.map(cellText))).toEqual([
      ['Third graders at grade level (% of third graders)', 'every three weeks, increase', '48 (2025-09-15)', '70 (2027-05-28)', '50 (2025-10-06)', '9%'],
      // A decreasing measure: from 18 toward 10, now 16 is a quarter of the way.
      ['Chronic absence (% of students)', 'monthly, decrease', '18 (2025-09-01)', '10 (2027-06-01)', '16 (2025-11-01)', '25%'],
    ]);
  });

  test('lists each behavior with its crucial moments, positive deviants, culture busters and obvious notes', () => {
    const behaviors = section(renderPlanReport(richPlan()), 'Vital behaviors');
    const first = behaviors.slice(behaviors.indexOf('### 1.'), behaviors.indexOf('### 2.'));
    const second = behaviors.slice(behaviors.indexOf('### 2.'), behaviors.indexOf('### 3.'));
    expect(first).toContain('- **Positive deviants:**\n  - Ms. Lee: Regroups weekly.');
    expect(first).toContain('- **Notice the obvious:**\n  - Small groups work.');
    expect(first).toContain('- **Found through:** positive deviants');
    expect(second).toContain('- **Crucial moments:**\n  - When a student misses a concept at a station.');
    expect(second).toContain('- **Culture busters:**\n  - Asking for help looks weak.');
  });

  test('gathers findings linked to no behavior in their own list', () => {
    const plan = richPlan();
    plan.crucialMoments.push({ id: 'loose', when: 'At the first bell.', behaviorIds: ['missing'] });
    const behaviors = section(renderPlanReport(plan), 'Vital behaviors');
    expect(behaviors).toContain('### Not linked to a vital behavior\n\n- **Crucial moments:**\n  - At the first bell.');
  });

  test('draws the six-source matrix: a row per behavior, tactics in their source column, dropped strategies left out', async () => {
    const [matrix] = await tables(section(renderPlanReport(richPlan()), 'Six sources of influence'));
    expect(matrix!.header!.map(cellText)).toEqual([
      'Vital behavior',
      'Personal motivation',
      'Personal ability',
      'Social motivation',
      'Social ability',
      'Structural motivation',
      'Structural ability',
    ]);
    expect(matrix!.rows!.map((row) => row.map(cellText))).toEqual([
      ['1. K-3 teachers', 'Tell meaningful stories', '—', 'Leaders model it', '—', '—', 'Make the invisible visible'],
      ['2. K-3 teachers', '—', 'Deliberate practice with feedback', '—', '—', '—', 'Make the invisible visible'],
      ['3. Principals', '—', '—', '—', '—', '—', '—'],
    ]);
  });

  test('lists strategies with owner, dates and status, marking overdue ones when today is given', async () => {
    const [strategies] = await tables(section(renderPlanReport(richPlan(), { today: '2026-06-01' }), 'Strategies'));
    const rows = strategies!.rows!.map((row) => row.map(cellText));
    expect(rows[0]).toEqual(['1', 'Social motivation', 'Leaders model it', 'Principals join one data dig per month.', '1', 'Principals', '2025-09-01', '2026-05-29', 'In progress (overdue)']);
    expect(rows[3]).toEqual(['4', 'Personal motivation', 'Tell meaningful stories', 'Share a student story at each staff meeting.', '1', 'Coach', '—', '2026-01-15', 'Done']);
    expect(rows[4]!.at(-1)).toBe('Dropped');
    const [undated] = await tables(section(renderPlanReport(richPlan()), 'Strategies'));
    expect(cellText(undated!.rows![0]!.at(-1)!)).toBe('In progress');
  });

  test('lists influencers', async () => {
    const [influencers] = await tables(section(renderPlanReport(richPlan({ language: 'es' })), 'Personas influyentes'));
    expect(influencers!.rows!.map((row) => row.map(cellText))).toEqual([['Dr. Ana Ruiz', 'Superintendent', 'De la organización', 'A favor', 'all principals']]);
  });

  test('groups the coach findings by severity, errors first, with every finding', async () => {
    const plan = minimalPlan({ result: { statement: '', measures: [] }, strategies: [] });
    const expected = coachPlan(plan, { today: '2026-06-01' }).findings;
    const report = renderPlanReport(plan, { today: '2026-06-01' });
    const coach = section(report, 'Coach findings');
    const groups = await headings(coach, 3);
    const order = ['error', 'warning', 'info'] as const;
    const names = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
    expect(groups).toEqual(
      order.filter((s) => expected.some((f) => f.severity === s)).map((s) => `${names[s]} (${expected.filter((f) => f.severity === s).length})`),
    );
    const items = (await tokens(coach)).filter((t) => t.type === 'list').flatMap((t) => t.items ?? []);
    expect(items).toHaveLength(expected.length);
  });

  test('says when the coach has nothing to add', () => {
    // The real coach may always find something; the sentence only appears when it does not.
    const report = renderPlanReport(richPlan());
    const coach = section(report, 'Coach findings');
    expect(coach.includes('The coach found nothing to fix.')).toBe(coachPlan(richPlan()).findings.length === 0);
  });
});

describe('plan report with hostile text in every field', () => {
  const ALLOWED = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'em', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

  async function expectInert(texts: readonly string[]): Promise<void> {
    const plan = withText(richPlan(), texts);
    const report = renderPlanReport(plan, { today: '2026-06-01' });
    const html = await toHtml(report);
    // Only the markup the report writes itself: no images, scripts, code or raw HTML. GFM
    // renderers turn a bare web address into a link on purpose; such links may only be web links.
    expect(tagNames(html).filter((tag) => !ALLOWED.has(tag) && tag !== 'a')).toEqual([]);
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
    expect(await headings(report, 2)).toEqual(SECTIONS_EN);
    // Tables keep their shape: every row has as many cells as the header.
    const all = await tables(report);
    expect(all).toHaveLength(4); // measures, matrix, strategies, influencers
    for (const table of all) for (const row of table.rows!) expect(row).toHaveLength(table.header!.length);
    // And user text reads back as written, e.g. an influencer's name in its cell.
    const influencers = all.at(-1)!;
    const name = visibleLine(plan.influencers[0]!.name);
    expect(cellText(influencers.rows![0]![0]!)).toBe(name === '' ? '—' : name);
  }

  test('each fragment in several fields, and all of them in every field', async () => {
    for (let shift = 0; shift < 4; shift++) {
      await expectInert([...HOSTILE_FRAGMENTS.slice(shift * 7), ...HOSTILE_FRAGMENTS.slice(0, shift * 7)]);
    }
    await expectInert([ALL_HOSTILE]);
  });

  test('random combinations of fragments (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 20 }), expectInert), { numRuns: 40 });
  });
});

test('a large plan renders in one pass with every strategy in the table', async () => {
  const plan = largePlan({ behaviors: 500, strategies: 3_000 });
  const report = renderPlanReport(plan);
  const [, matrix, strategies] = await tables(report);
  expect(matrix!.rows).toHaveLength(500);
  expect(strategies!.rows).toHaveLength(3_000);
});

