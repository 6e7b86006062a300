/**
 * Mermaid's advisories, replayed in Chromium. A plan whose every text field carries the
 * triggers of mermaid's published advisories (see `support/mermaid-advisories.ts`) is imported
 * the way a person imports a file, and every diagram the studio draws is opened: the plan map,
 * the six sources, the timeline, both measures' progress, the rollout stage chart (before and
 * after a rollout is started under the plan's hostile organization name), and the cohort map
 * with hostile district names. For each picture:
 *
 * - an `<svg>` is shown, alone in its container;
 * - no script ran: the tripwire is unset, no dialog opened, no page error;
 * - nothing was added outside the picture: the page's top-level structure is unchanged, no
 *   SVG or markup from a label was ever inserted elsewhere (a MutationObserver watches the whole
 *   document, transient nodes included), and no `<script>`, `<iframe>`, `<img>`, `on*`
 *   attribute or `javascript:` URL exists anywhere;
 * - the picture's own CSS stays inside it: every rule is scoped to the picture's id, loads no URL;
 * - the hostile text is drawn as text: labels show the payloads character for character.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { createCohort, persistCohort, type PersistedCohort } from '@sixsources/core';
import { importFile, openImportedPlan, openTab, waitForOpenPlan, waitUntilSaved } from './support/app.ts';
import { ADVISORY_PAYLOADS, advisoryPlan, advisoryPlanFile, squeeze, type AdvisoryPayload } from './support/mermaid-advisories.ts';
import { saveScreenshot } from './support/screenshots.ts';
import { appUrl, openSession, releaseBrowser, tripwireFired, type Session } from './support/session.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

/** What the page-side watch found about one picture and the document around it. */
interface Inspection {
  /** Element names directly inside the picture's container (must be one `svg`). */
  inPicture: string[];
  /** Dangerous elements, handler attributes and script URLs anywhere in the document now. */
  dangerous: string[];
  /** Elements added since the watch started that were dangerous, even if gone again. */
  addedDangerous: string[];
  /** Diagram markup added outside a picture's container (and outside mermaid's scratch element). */
  addedOutside: string[];
  /** CSS rules in the picture that are not scoped to it, or that load a URL. */
  unscopedCss: string[];
  /** Top-level elements of `<body>` now (compared with the start). */
  body: string[];
  /** Mermaid's scratch elements left behind. */
  scratch: number;
  /** The picture's text, whitespace removed. */
  text: string;
}

declare global {
  interface Window {
    __diagramWatch?: { addedDangerous: string[]; addedOutside: string[]; body: string[] };
  }
}

/**
 * Starts watching the whole document for added nodes and attributes. Runs in the page, after
 * the app has loaded (its own scripts are in place by then and are not counted).
 */
async function startWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'style'];
    const DANGEROUS_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'animate', 'set', 'animatemotion', 'animatetransform', 'math', 'base', 'portal', 'audio', 'video']);
    const MARKUP_TAGS = new Set(['img', 'script', 'iframe', 'style', 'svg', 'foreignobject', 'math', 'b']);
    const describe = (element: Element) => `<${element.localName}${element.id === '' ? '' : `#${element.id}`}>`;
    // The app's own module script, there before any plan was opened.
    const present = new WeakSet<Element>(Array.from(document.querySelectorAll('script')));
    const problems = (element: Element): string[] => {
      if (present.has(element)) return [];
      const found: string[] = [];
      if (DANGEROUS_TAGS.has(element.localName.toLowerCase())) found.push(describe(element));
      for (const attribute of Array.from(element.attributes)) {
        const value = attribute.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (attribute.name.toLowerCase().startsWith('on')) found.push(`${describe(element)} ${attribute.name}`);
        if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && /javascript:|vbscript:|data:text\/html|evil\.example|expression\(/.test(value)) {
          found.push(`${describe(element)} ${attribute.name}=${attribute.value.slice(0, 80)}`);
        }
      }
      if (element.localName === 'style' && /javascript:|evil\.example|expression\(|@import/i.test(element.textContent ?? '')) found.push(`${describe(element)} with hostile CSS`);
      return found;
    };
    const bodyShape = () => Array.from(document.body.children).map(describe);
    const watch = { addedDangerous: [] as string[], addedOutside: [] as string[], body: bodyShape() };
    window.__diagramWatch = watch;
    const visit = (element: Element) => {
      watch.addedDangerous.push(...problems(element));
      const placed = element.isConnected && element.closest('.diagram-picture, [id^="dsixsources-diagram-"]') !== null;
      if (element.isConnected && !placed && MARKUP_TAGS.has(element.localName.toLowerCase())) watch.addedOutside.push(describe(element));
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.target instanceof Element) watch.addedDangerous.push(...problems(record.target));
        for (const node of Array.from(record.addedNodes)) {
          if (!(node instanceof Element)) continue;
          visit(node);
          node.querySelectorAll('*').forEach(visit);
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
    (window as unknown as { __diagramProblems: typeof problems; __bodyShape: typeof bodyShape }).__diagramProblems = problems;
    (window as unknown as { __bodyShape: typeof bodyShape }).__bodyShape = bodyShape;
  });
}

