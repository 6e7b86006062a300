import type { Measure } from '@sixsources/core';
import { observationsByDate } from './progress.ts';

/** Props of the progress chart. */
export interface ProgressChartProps {
  measure: Measure;
  /** The text a screen reader hears instead of the picture (the summary sentence). */
  label: string;
  baselineWord: string;
  targetWord: string;
  formatValue: (value: number) => string;
  formatDate: (date: string) => string;
}

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 48, right: 84, top: 16, bottom: 32 };

/**
 * A small line chart drawn with React (no injected markup): observations over time, with
 * the baseline and the target as dashed lines. Time runs on a true date scale.
 */
export function ProgressChart({ measure, label, baselineWord, targetWord, formatValue, formatDate }: ProgressChartProps) {
  const points = observationsByDate(measure);
  const { baseline, target } = measure;
  const dates = [baseline.date, target.date, ...points.map((p) => p.date)].filter((d): d is string => d !== undefined);
  const values = [baseline.value, target.value, ...points.map((p) => p.value)].filter((v): v is number => v !== undefined);
  if (dates.length === 0 || values.length === 0) return null;

  const times = dates.map(toTime);
  const firstTime = Math.min(...times);
  const lastTime = Math.max(...times);
  const span = lastTime - firstTime || 1;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = (high - low) * 0.1 || Math.abs(high) * 0.1 || 1;
  const bottom = low - margin;
  const top = high + margin;

  const x = (date: string) => PAD.left + ((toTime(date) - firstTime) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - bottom) / (top - bottom)) * (HEIGHT - PAD.top - PAD.bottom);
  // The line starts at the baseline when it has a date, so one observation already shows a change.
  const start = baseline.value !== undefined && baseline.date !== undefined && points.every((p) => p.date >= (baseline.date as string))
    ? [{ date: baseline.date, value: baseline.value }]
    : [];
  const path = [...start, ...points.filter((p) => !(start[0] !== undefined && p.date === start[0].date && p.value === start[0].value))];
  const line = path.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const firstDate = dates[times.indexOf(firstTime)] as string;
  const lastDate = dates[times.indexOf(lastTime)] as string;

  return (
    <svg className="progress-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="progress-chart">
      <title>{label}</title>
      <line className="axis" x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} />
      <text className="tick" x={PAD.left} y={HEIGHT - 10}>
        {formatDate(firstDate)}
      </text>
      {lastDate !== firstDate && (
        <text className="tick" x={WIDTH - PAD.right} y={HEIGHT - 10} textAnchor="end">
          {formatDate(lastDate)}
        </text>
      )}
      {baseline.value !== undefined && (
        <g className="reference baseline">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(baseline.value)} y2={y(baseline.value)} />
          <text x={WIDTH - PAD.right + 6} y={y(baseline.value) + 4}>
            {`${baselineWord} ${formatValue(baseline.value)}`}
          </text>
        </g>
      )}
      {target.value !== undefined && (
        <g className="reference target">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(target.value)} y2={y(target.value)} />
          <text x={WIDTH - PAD.right + 6} y={y(target.value) + 4}>
            {`${targetWord} ${formatValue(target.value)}`}
          </text>
          {target.date !== undefined && <circle className="target-date" cx={x(target.date)} cy={y(target.value)} r={5} />}
        </g>
      )}
      {path.length > 1 && <polyline className="observed" points={line} />}
      {start[0] !== undefined && <circle className="baseline-point" cx={x(start[0].date)} cy={y(start[0].value)} r={4} />}
      {points.map((p) => (
        <g key={p.id} className="point">
          <circle cx={x(p.date)} cy={y(p.value)} r={4} />
          <text x={x(p.date)} y={y(p.value) - 9} textAnchor="middle">
            {formatValue(p.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}

function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
