/**
 * Storage faults in Chromium, all in one place: storage full on save, IndexedDB unavailable,
 * the tab closed right after an edit, two tabs editing one plan, a plan from an older version,
 * a plan from a newer version, and one corrupted record among good ones.
 *
 * Each fault is produced the way a browser produces it (support/storage.ts). Every test checks
 * what the person sees (the catalogs' words), that nothing is lost, and that the page threw
 * nothing. saving.test.ts covers the plain cases: an edit surviving a reload, and two tabs
 * each changing a different field.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createPlanFromTemplate, parsePlanDocument, toPlanDocument, type Plan } from '@sixsources/core';
import { messages as storageMessages } from '../../apps/studio/src/storage/messages.ts';
import { messages as shellMessages } from '../../apps/studio/src/shell/messages.ts';
import { appUrl, openSession, releaseBrowser, type Session } from './support/session.ts';
import { downloadBytes, planHash, waitForOpenPlan, waitUntilSaved } from './support/app.ts';
import { saveScreenshot } from './support/screenshots.ts';
import {
  coreFixture,
  fingerprintOf,
  openSessionWithFaults,
  planRecord,
  readStoredValues,
  setStorageFaults,
  writeStoredValues,
  type OpenFault,
  type StoredValue,
} from './support/storage.ts';

const EN = { ...shellMessages.en, ...storageMessages.en };

/** A message of the English catalogs with its placeholders filled. */
function say(key: keyof typeof EN, params: Readonly<Record<string, string | number>> = {}): string {
  return EN[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Polls `read` until the assertion holds; autosaves wait half a second and the machine is shared, so allow ten. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000 });
}

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});
afterAll(releaseBrowser);

/** Opens the studio (optionally with faults), waits for the first visit's demo plan, returns its id. */
async function start(open: () => Promise<Session> = () => openSession(), storage: 'saved' | 'in memory' = 'saved'): Promise<{ page: Page; planId: string }> {
  session = await open();
  const planId = await waitForOpenPlan(session.page);
  if (storage === 'saved') await waitUntilSaved(session.page);
  return { page: session.page, planId };
}

function titleField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Plan title' });
}

/** Clicks `button` and reads the plan file it downloads. */
async function downloadedPlan(page: Page, button: Locator): Promise<Plan> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const parsed = parsePlanDocument((await downloadBytes(download)).toString('utf8'));
  if (!parsed.ok) throw new Error(`the downloaded file is not a plan: ${parsed.errors.map((error) => error.message).join('; ')}`);
  return parsed.plan;
}

/** Loads the app again at `hash`, as a person coming back later would. */
async function reopen(page: Page, hash: string): Promise<void> {
  await page.goto(appUrl(hash));
  await page.reload();
}

/** The titles the library lists, in its order. */
async function libraryTitles(page: Page): Promise<string[]> {
  await page.goto(appUrl('#/library'));
  await page.getByRole('heading', { name: 'Your plans', level: 1 }).waitFor();
  const links = page.getByTestId('plan-row').locator('.plan-link');
  await links.first().waitFor();
  return (await links.allTextContents()).map((text) => text.trim());
}

/** The plan inside a stored record's fingerprint (`json:` records only). */
function storedPlan(fingerprint: string | undefined): { schemaVersion: number; revision: number; plan: Record<string, unknown> } {
  if (fingerprint === undefined || !fingerprint.startsWith('json:')) throw new Error(`not a JSON record: ${String(fingerprint)}`);
  const record = JSON.parse(fingerprint.slice('json:'.length)) as { revision: number; document: { schemaVersion: number; plan: Record<string, unknown> } };
  return { schemaVersion: record.document.schemaVersion, revision: record.revision, plan: record.document.plan };
}

function expectNoPageErrors(): void {
  expect(session?.pageErrors ?? []).toEqual([]);
  expect(session?.dialogs ?? []).toEqual([]);
}