/** Waits for the figure's finished picture, then inspects it and the document around it. */
async function inspect(figure: Locator): Promise<Inspection> {
  const picture = figure.locator('.diagram-picture > svg');
  // Mermaid's refusal shows beside the figure, in the same panel.
  const refused = figure.locator('xpath=..').locator('.diagram-error');
  await picture.or(refused).first().waitFor({ timeout: 30_000 });
  await expect.poll(() => figure.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
  if ((await refused.count()) > 0) throw new Error(`mermaid refused the diagram: ${await refused.first().textContent()}`);
  // An image that fails to load reports it a moment later; give any handler time to run.
  await figure.page().waitForTimeout(300);
  return figure.evaluate((element): Inspection => {
    // What the picture says, without its stylesheet's text.
    const labelText = (svg: Element | null | undefined): string => {
      const copy = svg?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll('style').forEach((style) => style.remove());
      return (copy?.textContent ?? '').replace(/\s+/g, '');
    };
    const page = window as unknown as { __diagramProblems: (e: Element) => string[]; __bodyShape: () => string[]; __diagramWatch: NonNullable<Window['__diagramWatch']> };
    const container = element.querySelector('.diagram-picture');
    const svg = container?.querySelector(':scope > svg');
    const unscopedCss: string[] = [];
    for (const style of Array.from(svg?.querySelectorAll('style') ?? [])) {
      for (const rule of Array.from(style.sheet?.cssRules ?? [])) {
        if (rule instanceof CSSKeyframesRule || rule instanceof CSSFontFaceRule) continue;
        const scoped = rule instanceof CSSStyleRule && rule.selectorText.split(',').every((selector) => selector.trim().startsWith(`#${svg?.id}`));
        if (!scoped) unscopedCss.push(rule.cssText.slice(0, 120));
        const urls = [...rule.cssText.matchAll(/url\(\s*["']?([^"')]*)/g)].map((match) => match[1] ?? '');
        if (urls.some((url) => !url.startsWith('#'))) unscopedCss.push(`loads a URL: ${rule.cssText.slice(0, 120)}`);
      }
    }
    return {
      inPicture: Array.from(container?.children ?? []).map((child) => child.localName),
      dangerous: Array.from(document.querySelectorAll('*')).flatMap((node) => page.__diagramProblems(node)),
      addedDangerous: [...page.__diagramWatch.addedDangerous],
      addedOutside: [...page.__diagramWatch.addedOutside],
      unscopedCss,
      body: page.__bodyShape(),
      scratch: document.querySelectorAll('[id^="dsixsources-diagram-"], body > [id^="sixsources-diagram-"]').length,
      text: labelText(svg),
    };
  });
}

/** The body's top-level elements when the watch started. */
async function startingBody(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__diagramWatch?.body ?? []);
}

/**
 * Checks one picture: drawn, alone in its container, nothing run, nothing added outside it,
 * CSS scoped. Returns the payloads its labels show character for character.
 */
async function expectInert(session: Session, figure: Locator, what: string): Promise<AdvisoryPayload[]> {
  const found = await inspect(figure);
  expect(found.inPicture, `${what}: the picture's container holds one svg`).toEqual(['svg']);
  expect(found.dangerous, `${what}: elements or attributes that could run script`).toEqual([]);
  expect(found.addedDangerous, `${what}: such elements added at any time`).toEqual([]);
  expect(found.addedOutside, `${what}: diagram markup outside the picture`).toEqual([]);
  expect(found.unscopedCss, `${what}: CSS that reaches outside the picture`).toEqual([]);
  expect(found.body, `${what}: the page's top-level elements`).toEqual(await startingBody(session.page));
  expect(found.scratch, `${what}: mermaid's scratch elements left behind`).toBe(0);
  expect(await tripwireFired(session.page), `${what}: the tripwire`).toBe(false);
  expect(session.dialogs, `${what}: dialogs`).toEqual([]);
  expect(session.pageErrors, `${what}: page errors`).toEqual([]);
  return ADVISORY_PAYLOADS.filter((payload) => found.text.includes(squeeze(payload.text)));
}

/** The figure of the diagrams screen's panel. */
function screenFigure(page: Page): Locator {
  return page.getByRole('tabpanel').getByTestId('diagram-figure');
}

test('every diagram of a plan carrying mermaid advisory triggers in every text field is drawn as inert text', async () => {
  const { page } = session;
  // The payloads fit the shortest label they lead (timeline tasks, 80 characters).
  expect(ADVISORY_PAYLOADS.filter((payload) => [...payload.text].length > 76)).toEqual([]);
  await waitForOpenPlan(page);
  await waitUntilSaved(page);
  await startWatch(page);
  await importFile(page, advisoryPlanFile());
  await openImportedPlan(page, /Hostile plan/);
  await openTab(page, 'diagrams');

  const shown = new Map<string, AdvisoryPayload[]>();
  for (const tab of ['Plan map', 'Six sources', 'Timeline', 'Rollout stages', 'Measure progress']) {
    await page.getByRole('tab', { name: tab }).click();
    shown.set(tab, await expectInert(session, screenFigure(page), tab));
    if (tab === 'Plan map') {
      // The import's notice would cover the picture.
      const dismiss = page.getByRole('status', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' });
      while ((await dismiss.count()) > 0) await dismiss.first().click();
      await saveScreenshot(page, 'diagram-injection');
    }
  }
  // The second measure's chart, chosen the way a person does.
  const measures = advisoryPlan().result.measures;
  const firstChart = await screenFigure(page).locator('.diagram-picture > svg').getAttribute('id');
  await page.getByRole('combobox', { name: 'Measure' }).selectOption(measures[1]?.id ?? '');
  // The first measure's picture stays until the second one's is drawn (each render has a new id).
  await expect.poll(() => screenFigure(page).locator('.diagram-picture > svg').getAttribute('id'), { timeout: 30_000 }).not.toBe(firstChart);
  shown.set('Measure progress (second measure)', await expectInert(session, screenFigure(page), 'second measure'));

  // A rollout started under the plan's organization name, which carries payloads too.
  await openTab(page, 'rollout');
  await page.getByRole('button', { name: 'Start the rollout' }).click();
  const chart = page.getByTestId('rollout-panel').getByTestId('diagram-figure');
  shown.set('Stage chart', await expectInert(session, chart, 'stage chart on the rollout screen'));
  await openTab(page, 'diagrams');
  await page.getByRole('tab', { name: 'Rollout stages' }).click();
  shown.set('Rollout stages (started)', await expectInert(session, screenFigure(page), 'rollout stages, started'));

  // Six sources and the bare lifecycle draw no user text; every other picture shows some as text.
  for (const [what, payloads] of shown) {
    if (what === 'Six sources' || what === 'Rollout stages') continue;
    expect(payloads.length, `${what}: payloads drawn as text`).toBeGreaterThan(0);
  }
  // Each strategy's description leads with a different payload: together the plan map and the
  // timeline show every one of them, character for character.
  const drawn = new Set([...(shown.get('Plan map') ?? []), ...(shown.get('Timeline') ?? [])].map((payload) => payload.text));
  expect(ADVISORY_PAYLOADS.filter((payload) => !drawn.has(payload.text)).map((payload) => payload.text)).toEqual([]);

  await page.waitForTimeout(500);
  expect(await tripwireFired(page)).toBe(false);
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

/** A cohort whose name and district names carry payloads, saved as the studio saves cohorts. */
function hostileCohort(): PersistedCohort {
  const names = ADVISORY_PAYLOADS.map((payload) => payload.text);
  const made = createCohort({
    id: 'demo',
    name: `${names[0]} cohort`,
    at: '2024-01-15',
    districts: names.slice(0, 12).map((name, index) => ({ id: `d${index}`, name, at: '2024-01-15' })),
  });
  if (!made.ok) throw new Error(made.errors.join('; '));
  // One district paused, one declined: their boxes carry notes and classes of their own.
  made.actor.send({ type: 'district.send', districtId: 'd1', event: { type: 'leadership.changed', at: '2024-02-01', leader: names[3] } });
  made.actor.send({ type: 'district.send', districtId: 'd2', event: { type: 'rollout.decline', at: '2024-02-01', reason: names[5] ?? 'no' } });
  const saved = persistCohort(made.actor);
  made.actor.stop();
  return saved;
}

test('the cohort map and a district opened from it draw hostile district names as inert text', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  // Saved where the studio keeps its cohort (IndexedDB `sixsources-rollouts`, key `cohort:demo`),
  // as if another tab or an older version had written it.
  await page.evaluate(async (saved) => {
    await new Promise<void>((done, fail) => {
      const request = indexedDB.open('sixsources-rollouts');
      request.onupgradeneeded = () => request.result.createObjectStore('rollouts');
      request.onerror = () => fail(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const transaction = db.transaction('rollouts', 'readwrite');
        transaction.objectStore('rollouts').put(saved, 'cohort:demo');
        transaction.oncomplete = () => {
          db.close();
          done();
        };
        transaction.onerror = () => fail(transaction.error);
      };
    });
  }, hostileCohort());
  await startWatch(page);
  await page.goto(appUrl('#/cohort'));
  await page.getByTestId('cohort-table').waitFor();

  const map = page.locator('section', { has: page.getByRole('heading', { name: 'Cohort map' }) }).getByTestId('diagram-figure');
  const onMap = await expectInert(session, map, 'cohort map');
  expect(onMap.length, 'district names drawn as text on the cohort map').toBeGreaterThan(0);

  await page.getByTestId('cohort-table').getByRole('button').first().click();
  const detail = page.getByTestId('cohort-district').getByTestId('diagram-figure');
  const onChart = await expectInert(session, detail, "an opened district's stage chart");
  expect(onChart.length, 'the district name drawn as text on its stage chart').toBeGreaterThan(0);

  await page.waitForTimeout(500);
  expect(await tripwireFired(page)).toBe(false);
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
