/**
 * Checking generated source with mermaid's own parser, in vitest on Node 20.
 *
 * What works with mermaid 12.3 here (the test file must start with
 * `// @vitest-environment happy-dom`, because importing mermaid touches `window` and DOMPurify):
 * - `const mermaid = (await import('mermaid')).default; await mermaid.parse(src)` parses with the
 *   real grammars and applies `maxEdges` (a flowchart with more than 500 edges is rejected).
 *   It does not apply `maxTextSize`: only rendering does, so tests check the length themselves.
 * - After a first `parse` (which registers the diagram types), `mermaid.mermaidAPI
 *   .getDiagramFromText(src)` returns the parsed diagram with its `db`: nodes, edges, classes,
 *   click bindings, gantt tasks. `render` is not used: happy-dom has no layout.
 * - happy-dom's DOMPurify drops text before the first tag, so a label read back from the db
 *   loses everything before its first `<br>`. Labels are therefore checked in the source text.
 */
import { FLOWCHART_CLASSES } from '../../src/diagrams/styles.ts';

type Mermaid = (typeof import('mermaid'))['default'];
let loaded: Promise<Mermaid> | undefined;

/** Mermaid, imported once per test file, with its diagram types registered by a first parse. */
export function loadMermaid(): Promise<Mermaid> {
  loaded ??= import('mermaid').then(async ({ default: mermaid }) => {
    await mermaid.parse('flowchart LR\n  a');
    return mermaid;
  });
  return loaded;
}

/** The parsed diagram with its db; throws on a parse error like `mermaid.parse`. */
async function parsedDb(src: string): Promise<unknown> {
  const mermaid = await loadMermaid();
  return (await mermaid.mermaidAPI.getDiagramFromText(src)).db;
}

/** Parses with mermaid and returns the diagram type it detected (throws on a parse error). */
export async function parseDiagram(src: string): Promise<string> {
  const mermaid = await loadMermaid();
  return (await mermaid.parse(src)).diagramType;
}

/** What a parsed flowchart holds, read from mermaid's flowchart db. */
export interface ParsedFlowchart {
  nodeIds: string[];
  nodeClasses: Map<string, string[]>;
  edges: { start: string; end: string }[];
  classNames: string[];
  subgraphs: { id: string; nodes: string[] }[];
  /** Links and tooltips that `click` lines would attach to nodes. */
  links: number;
  /** Functions mermaid binds after drawing (one for tooltips is always there; `click … call` adds more). */
  boundFunctions: number;
}

interface FlowDb {
  getVertices(): Map<string, { id: string; classes: string[]; link?: string }>;
  getEdges(): { start: string; end: string }[];
  getClasses(): Map<string, unknown>;
  getSubGraphs(): { id: string; nodes: string[] }[];
  funs: unknown[];
  tooltips: Map<string, unknown>;
}

/** Parses a flowchart and reads back its structure. */
export async function parseFlowchart(src: string): Promise<ParsedFlowchart> {
  const db = (await parsedDb(src)) as FlowDb;
  const vertices = [...db.getVertices().values()];
  return {
    nodeIds: vertices.map((v) => v.id),
    nodeClasses: new Map(vertices.map((v) => [v.id, v.classes])),
    edges: db.getEdges().map(({ start, end }) => ({ start, end })),
    classNames: [...db.getClasses().keys()],
    subgraphs: db.getSubGraphs().map(({ id, nodes }) => ({ id, nodes: [...nodes] })),
    links: db.tooltips.size + vertices.filter((v) => v.link !== undefined).length,
    boundFunctions: db.funs.length,
  };
}

interface GanttDb {
  getTasks(): { id: string; task: string; section: string; milestone?: boolean; done?: boolean; active?: boolean; crit?: boolean; startTime: Date }[];
  getSections?(): string[];
}

/** Parses a gantt chart and reads back its tasks. */
export async function parseGantt(src: string): Promise<ReturnType<GanttDb['getTasks']>> {
  return ((await parsedDb(src)) as GanttDb).getTasks();
}

// The shapes every line of generated source must have. User text can only appear where TEXT
// is allowed, and TEXT admits only safe characters and `#<code point>;`.
const CH = String.raw`(?:[A-Za-z0-9 .,\-_/()?!]|#\d{1,7};)`;
const TEXT = `${CH}*`;
const LABEL = `"${TEXT}"`;
const LINES_LABEL = `"(?:${CH}|<br>)*"`;
const ID = String.raw`(?!end\b)[a-z][a-z0-9_]*`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const NUM = String.raw`-?\d+(?:\.\d+)?`;
const CLASS = Object.keys(FLOWCHART_CLASSES).join('|');

const GRAMMARS: Record<'flowchart' | 'gantt' | 'xychart', RegExp[]> = {
  flowchart: [
    /^flowchart (LR|TB)$/,
    new RegExp(`^ +${ID}\\[${LINES_LABEL}\\]$`),
    new RegExp(`^ +subgraph ${ID}\\[${LINES_LABEL}\\]$`),
    /^ +end$/,
    /^ +direction LR$/,
    new RegExp(`^ +${ID} (-->|~~~) ${ID}$`),
    ...Object.entries(FLOWCHART_CLASSES).map(([name, style]) => new RegExp(`^ +classDef ${name} ${style.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)),
    new RegExp(`^ +class ${ID}(,${ID})* (${CLASS})$`),
  ],
  gantt: [
    /^gantt$/,
    new RegExp(`^  title ${CH}+$`),
    /^  dateFormat YYYY-MM-DD$/,
    /^  inclusiveEndDates$/,
    new RegExp(`^  section ${CH}+$`),
    new RegExp(`^    #\\d+;${TEXT}:((done|active|crit|milestone), )*s\\d+, ${DATE}, (${DATE}|0d)$`),
  ],
  xychart: [
    /^xychart-beta$/,
    new RegExp(`^  title ${LABEL}$`),
    new RegExp(`^  x-axis \\[${LABEL}(, ${LABEL})*\\]$`),
    new RegExp(`^  y-axis ${LABEL} ${NUM} --> ${NUM}$`),
    new RegExp(`^  line ${LABEL} \\[${NUM}(, ${NUM})*\\]$`),
  ],
};

/** The lines of `src` that match none of the shapes generated source may have. */
export function strayLines(src: string, grammar: keyof typeof GRAMMARS): string[] {
  const shapes = GRAMMARS[grammar];
  return src
    .replace(/\n$/, '')
    .split('\n')
    .filter((line) => !shapes.some((shape) => shape.test(line)));
}

/** Turns `#<code point>;` back into characters, as mermaid does when it draws. */
export function decodeLabel(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** The decoded label of node `id` in flowchart source, lines separated by `\n`; `undefined` if absent. */
export function labelOf(src: string, id: string): string | undefined {
  const match = new RegExp(`^ +(?:subgraph )?${id}\\["([^"]*)"\\]$`, 'm').exec(src);
  return match === null ? undefined : decodeLabel(match[1]!.replaceAll('<br>', '\n'));
}

/** Lines of flowchart source that draw an edge. */
export function edgeLines(src: string): string[] {
  return src.split('\n').filter((line) => / (-->|~~~) /.test(line));
}

/** Text as mermaid's db holds it (entity codes still as placeholders), decoded. */
export function decodeParsed(text: string): string {
  return text.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