describe('storage is full when the studio saves', () => {
  test('the studio says the edit is not saved, downloads it, and saves it once space is free', async () => {
    const { page, planId } = await start(() => openSessionWithFaults({}));
    const before = storedPlan((await readStoredValues(page))[planId]);

    await setStorageFaults(page, { quotaFull: true });
    await titleField(page).fill('Socorro literacy, after the board meeting');
    const banner = page.getByTestId('storage-problem');
    await eventually(() => banner.textContent()).toContain(say('storage.quota', { title: 'Socorro literacy, after the board meeting' }));
    await eventually(() => page.getByTestId('save-status').textContent()).toBe(say('shell.saving'));
    await saveScreenshot(page, 'storage-quota');

    // The plan file holds the edit that storage refused; storage still holds the last good save.
    const downloaded = await downloadedPlan(page, banner.getByRole('button', { name: say('storage.downloadPlan') }));
    expect(downloaded.title).toBe('Socorro literacy, after the board meeting');
    expect(storedPlan((await readStoredValues(page))[planId])).toEqual(before);

    // Space is freed: the next edit saves both, and the warning goes.
    await setStorageFaults(page, { quotaFull: false });
    await page.getByRole('textbox', { name: 'Organization' }).fill('Socorro Independent School District');
    await waitUntilSaved(page);
    await eventually(() => banner.count()).toBe(0);
    await page.reload();
    await eventually(() => titleField(page).inputValue()).toBe('Socorro literacy, after the board meeting');
    expect(await page.getByRole('textbox', { name: 'Organization' }).inputValue()).toBe('Socorro Independent School District');
    expectNoPageErrors();
  });

  test('a tab closed while storage is full leaves its edit for the next visit', async () => {
    const { page, planId } = await start(() => openSessionWithFaults({}));
    await setStorageFaults(page, { quotaFull: true });
    await titleField(page).fill('Edited while the disk was full');
    await page.getByTestId('storage-problem').waitFor();
    await page.close();

    // The next visit (space freed meanwhile) finds the edit and saves it.
    const next = await session!.newTab();
    await next.goto(appUrl(planHash(planId, 'edit')));
    await eventually(() => titleField(next).inputValue()).toBe('Edited while the disk was full');
    await waitUntilSaved(next);
    expect(storedPlan((await readStoredValues(next))[planId]).plan['title']).toBe('Edited while the disk was full');
    expectNoPageErrors();
  });
});

describe('IndexedDB is unavailable', () => {
  const faults: Array<[OpenFault, string]> = [
    ['missing', 'window.indexedDB is missing'],
    ['open-throws', 'indexedDB.open() throws SecurityError'],
    ['open-errors', 'the open request fails with InvalidStateError'],
    ['open-hangs', 'the open request never answers'],
  ];
  test.each(faults)('when %s (%s), the studio says so, keeps working in memory, and downloads the plan', async (open) => {
    const { page, planId } = await start(() => openSessionWithFaults({ open }), 'in memory');
    const banner = page.getByTestId('storage-unavailable');
    await eventually(() => banner.textContent()).toContain(say('storage.unavailable'));
    // The header never claims the work is saved.
    await eventually(() => page.getByTestId('save-status').textContent()).toBe(say('shell.inThisTabOnly'));

    // Work goes on: an edit, the library, and back.
    await titleField(page).fill('Kept in this tab only');
    await eventually(() => page.getByTestId('save-status').textContent()).toBe(say('shell.inThisTabOnly'));
    expect(await libraryTitles(page)).toEqual(['Kept in this tab only']);
    await page.getByTestId('plan-row').getByRole('link', { name: 'Kept in this tab only' }).first().click();
    await eventually(() => titleField(page).inputValue()).toBe('Kept in this tab only');
    await saveScreenshot(page, `storage-unavailable-${open}`);

    const downloaded = await downloadedPlan(page, banner.getByRole('button', { name: say('storage.downloadPlan') }));
    expect(downloaded.id).toBe(planId);
    expect(downloaded.title).toBe('Kept in this tab only');
    expectNoPageErrors();
  });
});

describe('the tab is closed right after an edit', () => {
  test('the edit is there on reopening, though the tab closed before the autosave ran', async () => {
    const { page, planId } = await start();
    await titleField(page).fill('Closed a moment after typing this');
    await page.close(); // before the autosave's quiet delay has passed

    const next = await session!.newTab();
    await next.goto(appUrl(planHash(planId, 'edit')));
    await eventually(() => titleField(next).inputValue()).toBe('Closed a moment after typing this');
    await waitUntilSaved(next);
    expect(storedPlan((await readStoredValues(next))[planId]).plan['title']).toBe('Closed a moment after typing this');
    expectNoPageErrors();
  });
});

