/**
 * The only styling generated diagrams use: fixed class names with fixed definitions.
 * User text never reaches a `classDef`, `style` or `linkStyle` line. Colors are written
 * without `;`, which mermaid's entity pre-pass would otherwise rewrite.
 */
export const FLOWCHART_CLASSES = {
  result: 'fill:#e8f1fb,stroke:#1d4ed8,stroke-width:2px',
  gap: 'fill:#fff1f0,stroke:#b42318,stroke-width:3px,stroke-dasharray:6 4',
  count: 'fill:#f4f4f5,stroke:#71717a',
  empty: 'fill:#fafafa,stroke:#a1a1aa,stroke-dasharray:4 4',
  note: 'fill:#fffbe6,stroke:#a16207',
} as const;

/** A fixed class name used by generated flowcharts. */
export type FlowchartClass = keyof typeof FLOWCHART_CLASSES;

/** `classDef` lines for the given classes, in a fixed order. */
export function classDefLines(used: readonly FlowchartClass[]): string[] {
  return used.map((name) => `  classDef ${name} ${FLOWCHART_CLASSES[name]}`);
}

/** A `class` line applying one fixed class to generated node ids, or nothing for no ids. */
export function classLine(ids: readonly string[], name: FlowchartClass): string[] {
  return ids.length === 0 ? [] : [`  class ${ids.join(',')} ${name}`];
}
