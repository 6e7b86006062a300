/**
 * The fixed words diagrams and reports write, in each plan language.
 * Source and tactic names follow the catalogue in `plan/sources.ts`; English matches it.
 */
import { SOURCES, type Source } from '../plan/sources.ts';
import { sourceNameIn } from '../plan/names.ts';
export { tacticNameIn } from '../plan/names.ts';
import type { Language, StrategyStatus } from '../plan/schema.ts';

/** Words shared by every diagram. */
export interface DiagramWords {
  result: string;
  noResult: string;
  untitled: string;
  noStrategyYet: string;
  noBehavior: string;
  /** `3 strategies`, `1 strategy`. */
  strategies: (count: number) => string;
  noStrategies: string;
  /** `reaches 2 of 3 behaviors`. */
  reaches: (reached: number, total: number) => string;
  countedNote: string;
  /** `Showing 40 of 500 behaviors.` */
  shownBehaviors: (shown: number, total: number) => string;
  levels: Readonly<Record<'personal' | 'social' | 'structural', string>>;
  timeline: string;
  /** `12 strategies without dates are not shown.` */
  undated: (count: number) => string;
  droppedLeftOut: (count: number) => string;
  /** `Showing 100 of 250 dated strategies.` */
  shownTasks: (shown: number, total: number) => string;
  noMeasures: string;
  measureMissing: string;
  observed: string;
  baseline: string;
  target: string;
  /** `last 40 of 300 observations` */
  sampled: (shown: number, total: number) => string;
  noObservations: string;
  /** Said of a measure with no baseline, target or observation to plot. */
  nothingToDraw: string;
  statuses: Readonly<Record<StrategyStatus, string>>;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const EN: DiagramWords = {
  result: 'Result',
  noResult: 'Result not stated yet',
  untitled: 'Untitled',
  noStrategyYet: 'No strategy yet',
  noBehavior: 'aimed at no behavior',
  strategies: (n) => plural(n, 'strategy', 'strategies'),
  noStrategies: 'No strategies',
  reaches: (reached, total) => `reaches ${reached} of ${total} behaviors`,
  countedNote: 'Large plan: strategies are counted per source and behavior.',
  shownBehaviors: (shown, total) => `Showing ${shown} of ${total} behaviors.`,
  levels: { personal: 'Personal', social: 'Social', structural: 'Structural' },
  timeline: 'Strategy timeline',
  undated: (n) => `${plural(n, 'strategy', 'strategies')} without dates not shown`,
  droppedLeftOut: (n) => `${plural(n, 'dropped strategy', 'dropped strategies')} left out`,
  shownTasks: (shown, total) => `showing ${shown} of ${total} dated strategies`,
  noMeasures: 'No measures yet',
  measureMissing: 'This measure is not in the plan',
  observed: 'Observed',
  baseline: 'Baseline',
  target: 'Target',
  sampled: (shown, total) => `${shown} of ${total} observations shown`,
  noObservations: 'no observations yet',
  nothingToDraw: 'no baseline, target or observations to draw yet',
  statuses: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
};

const ES: DiagramWords = {
  result: 'Resultado',
  noResult: 'Resultado aún sin definir',
  untitled: 'Sin título',
  noStrategyYet: 'Aún sin estrategia',
  noBehavior: 'sin conducta asignada',
  strategies: (n) => plural(n, 'estrategia', 'estrategias'),
  noStrategies: 'Sin estrategias',
  reaches: (reached, total) => `llega a ${reached} de ${total} conductas`,
  countedNote: 'Plan grande: las estrategias se cuentan por fuente y conducta.',
  shownBehaviors: (shown, total) => `Se muestran ${shown} de ${total} conductas.`,
  levels: { personal: 'Personal', social: 'Social', structural: 'Estructural' },
  timeline: 'Cronograma de estrategias',
  undated: (n) => `${plural(n, 'estrategia', 'estrategias')} sin fechas no se muestran`,
  droppedLeftOut: (n) => `${plural(n, 'estrategia abandonada', 'estrategias abandonadas')} no se incluyen`,
  shownTasks: (shown, total) => `se muestran ${shown} de ${total} estrategias con fecha`,
  noMeasures: 'Aún no hay medidas',
  measureMissing: 'Esta medida no está en el plan',
  observed: 'Observado',
  baseline: 'Línea base',
  target: 'Meta',
  sampled: (shown, total) => `se muestran ${shown} de ${total} observaciones`,
  noObservations: 'aún sin observaciones',
  nothingToDraw: 'aún no hay línea base, meta ni observaciones que dibujar',
  statuses: { planned: 'Planeada', 'in-progress': 'En curso', done: 'Hecha', dropped: 'Abandonada' },
};

/** The plan's language, or English when a plan names one we do not have. */
export function languageOf(plan: { language: string }): Language {
  return plan.language === 'es' ? 'es' : 'en';
}

/** Diagram words in a language. */
export function diagramWords(language: Language): DiagramWords {
  return language === 'es' ? ES : EN;
}

const SOURCE_SET: ReadonlySet<string> = new Set(SOURCES);

/** True for one of the six source ids (guards lookups against unvalidated data). */
export function isSource(value: string): value is Source {
  return SOURCE_SET.has(value);
}

/** A source's name in a language. */
export function sourceName(language: Language, source: Source): string {
  return sourceNameIn(language, source);
}
