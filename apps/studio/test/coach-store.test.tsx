import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { applyCommand, coachPlan, type CoachReport, type Finding } from '@sixsources/core';
import { CoachContext, useFindingsAt } from '../src/coach/CoachContext.ts';
import { createCoachStore, EMPTY_COACH, indexFindings, sameFindings, type CoachStore } from '../src/coach/coach-store.ts';
import { samplePlan } from './support/plans.ts';

afterEach(cleanup);

/** A finding as the coach would report it; `paths` name where it is. */
function finding(code: Finding['code'], paths: string[], message = `${code} at ${paths.join(', ')}`): Finding {
  return { code, severity: 'warning', message, paths, suggestion: 'Fix it.', params: {} };
}

const report = (...findings: Finding[]): CoachReport => ({ findings, coverage: {} });

/** Renders one "field" per path showing its findings' codes, and counts each field's renders. */
function renderFields(store: CoachStore, paths: string[]) {
  const renders = new Map<string, number>(paths.map((path) => [path, 0]));
  function Field({ path }: { path: string }) {
    const findings = useFindingsAt(path);
    renders.set(path, (renders.get(path) ?? 0) + 1);
    return <p data-path={path}>{findings.map((item) => item.code).join(' ')}</p>;
  }
  const view = render(
    <CoachContext.Provider value={store}>
      {paths.map((path) => (
        <Field key={path} path={path} />
      ))}
    </CoachContext.Provider>,
  );
  const shown = (path: string) => view.container.querySelector(`[data-path="${path}"]`)?.textContent;
  return { renders, shown };
}

describe('the coach store', () => {
  it('starts empty, or with the report it is given, indexed by path', () => {
    expect(createCoachStore().get()).toBe(EMPTY_COACH);
    const both = finding('behavior-not-measured', ['behaviors.0.action', 'behaviors.0.measuredBy']);
    const store = createCoachStore(report(both));
    expect(store.get().byPath.get('behaviors.0.action')).toEqual([both]);
    expect(store.get().byPath.get('behaviors.0.measuredBy')).toEqual([both]);
    expect(store.get().byPath.get('behaviors.1.action')).toBeUndefined();
  });

  it('lists each finding once under a path even if the finding names that path twice', () => {
    const twice = finding('strategy-no-behavior', ['strategies.0', 'strategies.0']);
    const other = finding('strategy-without-owner', ['strategies.0']);
    expect(indexFindings([twice, other]).get('strategies.0')).toEqual([twice, other]);
  });

  it('tells subscribers of each new report, not of the same report again, and stops after unsubscribe', () => {
    const store = createCoachStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = report(finding('no-behaviors', ['behaviors']));
    store.set(first);
    store.set(first);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().report).toBe(first);
    unsubscribe();
    store.set(report());
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().byPath.size).toBe(0);
  });

  it('treats a repeated finding as the same, and a changed message, severity or path as different', () => {
    const base = finding('measure-stale', ['result.measures.0']);
    expect(sameFindings([base], [{ ...base, paths: [...base.paths] }])).toBe(true);
    expect(sameFindings([base], [{ ...base, message: 'Reworded.' }])).toBe(false);
    expect(sameFindings([base], [{ ...base, severity: 'error' }])).toBe(false);
    expect(sameFindings([base], [{ ...base, paths: ['result.measures.1'] }])).toBe(false);
    expect(sameFindings([base], [{ ...base, code: 'measure-no-baseline' }])).toBe(false);
    expect(sameFindings([base], [base, base])).toBe(false);
  });
});

describe('findings shown at one field', () => {
  it('a field sees only the findings that name its own path', () => {
    const store = createCoachStore(
      report(finding('behavior-not-observable', ['behaviors.0.action']), finding('behavior-not-measured', ['behaviors.1.measuredBy'])),
    );
    const { shown } = renderFields(store, ['behaviors.0.action', 'behaviors.1.measuredBy', 'title']);
    expect(shown('behaviors.0.action')).toBe('behavior-not-observable');
    expect(shown('behaviors.1.measuredBy')).toBe('behavior-not-measured');
    expect(shown('title')).toBe('');
  });

  it('re-renders only the fields whose findings changed when a new report comes in', () => {
    const kept = finding('behavior-not-observable', ['behaviors.0.action']);
    const store = createCoachStore(report(kept));
    const { renders, shown } = renderFields(store, ['behaviors.0.action', 'behaviors.1.action', 'title']);
    const start = new Map(renders);

    // The next report repeats the first field's finding as a new object and adds one elsewhere.
    act(() => store.set(report({ ...kept, paths: [...kept.paths] }, finding('behavior-no-strategy', ['behaviors.1.action']))));
    expect(shown('behaviors.1.action')).toBe('behavior-no-strategy');
    expect(renders.get('behaviors.1.action')).toBe((start.get('behaviors.1.action') ?? 0) + 1);
    expect(renders.get('behaviors.0.action')).toBe(start.get('behaviors.0.action'));
    expect(renders.get('title')).toBe(start.get('title'));

    // A changed message for the first field reaches it, and only it.
    const afterSecond = new Map(renders);
    act(() => store.set(report({ ...kept, message: 'Say what people do.' }, finding('behavior-no-strategy', ['behaviors.1.action']))));
    expect(renders.get('behaviors.0.action')).toBe((afterSecond.get('behaviors.0.action') ?? 0) + 1);
    expect(renders.get('behaviors.1.action')).toBe(afterSecond.get('behaviors.1.action'));

    // Findings that go away clear the field.
    act(() => store.set(report()));
    expect(shown('behaviors.0.action')).toBe('');
    expect(shown('behaviors.1.action')).toBe('');
  });

  it('an edit elsewhere in a real plan does not re-render a field whose coach findings stayed the same', () => {
    const plan = samplePlan();
    const today = '2024-06-01';
    const before = coachPlan(plan, { today });
    const path = before.findings[0]?.paths[0];
    expect(path).toBeDefined();
    const store = createCoachStore(before);
    const { renders, shown } = renderFields(store, [path as string]);
    const count = renders.get(path as string);
    expect(shown(path as string)).toContain(before.findings[0]?.code);

    const edited = applyCommand(plan, { type: 'plan.update', changes: { title: 'Another title' } }, '2024-05-02T00:00:00Z');
    if (!edited.ok) throw new Error(edited.error.message);
    const after = coachPlan(edited.plan, { today });
    expect(after).not.toBe(before);
    act(() => store.set(after));
    expect(renders.get(path as string)).toBe(count);
  });
});
