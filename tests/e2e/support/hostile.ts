/**
 * Hostile test data: labels that would run script if any screen put them into the page as
 * HTML, and keys that would pollute prototypes if the app merged raw input into objects.
 * Every payload sets `window.__pwned` or opens a dialog, which the session's tripwires catch.
 */

/** Labels that try every way into the page: tags, event handlers, URLs, mermaid directives. */
export const HOSTILE_LABELS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1">',
  '"><iframe src="javascript:window.__pwned=1">',
  '%%{init: {"securityLevel": "loose"}}%%',
  'click r call alert(1)',
  '<a href="javascript:window.__pwned=1">link</a>',
  'end',
] as const;

/** One label with every payload in it. */
export const HOSTILE_LABEL = HOSTILE_LABELS.join(' ');
