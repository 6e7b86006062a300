/** core.parse.large: reading a large plan file with every check, against bare `JSON.parse`. */
import { parsePlanDocument } from '@sixsources/core';
import type { Benchmark } from '../types.ts';
import { medianRatio } from '../stats.ts';
import { coreRuns, largeDetail, largeWorkload } from './large-text.ts';

export const parseLarge: Benchmark = {
  name: 'core.parse.large',
  unit: 'ratio',
  budget: 3,
  figure: 'validated import (parsePlanDocument) ÷ JSON.parse of the same text',
  async run({ quick }) {
    const { text } = largeWorkload();
    const check = parsePlanDocument(text);
    if (!check.ok) throw new Error(`the large plan does not validate: ${JSON.stringify(check.errors.slice(0, 3))}`);
    const runs = coreRuns(quick);
    const value = medianRatio(() => parsePlanDocument(text), () => JSON.parse(text), { runs });
    return { value, detail: largeDetail(text, runs) };
  },
};
