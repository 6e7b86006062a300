/**
 * The triggers of mermaid's published security advisories, as text a person could type into a
 * plan, a district or a cohort.
 *
 * Mermaid's advisories came in through: HTML in labels (tags and event handlers, including in
 * markdown strings and KaTeX), `classDef` and `style` lines with CSS that escapes its rule or
 * loads a URL, `click` lines that call functions or open `javascript:` links, `%%{init}%%`
 * directives and front matter that loosen `securityLevel` or `htmlLabels` or inject `themeCSS`,
 * `fontFamily` and theme variables, entity codes that turn into markup only after sanitizing
 * (`#60;`, `#lt;`, `&#60;`, `&lt;`), and newlines or quotes that end a label and start a new
 * statement. Every payload that could run sets `window.__pwned` or opens a dialog, which the
 * end-to-end tests' tripwires catch. Each is at most 76 characters, so a label that starts
 * with it shows it whole (timeline tasks are cut at 80). The core's diagram tests parse them;
 * the end-to-end tests render them in Chromium.
 */

/** The ways into a diagram that the advisories name. */
export type AdvisoryTrigger =
  | 'html-in-label'
  | 'classDef'
  | 'style'
  | 'click'
  | 'init-directive'
  | 'themeCSS'
  | 'entity'
  | 'newline'
  | 'label-breakout'
  | 'markdown-or-math';

/** One payload and the trigger it tries. */
export interface AdvisoryPayload {
  trigger: AdvisoryTrigger;
  text: string;
}

/** Every payload, grouped by trigger. */
export const ADVISORY_PAYLOADS: readonly AdvisoryPayload[] = [
  { trigger: 'html-in-label', text: '<img src=x onerror="window.__pwned=1">' },
  { trigger: 'html-in-label', text: '<script>window.__pwned=1</script>' },
  { trigger: 'html-in-label', text: '<svg onload="window.__pwned=1"></svg>' },
  { trigger: 'html-in-label', text: '<iframe srcdoc="<script>parent.__pwned=1</script>">' },
  { trigger: 'html-in-label', text: '<a href="javascript:window.__pwned=1">open</a>' },
  { trigger: 'html-in-label', text: '<details open ontoggle="window.__pwned=1">' },
  { trigger: 'html-in-label', text: '<foreignObject><img src=x onerror=alert(1)></foreignObject>' },
  { trigger: 'html-in-label', text: '<style>*{background:url(//evil.example/x)}</style>' },
  { trigger: 'html-in-label', text: '<<script>script>window.__pwned=1<</script>/script>' },
  { trigger: 'classDef', text: 'classDef x color:red;background:url(javascript:alert(1))' },
  { trigger: 'classDef', text: 'classDef y fill:#f00}body{display:none' },
  { trigger: 'style', text: 'style r fill:url(javascript:window.__pwned=1)' },
  { trigger: 'style', text: 'style b0 fill:red;}svg{background:url(//evil.example)' },
  { trigger: 'click', text: 'click r call alert(1)' },
  { trigger: 'click', text: 'click b0 href "javascript:window.__pwned=1"' },
  { trigger: 'init-directive', text: '%%{init: {"securityLevel": "loose"}}%%' },
  { trigger: 'init-directive', text: '%%{init: {"htmlLabels": true, "secure": []}}%%' },
  { trigger: 'init-directive', text: '---\nconfig:\n  securityLevel: loose\n---' },
  { trigger: 'themeCSS', text: '%%{init:{"themeCSS":"*{background:url(//evil.example)}"}}%%' },
  { trigger: 'themeCSS', text: '%%{init:{"fontFamily":"x}body{display:none"}}%%' },
  { trigger: 'themeCSS', text: '%%{init:{"themeVariables":{"primaryColor":"red}*{color:red"}}}%%' },
  { trigger: 'entity', text: '#60;img src=x onerror=window.__pwned=1#62;' },
  { trigger: 'entity', text: '#lt;script#gt;window.__pwned=1#lt;/script#gt;' },
  { trigger: 'entity', text: '&#60;script&#62;window.__pwned=1&#60;/script&#62;' },
  { trigger: 'entity', text: '&lt;img src=x onerror=window.__pwned=1&gt;' },
  { trigger: 'entity', text: '&amp;lt;b&amp;gt; #35;60; \\u003cscript\\u003e' },
  { trigger: 'newline', text: 'x\n  click r call alert(1)\n  %% comment' },
  { trigger: 'newline', text: 'y\r\nstyle r fill:url(javascript:alert(1))\r\n' },
  { trigger: 'newline', text: 'z\nclassDef x fill:red\nclass r x' },
  { trigger: 'label-breakout', text: '"]; click r call alert(1); A["' },
  { trigger: 'label-breakout', text: ']) --> evil[<img src=x onerror=alert(1)>' },
  { trigger: 'label-breakout', text: 'end\nsubgraph evil\nend' },
  { trigger: 'markdown-or-math', text: '`<img src=x onerror="window.__pwned=1">`' },
  { trigger: 'markdown-or-math', text: '$$\\href{javascript:window.__pwned=1}{x}$$' },
];

/** Every payload's text. */
export const ADVISORY_TEXTS: readonly string[] = ADVISORY_PAYLOADS.map((payload) => payload.text);
