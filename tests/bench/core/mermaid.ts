/** core.mermaid.large: generating the plan-map diagram's mermaid source for a large plan. */
import { planMapDiagram } from '@sixsources/core';
import type { Benchmark } from '../types.ts';
import { medianRatio } from '../stats.ts';
import { coreRuns, largeDetail, largeWorkload } from './large-text.ts';

export const mermaidLarge: Benchmark = {
  name: 'core.mermaid.large',
  unit: 'ratio',
  budget: 1,
  figure: 'plan-map mermaid source generation ÷ JSON.parse of the same text',
  async run({ quick }) {
    const { plan, text } = largeWorkload();
    const runs = coreRuns(quick);
    const value = medianRatio(() => planMapDiagram(plan), () => JSON.parse(text), { runs });
    return { value, detail: largeDetail(text, runs) };
  },
};
