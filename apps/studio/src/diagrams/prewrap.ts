/**
 * Line breaks for flowchart labels before mermaid sees them. Mermaid draws labels as SVG
 * text and fits each line to the wrapping width by measuring it word by word, a forced
 * layout per word: on a plan map with dozens of strategy sentences that measuring is most
 * of the drawing time. Breaking long lines at spaces beforehand leaves mermaid one
 * measurement per line; a line that still does not fit is split by mermaid as before.
 *
 * Only `<br>` is added, between words of labels the core wrote (`["…"]`); no text changes.
 */

/** Characters per line that fit mermaid's 320 px wrapping width in the studio's font. */
export const LABEL_LINE_CHARS = 34;

/** An entity code the core writes for characters outside its safe set, e.g. `#58;`: one character on screen. */
const ENTITY = /#\d+;/g;

function visibleLength(text: string): number {
  return text.replace(ENTITY, '_').length;
}

/** One line of a label, broken at spaces into lines of at most `max` visible characters. */
function wrapLine(line: string, max: number): string {
  if (visibleLength(line) <= max) return line;
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && visibleLength(next) > max) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current !== '') lines.push(current);
  return lines.join('<br>');
}

/** Flowchart source with long label lines broken at spaces; other diagrams are returned as they are. */
export function prewrapLabels(source: string, max = LABEL_LINE_CHARS): string {
  if (!source.startsWith('flowchart')) return source;
  return source.replace(/\["([^"]*)"\]/g, (_match, label: string) => `["${label.split('<br>').map((line) => wrapLine(line, max)).join('<br>')}"]`);
}
