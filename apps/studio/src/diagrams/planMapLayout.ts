/**
 * Where each box of the plan map goes, without measuring anything in the page: three columns
 * (source groups with their strategies → vital behaviors → result), boxes sized from their
 * wrapped lines, and an order that keeps arrows short and crossings few — strategies within
 * a group sorted by the behaviors they aim at, behaviors placed at the mean height of the
 * strategies aiming at them (barycentre ordering, two passes).
 */
import type { PlanMapGraph, PlanMapNode, PlanMapNodeKind } from '@sixsources/core';
import { wrapLines } from './wrapLines.ts';

/** A placed box: its top-left corner, size and wrapped lines. */
export interface PlacedBox {
  id: string;
  kind: PlanMapNodeKind;
  gap: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** A placed source group: its frame, its title and its boxes. */
export interface PlacedGroup {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  boxes: PlacedBox[];
}

/** A placed arrow: a curve from the right side of one box to the left side of another, and its head. */
export interface PlacedEdge {
  key: string;
  /** SVG path data of the curve. */
  path: string;
  /** SVG path data of the arrowhead (a small triangle at the end, pointing right). */
  head: string;
}

/** The plan map, laid out in picture units (pixels at actual size). */
export interface PlanMapLayout {
  width: number;
  height: number;
  groups: PlacedGroup[];
  /** Behaviors, the result and the note. */
  boxes: PlacedBox[];
  edges: PlacedEdge[];
}

/** Sizes of the drawing, in pixels; the font size and line height match `styles.css`. */
export const PLAN_MAP_METRICS = {
  margin: 16,
  fontSize: 14,
  lineHeight: 18,
  /** A generous average character width for the studio's sans-serif at 14 px. */
  charWidth: 8,
  padX: 12,
  padY: 10,
  strategyWidth: 300,
  behaviorWidth: 260,
  resultWidth: 240,
  groupPad: 10,
  groupTitle: 26,
  groupGap: 14,
  boxGap: 10,
  behaviorGap: 16,
  columnGap: 110,
} as const;

const M = PLAN_MAP_METRICS;

function box(node: PlanMapNode, width: number): PlacedBox {
  const chars = Math.max(8, Math.floor((width - 2 * M.padX) / M.charWidth));
  const lines = wrapLines(node.lines, chars);
  const height = Math.max(1, lines.length) * M.lineHeight + 2 * M.padY;
  return { id: node.id, kind: node.kind, gap: node.gap, x: 0, y: 0, width, height, lines };
}

const middle = (placed: PlacedBox) => placed.y + placed.height / 2;

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Stacks boxes from `top` in the given order, each at its wanted middle height or below the one before. */
function stack(boxes: readonly PlacedBox[], wanted: ReadonlyMap<string, number>, top: number, gap: number): number {
  let next = top;
  for (const placed of boxes) {
    placed.y = Math.max(next, (wanted.get(placed.id) ?? next) - placed.height / 2);
    next = placed.y + placed.height + gap;
  }
  return next - gap;
}

/** Lays out a plan map graph. Pure: the same graph always gives the same picture. */
export function layoutPlanMap(graph: PlanMapGraph): PlanMapLayout {
  const targets = new Map<string, string[]>();
  const sources = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  for (const { from, to } of graph.edges) {
    add(targets, from, to);
    add(sources, to, from);
  }
  // Columns left to right; an empty column takes no room.
  const groupX = M.margin;
  const groupWidth = M.strategyWidth + 2 * M.groupPad;
  const behaviorX = graph.groups.length > 0 ? groupX + groupWidth + M.columnGap : groupX;
  const resultX = graph.behaviors.length > 0 ? behaviorX + M.behaviorWidth + M.columnGap : behaviorX;

  const behaviors = graph.behaviors.map((node) => ({ ...box(node, M.behaviorWidth), x: behaviorX }));
  const groups = graph.groups.map((group) => ({ group, boxes: group.nodes.map((node) => box(node, M.strategyWidth)) }));
  const byId = new Map<string, PlacedBox>(behaviors.map((placed) => [placed.id, placed]));

  // Behaviors start in plan order; each pass sorts strategies by their behaviors' places, then
  // places behaviors at the mean height of their strategies.
  let rank = new Map(behaviors.map((placed, i) => [placed.id, i]));
  let ordered = behaviors;
  let groupsBottom = M.margin;
  for (let pass = 0; pass < 2; pass++) {
    let y = M.margin;
    for (const entry of groups) {
      const weight = (placed: PlacedBox) => mean((targets.get(placed.id) ?? []).map((id) => rank.get(id) ?? 0)) ?? Number.POSITIVE_INFINITY;
      entry.boxes = entry.boxes.map((placed, i) => ({ placed, i, w: weight(placed) })).sort((a, b) => a.w - b.w || a.i - b.i).map(({ placed }) => placed);
      let inner = y + M.groupTitle;
      for (const placed of entry.boxes) {
        placed.x = groupX + M.groupPad;
        placed.y = inner;
        inner += placed.height + M.boxGap;
      }
      y = inner - M.boxGap + M.groupPad + M.groupGap;
      for (const placed of entry.boxes) byId.set(placed.id, placed);
    }
    groupsBottom = y - M.groupGap;
    // A behavior no strategy reaches keeps its share of the height by its place in the plan.
    const span = Math.max(groupsBottom - M.margin, 1);
    const wanted = new Map(
      behaviors.map((placed, i) => {
        const heights = (sources.get(placed.id) ?? []).map((id) => byId.get(id)).filter((from) => from !== undefined).map(middle);
        return [placed.id, mean(heights) ?? M.margin + ((i + 0.5) / behaviors.length) * span];
      }),
    );
    ordered = [...behaviors].sort((a, b) => (wanted.get(a.id) ?? 0) - (wanted.get(b.id) ?? 0));
    rank = new Map(ordered.map((placed, i) => [placed.id, i]));
    stack(ordered, wanted, M.margin, M.behaviorGap);
  }

  const note = graph.note === null ? null : { ...box(graph.note, M.resultWidth), x: resultX, y: M.margin };
  const result = { ...box(graph.result, M.resultWidth), x: resultX };
  const resultTop = note === null ? M.margin : note.y + note.height + M.behaviorGap;
  result.y = Math.max(resultTop, (mean(ordered.map(middle)) ?? M.margin) - result.height / 2);
  byId.set(result.id, result);

  const boxes = [...ordered, result, ...(note === null ? [] : [note])];
  const placedGroups: PlacedGroup[] = groups.map(({ group, boxes: inside }) => {
    const top = (inside[0]?.y ?? M.margin) - M.groupTitle;
    const last = inside[inside.length - 1];
    const bottom = last === undefined ? top + M.groupTitle : last.y + last.height + M.groupPad;
    return { id: group.id, label: group.label, x: groupX, y: top, width: groupWidth, height: bottom - top, boxes: inside };
  });
  const edges = graph.edges.flatMap(({ from, to }) => {
    const start = byId.get(from);
    const end = byId.get(to);
    return start === undefined || end === undefined ? [] : [{ key: `${from}-${to}`, path: curve(start, end), head: arrowhead(end) }];
  });
  const bottom = Math.max(groupsBottom, ...boxes.map((placed) => placed.y + placed.height));
  return { width: resultX + M.resultWidth + M.margin, height: bottom + M.margin, groups: placedGroups, boxes, edges };
}

const round = (n: number) => Math.round(n * 10) / 10;
const HEAD = 8;

/**
 * A smooth S-curve from the middle of `from`'s right side to just before the middle of `to`'s
 * left side (the arrowhead fills the rest). It leaves and arrives horizontally.
 */
function curve(from: PlacedBox, to: PlacedBox): string {
  const x1 = from.x + from.width;
  const y1 = middle(from);
  const x2 = to.x - HEAD;
  const y2 = middle(to);
  const bend = Math.max(30, (x2 - x1) / 2);
  return `M${round(x1)},${round(y1)} C${round(x1 + bend)},${round(y1)} ${round(x2 - bend)},${round(y2)} ${round(x2)},${round(y2)}`;
}

/** A triangle pointing right at the middle of `to`'s left side, where every curve arrives. */
function arrowhead(to: PlacedBox): string {
  const x = round(to.x);
  const y = round(middle(to));
  return `M${x - HEAD},${y - HEAD / 2} L${x},${y} L${x - HEAD},${y + HEAD / 2} Z`;
}
