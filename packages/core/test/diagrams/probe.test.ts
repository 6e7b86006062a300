// @vitest-environment happy-dom
import { test, expect } from 'vitest';
test('probe', async () => {
  const t0 = Date.now();
  const mermaid = (await import('mermaid')).default;
  console.log('import ms', Date.now() - t0);
  const srcs = [
    'flowchart LR\n  n0["hello #35; #59; world"]\n  n1["x"] --> n0\n  classDef gap stroke-dasharray:4 4\n  class n1 gap',
    'gantt\n  dateFormat YYYY-MM-DD\n  section "a"\n  task #35; : t0, 2025-01-01, 2025-02-01',
    'xychart-beta\n  title "T #35;"\n  x-axis ["a", "b"]\n  y-axis "v" 0 --> 100\n  line [1, 2]',
    'flowchart LR\n  n0["bad" "]',
    'gantt\n dateFormat YYYY-MM-DD\n section x\n task : click x, 2025-01-01, 1d',
  ];
  for (const s of srcs) {
    try { const r = await mermaid.parse(s); console.log('OK', JSON.stringify(r)); } catch (e) { console.log('ERR', String(e).slice(0, 300)); }
  }
  expect(1).toBe(1);
});
