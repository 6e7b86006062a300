/**
 * The strategies on a calendar: a mermaid gantt chart with one section per source.
 * A strategy with both dates is a bar; with one date, a milestone on it. Strategies without
 * dates, and dropped ones, are left out and counted in the title.
 */
import type { Language, Plan, Strategy } from '../plan/schema.ts';
import { SOURCES, type Source } from '../plan/sources.ts';
import { DIAGRAM_MAX_TEXT } from './budget.ts';
import { isCalendarDate } from './dates.ts';
import { mermaidText } from './mermaid-text.ts';
import { diagramWords, isSource, languageOf, sourceName, tacticNameIn } from './words.ts';

/** Choices for the timeline. */
export interface TimelineOptions {
  /** `YYYY-MM-DD`; unfinished strategies due before it are drawn as critical (overdue). */
  today?: string;
  /** Most strategies drawn, earliest start first. Default 100. */
  maxTasks?: number;
  /** Most characters of source. Default `DIAGRAM_MAX_TEXT` (45,000). */
  maxTextSize?: number;
}

const DEFAULT_MAX_TASKS = 100;
const TASK_LABEL_MAX = 80;
const TITLE_MAX = 80;
// Room kept for the header and section lines.
const FIXED_RESERVE = 3_000;

interface Task {
  source: Source;
  start: string;
  line: string;
}

function taskLine(strategy: Strategy, index: number, language: Language, today: string | undefined): Task | undefined {
  const start = isCalendarDate(strategy.start) ? strategy.start : undefined;
  const due = isCalendarDate(strategy.due) ? strategy.due : undefined;
  const first = start ?? due;
  if (first === undefined || !isSource(strategy.source)) return undefined;
  const tags: string[] = [];
  if (strategy.status === 'done') tags.push('done');
  if (strategy.status === 'in-progress') tags.push('active');
  const overdue = due !== undefined && today !== undefined && due < today && strategy.status !== 'done';
  if (overdue) tags.push('crit');
  // One date, or a due date before the start: a milestone on the first date known.
  const bar = start !== undefined && due !== undefined && due >= start;
  if (!bar) tags.push('milestone');
  const span = bar ? `${start}, ${due}` : `${first}, 0d`;
  // The name starts the line, so its first character is encoded: no user word can be a keyword.
  const nameOptions = { max: TASK_LABEL_MAX, atLineStart: true };
  const described = mermaidText(strategy.description, nameOptions);
  const tactic = mermaidText(tacticNameIn(language, strategy.tactic), nameOptions);
  const name = described || tactic || mermaidText(diagramWords(language).untitled, nameOptions);
  return { source: strategy.source, start: first, line: `    ${name}:${[...tags, `s${index}`].join(', ')}, ${span}` };
}

/**
 * The strategies' timeline as mermaid gantt source, sections in source order. Overdue work is
 * marked when `options.today` is given. Large plans show the earliest `options.maxTasks`.
 */
export function timelineDiagram(plan: Plan, options: TimelineOptions = {}): string {
  const language = languageOf(plan);
  const words = diagramWords(language);
  const today = isCalendarDate(options.today) ? options.today : undefined;
  const maxTasks = options.maxTasks ?? DEFAULT_MAX_TASKS;
  const maxText = options.maxTextSize ?? DIAGRAM_MAX_TEXT;

  const dated: Task[] = [];
  let undated = 0;
  let dropped = 0;
  plan.strategies.forEach((strategy, index) => {
    if (strategy.status === 'dropped') {
      dropped += 1;
      return;
    }
    const task = taskLine(strategy, index, language, today);
    if (task === undefined) undated += 1;
    else dated.push(task);
  });
  dated.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  const shown: Task[] = [];
  let size = FIXED_RESERVE;
  for (const task of dated) {
    if (shown.length >= maxTasks || size + task.line.length + 1 > maxText) break;
    shown.push(task);
    size += task.line.length + 1;
  }

  const notes: string[] = [];
  if (undated > 0) notes.push(words.undated(undated));
  if (dropped > 0) notes.push(words.droppedLeftOut(dropped));
  if (shown.length < dated.length) notes.push(words.shownTasks(shown.length, dated.length));
  const title = mermaidText(plan.title, { max: TITLE_MAX });
  const titleText = [title !== '' ? title : mermaidText(words.timeline), ...notes.map((note) => mermaidText(note))].join(' #183; ');

  const lines = ['gantt', `  title ${titleText}`, '  dateFormat YYYY-MM-DD', '  inclusiveEndDates'];
  for (const source of SOURCES) {
    const tasks = shown.filter((task) => task.source === source);
    if (tasks.length === 0) continue;
    lines.push(`  section ${mermaidText(sourceName(language, source))}`);
    for (const task of tasks) lines.push(task.line);
  }
  return `${lines.join('\n')}\n`;
}
