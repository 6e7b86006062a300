/** The results as the table printed at the end of `pnpm bench`. */
import type { BenchResult } from './types.ts';

/** A figure with a precision that suits its unit. */
export function formatValue(value: number, unit: BenchResult['unit']): string {
  if (unit === 'ratio') return `${value < 0.1 ? value.toFixed(4) : value.toFixed(2)}×`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  return `${value.toFixed(1)} ms`;
}

/** A plain-text table: name, figure, budget and a verdict per row, with each row's detail below. */
export function resultsTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [r.name, formatValue(r.value, r.unit), `≤ ${formatValue(r.budget, r.unit)}`, r.pass ? 'pass' : 'OVER']);
  const header = ['benchmark', 'figure', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd();
  const details = results.map((r) => `  ${r.name}: ${r.detail}`);
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line), '', ...details].join('\n');
}
