/**
 * Line breaks for the plan map's boxes, by counting characters instead of measuring text:
 * measuring forces a layout of the page per word, which is what made mermaid's plan map slow.
 * Boxes are sized from the counts and text is centred, so a line a little wider or narrower
 * than estimated still sits inside its box.
 */

/** One line broken at spaces into lines of at most `max` characters; a longer word is cut. */
export function wrapLine(line: string, max: number): string[] {
  const lines: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) lines.push(current.join(''));
    current = [];
  };
  for (const word of line.split(' ')) {
    // Code points, so no emoji is cut in half.
    let rest = Array.from(word);
    if (current.length > 0 && current.length + 1 + rest.length > max) flush();
    if (current.length > 0) current.push(' ');
    while (current.length + rest.length > max) {
      const room = max - current.length;
      current.push(...rest.slice(0, room));
      rest = rest.slice(room);
      flush();
    }
    current.push(...rest);
  }
  flush();
  return lines;
}

/** Every line of a label wrapped to `max` characters, in order. */
export function wrapLines(lines: readonly string[], max: number): string[] {
  return lines.flatMap((line) => wrapLine(line, max));
}
