/** Accessibility checks with axe-core, injected into the page under test. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One axe violation, reduced to what a failing test should print. */
export interface A11yProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the whole page and returns the serious and critical violations. */
export async function seriousA11yProblems(page: Page): Promise<A11yProblem[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await runner.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
