/** Text from a plan file shown on a terminal: control characters could move the cursor or recolor it. */

// C0 and C1 control characters, DEL included; tabs too, so columns stay aligned.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` on one line with control characters (escape sequences, CR, LF) shown as spaces. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, ' ');
}
