/** Reading a measure's progress: the numbers the chart and its text summary share. */
import { CADENCE_DAYS, type Measure, type Observation } from '@sixsources/core';

/** Where a measure stands. */
export interface MeasureProgress {
  baseline: number | undefined;
  target: number | undefined;
  latest: Observation | undefined;
  /** Share of the way from baseline to target, 0-100+ (negative when it moved away); undefined without both ends. */
  percentOfWay: number | undefined;
  reached: boolean;
  /** The date the next observation is due at the measure's cadence (after the latest one). */
  nextDue: string | undefined;
}

/** Observations in date order (the core keeps them so; sorting again costs little and guards old files). */
export function observationsByDate(measure: Measure): Observation[] {
  return [...measure.observations].sort((a, b) => a.date.localeCompare(b.date));
}

/** Computes where `measure` stands. */
export function measureProgress(measure: Measure): MeasureProgress {
  const ordered = observationsByDate(measure);
  const latest = ordered.at(-1);
  const baseline = measure.baseline.value;
  const target = measure.target.value;
  let percentOfWay: number | undefined;
  let reached = false;
  if (baseline !== undefined && target !== undefined && latest !== undefined && target !== baseline) {
    percentOfWay = Math.round(((latest.value - baseline) / (target - baseline)) * 100);
  }
  if (target !== undefined && latest !== undefined) {
    reached = measure.direction === 'increase' ? latest.value >= target : latest.value <= target;
  }
  const from = latest?.date ?? measure.baseline.date;
  const nextDue = from === undefined ? undefined : addDays(from, CADENCE_DAYS[measure.cadence]);
  return { baseline, target, latest, percentOfWay, reached, nextDue };
}

/** `YYYY-MM-DD` plus `days`, in UTC so time zones never shift the date. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** A value with its unit's sign: `49%` for a percent unit, else the number as the locale writes it. */
export function formatValue(value: number | undefined, unit: string, locale: string, missing: string): string {
  if (value === undefined) return missing;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return unit.trim().startsWith('%') ? `${number}%` : number;
}

/** A calendar date as the locale writes it (`Jun 1, 2019`), without time-zone shifts. */
export function formatDate(date: string, locale: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}
