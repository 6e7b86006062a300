/**
 * Benchmark (run with tsx, not part of the test suite): one command on a 500-behavior, 3,000-strategy plan must cost at most 5% of parsing the
 * plan's file text: median against median, measured in the same run and interleaved,
 * because the machines are shared and noisy. Undoing it must be as cheap.
 *
 * Each round times everything three times and keeps the fastest, for parsing and commands
 * alike: on a loaded machine a 0.2 ms edit is either preempted or not, and one preemption
 * would otherwise count as the edit's cost.
 */
import { applyCommand, createHistory, record, undo, type PlanCommand } from '../src/edit/index.ts';
import { serializePlan } from '../src/plan/document.ts';
import type { Plan } from '../src/plan/schema.ts';
import { largePlan } from '../test/support/large-plan.ts';

const WARM_UP_ROUNDS = 4;
const ROUNDS = 15;
const BUDGET = 0.05;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The fastest of three runs, in ms. */
function time(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

interface Ratio {
  command: string;
  apply: number;
  undo: number;
}

/** Median cost of each command, and of undoing it, as a share of the median JSON.parse of `text`. */
function measure(text: string, commands: readonly PlanCommand[]): { parseMs: number; ratios: Ratio[] } {
  const plan = (JSON.parse(text) as { plan: Plan }).plan;
  // The first command freezes the parsed plan once, as an editor's first edit would.
  applyCommand(plan, { type: 'plan.update', changes: { title: 'Warm-up' } });
  const parseTimes: number[] = [];
  const applyTimes = commands.map(() => [] as number[]);
  const undoTimes = commands.map(() => [] as number[]);
  // Warm-up rounds let the JIT settle before anything is counted.
  for (let round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
    const counted = round >= 0;
    const parseMs = time(() => JSON.parse(text));
    if (counted) parseTimes.push(parseMs);
    commands.forEach((command, i) => {
      let result = applyCommand(plan, command);
      const applyMs = time(() => (result = applyCommand(plan, command)));
      if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
      const history = record(createHistory(), result);
      const after = result.plan;
      const undoMs = time(() => undo(after, history));
      if (counted) {
        applyTimes[i]?.push(applyMs);
        undoTimes[i]?.push(undoMs);
      }
    });
  }
  const parseMs = median(parseTimes);
  const ratios = commands.map((command, i) => ({
    command: command.type,
    apply: median(applyTimes[i] ?? []) / parseMs,
    undo: median(undoTimes[i] ?? []) / parseMs,
  }));
  return { parseMs, ratios };
}

/** Prints each command's ratio and returns the commands over budget. */
function report(title: string, text: string, commands: readonly PlanCommand[]): string[] {
  const { parseMs, ratios } = measure(text, commands);
  console.log(`\n${title} (JSON.parse median ${parseMs.toFixed(2)} ms; budget ${BUDGET})`);
  console.table(ratios.map((r) => ({ command: r.command, apply: r.apply.toFixed(4), undo: r.undo.toFixed(4) })));
  return ratios.filter((r) => r.apply > BUDGET || r.undo > BUDGET).map((r) => r.command);
}

const large = largePlan({ behaviors: 500, strategies: 3_000 });
const over = report('500 behaviors, 3,000 strategies', serializePlan(large), [
  { type: 'behavior.update', id: 'beh-250', changes: { action: 'Run the routine at every rotation.' } },
  { type: 'strategy.update', id: 'str-1500', changes: { description: 'A clearer description.' } },
  { type: 'strategy.add', fields: { source: 'social-ability', tactic: 'coaching', behaviorIds: ['beh-1', 'beh-2'] } },
  { type: 'behavior.add', at: 0, fields: { who: 'Coaches' } },
  { type: 'behavior.remove', id: 'beh-7' },
  { type: 'strategy.remove', id: 'str-10' },
  { type: 'strategy.move', from: 0, to: 2_999 },
  { type: 'link', kind: 'strategy', id: 'str-2000', behaviorId: 'beh-9' },
  { type: 'plan.update', changes: { title: 'A new title' } },
]);

const reading = large.result.measures[0] as Plan['result']['measures'][number];
// One short of the most a measure may hold, so one more can still be recorded.
const observations = Array.from({ length: 9_999 }, (_, i) => ({
  id: `obs-${i}`,
  date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
  value: 40 + (i % 30),
}));
const withObservations = { ...large, result: { ...large.result, measures: [{ ...reading, observations }] } };
over.push(
  ...report('a measure with 9,999 observations', serializePlan(withObservations), [
    { type: 'measure.update', id: 'mea-reading', changes: { name: 'Readers at grade level' } },
    { type: 'observation.record', measureId: 'mea-reading', observation: { date: '2010-01-01', value: 52 } },
    { type: 'observation.update', measureId: 'mea-reading', id: 'obs-5000', changes: { value: 12 } },
  ]),
);
if (over.length > 0) {
  console.log(`over budget: ${over.join(', ')}`);
  process.exitCode = 1;
}
