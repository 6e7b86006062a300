/** The studio's five benchmarks, measured in Chromium with the CPU slowed down 4×, in the order of the issue. */
import type { Benchmark } from '../types.ts';
import { studioJsInitial } from './js-initial.ts';
import { studioKeystroke } from './keystroke.ts';
import { studioMatrix } from './matrix.ts';
import { studioDiagramFirst } from './diagram.ts';
import { studioLoad } from './load.ts';

/** studio.js.initial, studio.keystroke.p95, studio.matrix.p95, studio.diagram.first, studio.load. */
export const STUDIO_BENCHMARKS: readonly Benchmark[] = [studioJsInitial, studioKeystroke, studioMatrix, studioDiagramFirst, studioLoad];
