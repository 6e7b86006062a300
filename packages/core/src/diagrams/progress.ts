/**
 * A measure's progress as a mermaid xychart: its observations over time, with the baseline and
 * the target as flat lines. One measure per chart; `options.measureId` picks it.
 */
import type { Measure, Observation, Plan } from '../plan/schema.ts';
import { mermaidLabel, mermaidNumber, mermaidText } from './mermaid-text.ts';
import { diagramWords, languageOf, type DiagramWords } from './words.ts';

/** Choices for the progress chart. */
export interface ProgressOptions {
  /** The measure to draw; default the result's first measure. */
  measureId?: string;
  /** Most observations drawn; more are sampled evenly, first and last kept. Default 60. */
  maxPoints?: number;
}

const DEFAULT_MAX_POINTS = 60;
const AXIS_LABEL_MAX = 40;
const TITLE_MAX = 100;

/** `count` indexes spread evenly over `0..length-1`, first and last included. */
function sampleIndexes(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  if (count <= 1) return [length - 1];
  return Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1)));
}

function titleLine(text: string, notes: string[] = []): string {
  const parts = [mermaidText(text, { max: TITLE_MAX }), ...notes.map((note) => mermaidText(note))];
  const body = parts.filter((part) => part !== '').join(' #183; ');
  return `  title "${body === '' ? ' ' : body}"`;
}

/** Category labels for the x axis, made unique: the chart merges equal labels. */
function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}

function chart(measure: Measure, words: DiagramWords, maxPoints: number): string[] {
  const observations = measure.observations
    .filter((observation) => Number.isFinite(observation.value))
    .map((observation, order) => ({ observation, order }))
    // By date, ties in entry order; string order is date order for `YYYY-MM-DD`.
    .sort((a, b) => (a.observation.date < b.observation.date ? -1 : a.observation.date > b.observation.date ? 1 : a.order - b.order))
    .map(({ observation }): Observation => observation);
  const picked = sampleIndexes(observations.length, Math.max(1, Math.floor(maxPoints))).map((i) => observations[i]!);

  const baseline = Number.isFinite(measure.baseline.value) ? (measure.baseline.value as number) : undefined;
  const target = Number.isFinite(measure.target.value) ? (measure.target.value as number) : undefined;
  const labels: string[] = [];
  const observed: number[] = [];
  if (baseline !== undefined) {
    labels.push(measure.baseline.date ?? words.baseline);
    observed.push(baseline);
  }
  for (const observation of picked) {
    labels.push(observation.date);
    observed.push(observation.value);
  }
  if (labels.length === 0 && target !== undefined) labels.push(measure.target.date ?? words.target);

  const notes: string[] = [];
  if (observations.length === 0) notes.push(words.noObservations);
  else if (picked.length < observations.length) notes.push(words.sampled(picked.length, observations.length));
  const name = measure.name.trim() === '' ? words.untitled : measure.name;
  if (labels.length === 0) return messageChart(`${name} · ${words.nothingToDraw}`);
  const lines = ['xychart-beta', titleLine(name, notes)];

  const values = [...observed, ...(baseline === undefined ? [] : [baseline]), ...(target === undefined ? [] : [target])];
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
  low -= pad;
  high += pad;
  const axis = uniqueLabels(labels).map((label) => mermaidLabel(label, { max: AXIS_LABEL_MAX }));
  lines.push(`  x-axis [${axis.join(', ')}]`);
  lines.push(`  y-axis ${mermaidLabel(measure.unit)} ${mermaidNumber(low)} --> ${mermaidNumber(high)}`);
  const flat = (value: number) => `[${labels.map(() => mermaidNumber(value)).join(', ')}]`;
  if (baseline !== undefined) lines.push(`  line ${mermaidLabel(words.baseline)} ${flat(baseline)}`);
  if (target !== undefined) lines.push(`  line ${mermaidLabel(words.target)} ${flat(target)}`);
  if (observed.length > 0) lines.push(`  line ${mermaidLabel(words.observed)} [${observed.map(mermaidNumber).join(', ')}]`);
  return lines;
}

/**
 * A chart needs at least one line to be drawn (mermaid 12 fails on an xychart without one), so
 * a measure with nothing to plot is a one-box flowchart that says why.
 */
function messageChart(message: string): string[] {
  return ['flowchart LR', `  message[${mermaidLabel(message, { max: TITLE_MAX + 60 })}]`];
}

/**
 * One measure's observations against its baseline and target, as mermaid xychart source.
 * A plan without measures, an unknown `measureId`, or a measure with no baseline, target or
 * observations gives a one-box flowchart that says so.
 */
export function progressDiagram(plan: Plan, options: ProgressOptions = {}): string {
  const words = diagramWords(languageOf(plan));
  const measures = plan.result.measures;
  const measure =
    options.measureId === undefined ? measures[0] : measures.find((candidate) => candidate.id === options.measureId);
  let lines: string[];
  if (measure !== undefined) lines = chart(measure, words, options.maxPoints ?? DEFAULT_MAX_POINTS);
  else lines = messageChart(measures.length === 0 ? words.noMeasures : words.measureMissing);
  return `${lines.join('\n')}\n`;
}
