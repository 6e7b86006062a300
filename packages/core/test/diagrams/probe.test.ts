// @vitest-environment happy-dom
import { test, expect } from 'vitest';

test('probe', async () => {

  const div = document.createElement('div'); div.innerHTML = 'Result<br>Raise'; console.log(div.innerHTML, div.childNodes.length);
  const doc = new DOMParser().parseFromString('<!DOCTYPE html><html><head></head><body>Result<br>Raise', 'text/html'); console.log(doc.body.innerHTML, doc.body.childNodes.length);
  expect(1).toBe(1);
});
test('purify', async () => {
  const DOMPurify = (await import('/work/main/node_modules/.pnpm/dompurify@3.4.18/node_modules/dompurify/dist/purify.es.mjs' as string)).default;
  console.log(JSON.stringify(DOMPurify.sanitize('Result<br>Raise')), JSON.stringify(DOMPurify.sanitize('a<b>b</b>c')), DOMPurify.isSupported);
});
