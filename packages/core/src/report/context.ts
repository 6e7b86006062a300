/** What every report section needs: the plan, its words, and a few lookups built once. */
import type { Language, Plan } from '../plan/schema.ts';
import { languageOf } from '../diagrams/words.ts';
import { isCalendarDate } from '../diagrams/dates.ts';
import { reportWords, type ReportWords } from './words.ts';

export interface ReportContext {
  plan: Plan;
  language: Language;
  words: ReportWords;
  /** `YYYY-MM-DD`, when the caller gave a valid one. */
  today: string | undefined;
  /** A number in the plan's language (`4,200`, `4200`, `12.5`). */
  number: (value: number) => string;
  /** A whole percent in the plan's language (`45%`, `45 %`). */
  percent: (value: number) => string;
  /** 1-based position of each behavior, by id (first one wins when ids repeat). */
  behaviorNumber: ReadonlyMap<string, number>;
}

export function reportContext(plan: Plan, today: string | undefined): ReportContext {
  const language = languageOf(plan);
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const behaviorNumber = new Map<string, number>();
  plan.behaviors.forEach((behavior, i) => {
    if (!behaviorNumber.has(behavior.id)) behaviorNumber.set(behavior.id, i + 1);
  });
  return {
    plan,
    language,
    words: reportWords(language),
    today: isCalendarDate(today) ? today : undefined,
    number: (value) => (Number.isFinite(value) ? format.format(value) : '—'),
    percent: (value) => (Number.isFinite(value) ? percent.format(value / 100) : '—'),
    behaviorNumber,
  };
}

/** Items that name behaviors, grouped by behavior id in one pass; unknown ids are skipped. */
export function groupByBehavior<T extends { behaviorIds: readonly string[] }>(
  items: readonly T[],
  known: ReadonlyMap<string, number>,
): { byBehavior: Map<string, T[]>; unlinked: T[] } {
  const byBehavior = new Map<string, T[]>();
  const unlinked: T[] = [];
  for (const item of items) {
    let linked = false;
    for (const id of new Set(item.behaviorIds)) {
      if (!known.has(id)) continue;
      linked = true;
      const list = byBehavior.get(id);
      if (list === undefined) byBehavior.set(id, [item]);
      else list.push(item);
    }
    if (!linked) unlinked.push(item);
  }
  return { byBehavior, unlinked };
}
