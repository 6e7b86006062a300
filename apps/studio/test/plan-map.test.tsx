import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { planMapDiagram, planMapGraph, type Plan } from '@sixsources/core';
import { DiagramsScreen } from '../src/diagrams/DiagramsScreen.tsx';
import { layoutPlanMap, type PlacedBox } from '../src/diagrams/planMapLayout.ts';
import { wrapLine } from '../src/diagrams/wrapLines.ts';
import { registerCatalog } from '../src/i18n/catalog.ts';
import { LanguageProvider } from '../src/i18n/LanguageProvider.tsx';
import type { UiLanguage } from '../src/i18n/language.ts';
import { messages } from '../src/diagrams/messages.ts';
import { samplePlan } from './support/plans.ts';

registerCatalog({ en: messages.en, es: messages.es });
afterEach(cleanup);

function showDiagrams(plan: Plan, language: UiLanguage = 'en') {
  return render(
    <LanguageProvider language={language}>
      <DiagramsScreen plan={plan} />
    </LanguageProvider>,
  );
}

/** The text a person reads in the picture, spaces collapsed (lines are broken to fit the boxes). */
const pictureText = (picture: HTMLElement) => (picture.querySelector('svg')?.textContent ?? '').replace(/\s+/g, '');
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the plan map on the diagrams screen', () => {
  it('is drawn at once, as one labelled picture holding the result, every behavior and every active strategy', () => {
    const plan = samplePlan();
    showDiagrams(plan);
    // No waiting: the picture is there in the first render, without mermaid.
    const picture = screen.getByRole('img', { name: `Plan map of “${plan.title}”` });
    expect([...picture.children].map((child) => child.localName)).toEqual(['svg']);
    expect(screen.getByTestId('diagram-figure').getAttribute('aria-busy')).toBe('false');
    const text = pictureText(picture);
    expect(text).toContain(squeeze(plan.result.statement).slice(0, 40));
    for (const behavior of plan.behaviors) expect(text).toContain(squeeze(behavior.action).slice(0, 40));
    for (const strategy of plan.strategies.filter((s) => s.status !== 'dropped')) expect(text).toContain(squeeze(strategy.description).slice(0, 40));
    expect(screen.getByText('Strategies by source, the vital behaviors they aim at, and the result.')).toBeTruthy();
  });

  it('offers the core’s mermaid source of the same map to copy and read', () => {
    const plan = samplePlan();
    showDiagrams(plan);
    expect((screen.getByRole('button', { name: 'Copy mermaid source' }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole('button', { name: 'Download SVG' }) as HTMLButtonElement).disabled).toBe(false);
    expect(document.querySelector('.diagram-source code')?.textContent).toBe(planMapDiagram(plan));
  });

  it('shows hostile text as text: no markup from a label reaches the page', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const base = samplePlan();
    const plan: Plan = { ...base, behaviors: base.behaviors.map((behavior) => ({ ...behavior, who: hostile })) };
    showDiagrams(plan);
    const picture = screen.getByRole('img', { name: /^Plan map of/ });
    expect(picture.querySelectorAll('img, script, foreignObject, [onerror]').length).toBe(0);
    expect(pictureText(picture)).toContain(squeeze(hostile));
  });

  it('speaks Spanish: the picture’s name and caption come from the Spanish catalog', () => {
    const plan = samplePlan('plan-es', 'Plan de lectura');
    showDiagrams(plan, 'es');
    expect(screen.getByRole('img', { name: 'Mapa del plan de «Plan de lectura»' })).toBeTruthy();
    expect(screen.getByText('Estrategias por fuente, las conductas vitales a las que apuntan y el resultado.')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Mapa del plan de «Plan de lectura»' })).getByRole('button', { name: 'Copiar el código mermaid' })).toBeTruthy();
  });
});

describe('laying out the plan map', () => {
  const overlaps = (a: PlacedBox, b: PlacedBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('keeps every box inside the picture and no two boxes on top of each other', () => {
    const layout = layoutPlanMap(planMapGraph(samplePlan()));
    const boxes = [...layout.groups.flatMap((group) => group.boxes), ...layout.boxes];
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false)));
    expect(layout.edges.length).toBe(planMapGraph(samplePlan()).edges.length);
  });

  it('orders boxes so that arrows do not cross when they need not', () => {
    const base = samplePlan();
    const [first, second] = base.behaviors;
    if (first === undefined || second === undefined) throw new Error('the sample plan needs two behaviors');
    // In plan order the first strategy aims at the second behavior and the second at the first: drawn as given, the arrows would cross.
    const strategies = base.strategies.slice(0, 2).map((strategy, i) => ({ ...strategy, source: 'personal-motivation' as const, status: 'planned' as const, behaviorIds: [i === 0 ? second.id : first.id] }));
    const layout = layoutPlanMap(planMapGraph({ ...base, behaviors: [first, second], strategies }));
    const all = [...layout.groups.flatMap((group) => group.boxes), ...layout.boxes];
    const y = (id: string) => all.find((box) => box.id === id)?.y ?? Number.NaN;
    // s0 → b1 and s1 → b0: the strategy above must point at the behavior above.
    expect(y('s0') < y('s1')).toBe(y('b1') < y('b0'));
  });

  it('breaks label lines at spaces, and cuts a word longer than the box without losing a character', () => {
    expect(wrapLine('Every three weeks the team looks at the data', 16)).toEqual(['Every three', 'weeks the team', 'looks at the', 'data']);
    const long = 'javascript:window.__pwned=1;'.repeat(3);
    const lines = wrapLine(`go ${long}`, 20);
    expect(lines.every((line) => [...line].length <= 20)).toBe(true);
    expect(lines[0]).toBe('go');
    expect(lines.join('')).toBe(`go${long}`);
  });
});