describe('two tabs edit one plan', () => {
  test('the tab that saved second says so and keeps its version as a new plan: both edits survive', async () => {
    const { page: first, planId } = await start();
    const second = await session!.newTab();
    await second.goto(appUrl(planHash(planId, 'edit')));
    await second.getByRole('textbox', { name: 'Location' }).waitFor();

    // Both edit before either autosave runs (saving.test.ts covers edits made one after another).
    await second.getByRole('textbox', { name: 'Location' }).fill('El Paso County, Texas (second tab)');
    await first.getByRole('textbox', { name: 'Organization' }).fill('Socorro ISD (first tab)');

    const held = async (page: Page) => (await page.getByTestId('storage-hold').count()) > 0;
    await eventually(async () => (await held(first)) || (await held(second))).toBe(true);
    const [loser, winner] = (await held(first)) ? [first, second] : [second, first];
    expect(await held(winner)).toBe(false);
    const banner = loser.getByTestId('storage-hold');
    expect(await banner.textContent()).toContain(say('storage.conflict'));
    await saveScreenshot(loser, 'storage-two-tabs');

    const original = await titleField(loser).inputValue();
    await banner.getByRole('button', { name: say('storage.keepMine') }).click();
    await eventually(() => titleField(loser).inputValue()).toBe(say('storage.copyTitle', { title: original }));
    await waitUntilSaved(loser);

    // A third tab finds both versions: the winner's under the plan, the loser's as the copy.
    const third = await session!.newTab();
    const titles = await libraryTitles(third);
    expect(titles).toContain(original);
    expect(titles).toContain(say('storage.copyTitle', { title: original }));
    const stored = Object.values(await readStoredValues(third)).map((value) => storedPlan(value).plan);
    const organization = (plan: Record<string, unknown>) => (plan['organization'] as { name: string; location?: string });
    const edits = stored.map((plan) => `${organization(plan).name} | ${organization(plan).location ?? ''}`);
    expect(edits.some((line) => line.startsWith('Socorro ISD (first tab)'))).toBe(true);
    expect(edits.some((line) => line.endsWith('El Paso County, Texas (second tab)'))).toBe(true);
    expectNoPageErrors();
  });
});

describe('a plan saved by an older version', () => {
  test('is listed as upgraded, opens with its data, and is stored in the current format after an edit', async () => {
    const { page } = await start();
    const v1 = coreFixture('plan-v1.json');
    const id = v1.plan.id;
    await writeStoredValues(page, [[id, planRecord(v1, 3, '2022-06-01T15:30:00.000Z')]]);
    await reopen(page, '#/library');

    expect(await libraryTitles(page)).toContain(v1.plan.title);
    const row = page.getByTestId('plan-row').filter({ hasText: v1.plan.title });
    expect(await row.getByTestId('migrated-tag').textContent()).toBe(say('storage.migrated', { version: 1 }));
    await saveScreenshot(page, 'storage-older-version');
    // Reading it changed nothing in storage.
    expect((await readStoredValues(page))[id]).toBe(fingerprintOf(planRecord(v1, 3, '2022-06-01T15:30:00.000Z')));

    await row.getByRole('link', { name: v1.plan.title }).first().click();
    await eventually(() => page.getByRole('textbox', { name: 'Organization' }).inputValue()).toBe('Border Valley ISD');
    await titleField(page).fill('Station rotation, K-3, upgraded');
    await waitUntilSaved(page);
    const stored = storedPlan((await readStoredValues(page))[id]);
    expect(stored.schemaVersion).toBe(2);
    expect(stored.revision).toBe(4);
    expect(stored.plan['title']).toBe('Station rotation, K-3, upgraded');
    // v1's `leaders` are v2's `influencers`; nothing was dropped on the way.
    expect((stored.plan['influencers'] as Array<{ name: string }>).map((influencer) => influencer.name)).toEqual(['Superintendent', 'Pilot lead teacher']);
    expectNoPageErrors();
  });
});

describe('a plan saved by a newer version', () => {
  const v999 = coreFixture('plan-v999.json');
  const record = planRecord(v999, 7, '2031-01-01T00:00:00.000Z');

  test('is left untouched byte for byte, with a message in the library and at its address', async () => {
    const { page } = await start();
    await writeStoredValues(page, [[v999.plan.id, record]]);
    await reopen(page, '#/library');

    const titles = await libraryTitles(page);
    expect(titles).not.toContain(v999.plan.title);
    const note = page.getByTestId('newer-record');
    expect(await note.textContent()).toBe(
      `${say('storage.newerTitle')}: ${say('storage.newerBody', { title: v999.plan.title, version: 999 })}`,
    );
    await saveScreenshot(page, 'storage-newer-version');

    await page.goto(appUrl(planHash(v999.plan.id, 'edit')));
    await eventually(() => page.getByTestId('plan-not-found').textContent()).toContain(say('shell.planNewer.body', { version: 999 }));
    expect((await readStoredValues(page))[v999.plan.id]).toBe(fingerprintOf(record));
    expectNoPageErrors();
  });

  test('an open tab stops writing a plan once a newer version has saved it, and offers the edit as a file', async () => {
    const { page, planId } = await start();
    const current = storedPlan((await readStoredValues(page))[planId]);
    // A newer version of the app, in another tab, saves this plan in its own format.
    const newer = planRecord({ ...v999, plan: { ...v999.plan, id: planId, title: 'Saved by the newer version' } }, current.revision + 1, '2031-01-01T00:00:00.000Z');
    await writeStoredValues(page, [[planId, newer]]);

    await titleField(page).fill('Edited in the older tab');
    const banner = page.getByTestId('storage-hold');
    await eventually(() => banner.textContent()).toContain(say('storage.newerSchema'));
    await saveScreenshot(page, 'storage-newer-version-open-tab');
    const downloaded = await downloadedPlan(page, banner.getByRole('button', { name: say('storage.downloadPlan') }));
    expect(downloaded.title).toBe('Edited in the older tab');

    await titleField(page).fill('Edited in the older tab, again');
    await page.waitForTimeout(1500); // more than the autosave delay
    expect((await readStoredValues(page))[planId]).toBe(fingerprintOf(newer));
    expectNoPageErrors();
  });
});

