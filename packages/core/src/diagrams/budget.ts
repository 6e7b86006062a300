/**
 * Size budgets that keep generated diagrams drawable.
 * Mermaid answers with an error box, not a diagram, past `maxEdges` (500) or `maxTextSize`
 * (50,000 characters); the budgets leave headroom under both.
 */

/** Most edges a generated flowchart holds (mermaid's default `maxEdges` is 500). */
export const DIAGRAM_MAX_EDGES = 450;
/** Most characters of generated source (mermaid's default `maxTextSize` is 50,000). */
export const DIAGRAM_MAX_TEXT = 45_000;

/** Lines of mermaid source with a running character count, so generators can stop in time. */
export class SourceLines {
  readonly lines: string[] = [];
  /** Characters so far, newlines included. */
  size = 0;

  push(line: string): void {
    this.lines.push(line);
    this.size += line.length + 1;
  }

  pushAll(other: SourceLines): void {
    for (const line of other.lines) this.push(line);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
