import { describe, expect, it } from 'vitest';
import { comparePaths, formatPlanIssues, parsePlanDocument, type PlanIssue } from '../../src/plan/index.ts';

describe('formatPlanIssues', () => {
  const issues: PlanIssue[] = [
    { path: 'plan.behaviors.2.who', code: 'invalid', message: 'must be a string, not a number' },
    { path: '', code: 'not-json', message: 'the file is empty; a plan file is JSON' },
  ];

  it('writes one line per issue: file, path, message', () => {
    expect(formatPlanIssues(issues, 'p.json')).toEqual([
      'p.json: plan.behaviors.2.who: must be a string, not a number',
      'p.json: the file is empty; a plan file is JSON',
    ]);
  });

  it('leaves out the file name when there is none', () => {
    expect(formatPlanIssues(issues)).toEqual([
      'plan.behaviors.2.who: must be a string, not a number',
      'the file is empty; a plan file is JSON',
    ]);
  });

  it('formats what parsePlanDocument returns', () => {
    const result = parsePlanDocument('{"format": "csv"}');
    expect(result.ok ? [] : formatPlanIssues(result.errors, 'board.json')).toEqual([
      'board.json: format: this is not a Six Sources plan file (its "format" is "csv", not "sixsources.plan")',
    ]);
  });
});

describe('comparePaths', () => {
  it('orders numbers by value and the whole document first', () => {
    const paths = ['plan.behaviors.10', 'plan.behaviors.2.who', '', 'plan.behaviors.2', 'format', 'plan.behaviors.1'];
    expect([...paths].sort(comparePaths)).toEqual([
      '',
      'format',
      'plan.behaviors.1',
      'plan.behaviors.2',
      'plan.behaviors.2.who',
      'plan.behaviors.10',
    ]);
  });
});