describe('one stored record is corrupted', () => {
  const second = createPlanFromTemplate('district-blended-learning', { now: new Date('2024-03-01T12:00:00Z') });
  const goodRecord = planRecord(toPlanDocument(second), 2, '2024-03-02T12:00:00.000Z');
  const BAD_KEY = 'plan-corrupted';
  /** What "Download it as it is" must give back: the stored value, raw or as JSON, nothing lost. */
  const sameText = (text: string) => (file: Buffer) => file.toString('utf8') === text || JSON.parse(file.toString('utf8')) === text;
  const sameBytes = (bytes: number[]) => (file: Buffer) =>
    file.equals(Buffer.from(bytes)) || JSON.stringify(Object.values(JSON.parse(file.toString('utf8')) as object)) === JSON.stringify(bytes);
  const sameJson = (value: unknown) => (file: Buffer) => JSON.stringify(JSON.parse(file.toString('utf8'))) === JSON.stringify(value);
  const sayingUnreadable = (file: Buffer) => file.toString('utf8').includes('Failed to read large IndexedDB value');

  const invalidJson = '{"kind":"sixsources.plan-record","revision":2,"document":{"format":"sixsources.pl';
  const garbage = [0xff, 0xfe, 0x00, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef, 0x7b, 0x22, 0x00];
  const brokenPlan = planRecord({ format: 'sixsources.plan', schemaVersion: 2, plan: { id: BAD_KEY, title: 42 } }, 5, '2024-03-03T12:00:00.000Z');
  const lostPlan = planRecord(toPlanDocument({ ...second, id: BAD_KEY, title: 'Unreadable' }), 1, '2024-03-04T12:00:00.000Z');
  const corruptions: Array<{ kind: string; bad: StoredValue; unreadableKeys: string[]; download: (file: Buffer) => boolean }> = [
    { kind: 'invalid JSON text', bad: { text: invalidJson }, unreadableKeys: [], download: sameText(invalidJson) },
    { kind: 'garbage bytes', bad: { bytes: garbage }, unreadableKeys: [], download: sameBytes(garbage) },
    { kind: 'a record whose plan is broken', bad: brokenPlan, unreadableKeys: [], download: sameJson(brokenPlan.json) },
    // Chromium: a value whose data went missing on disk fails to read, and so does reading them all.
    { kind: 'a value the browser cannot read', bad: lostPlan, unreadableKeys: [BAD_KEY], download: sayingUnreadable },
  ];

  test.each(corruptions)('$kind: the other plans load, it is set aside, not deleted', async ({ kind, bad, unreadableKeys, download }) => {
    const { page, planId } = await start(() => openSessionWithFaults({ unreadableKeys }));
    const demoTitle = await titleField(page).inputValue();
    await writeStoredValues(page, [
      [second.id, goodRecord],
      [BAD_KEY, bad],
    ]);
    const before = await readStoredValues(page);
    await reopen(page, '#/library');

    expect((await libraryTitles(page)).sort()).toEqual([demoTitle, second.title].sort());
    const note = page.getByTestId('set-aside-record');
    expect(await note.count()).toBe(1);
    const [intro] = say('storage.setAsideBody', { key: BAD_KEY, reason: '' }).split(': ');
    expect(await note.textContent()).toContain(`${say('storage.setAsideTitle')}: ${intro}`);
    await saveScreenshot(page, `storage-corrupted-${kind.replaceAll(' ', '-')}`);
    const [file] = await Promise.all([page.waitForEvent('download'), note.getByRole('button', { name: say('storage.downloadRaw') }).click()]);
    expect(download(await downloadBytes(file))).toBe(true);

    // The good plans still open and save; the bad record stays exactly as it was.
    await page.getByTestId('plan-row').getByRole('link', { name: second.title }).first().click();
    await titleField(page).fill(`${second.title}, still editable`);
    await waitUntilSaved(page);
    await page.reload();
    await eventually(() => titleField(page).inputValue()).toBe(`${second.title}, still editable`);
    const after = await readStoredValues(page);
    expect(after[BAD_KEY]).toBe(before[BAD_KEY]);
    expect(after[BAD_KEY]).toBe(fingerprintOf(bad));
    expect(storedPlan(after[planId]).plan['title']).toBe(demoTitle);
    expectNoPageErrors();
  });
});
