import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from '@sixsources/core';
import { decideOnNotice, readNotice, type TabNotice } from '../src/storage/tab-sync.ts';

const saved = (revision: number, schemaVersion = PLAN_SCHEMA_VERSION): TabNotice => ({
  type: 'saved',
  planId: 'plan-a',
  revision,
  schemaVersion,
  tab: 'other',
});

describe('reacting to another tab', () => {
  it('reloads a newer revision when nothing here is unsaved', () => {
    expect(decideOnNotice(saved(5), { revision: 4, hasUnsavedEdits: false })).toBe('reload');
  });

  it('warns instead of reloading when there are unsaved edits here', () => {
    expect(decideOnNotice(saved(5), { revision: 4, hasUnsavedEdits: true })).toBe('warn');
  });

  it('ignores news of a revision it already has', () => {
    expect(decideOnNotice(saved(4), { revision: 4, hasUnsavedEdits: true })).toBe('ignore');
    expect(decideOnNotice(saved(3), { revision: 4, hasUnsavedEdits: false })).toBe('ignore');
  });

  it('stops writing a plan a newer version of the app has saved', () => {
    expect(decideOnNotice(saved(9, PLAN_SCHEMA_VERSION + 1), { revision: 4, hasUnsavedEdits: false })).toBe('stop-writing');
  });

  it('picks up a plan created in another tab', () => {
    expect(decideOnNotice(saved(1), { revision: null, hasUnsavedEdits: false })).toBe('reload');
  });

  it('drops a plan deleted elsewhere only when nothing here is unsaved', () => {
    const deleted: TabNotice = { type: 'deleted', planId: 'plan-a', tab: 'other' };
    expect(decideOnNotice(deleted, { revision: 2, hasUnsavedEdits: false })).toBe('drop');
    expect(decideOnNotice(deleted, { revision: 2, hasUnsavedEdits: true })).toBe('warn');
  });
});

describe('reading messages from other tabs', () => {
  it('accepts a well-formed notice', () => {
    expect(readNotice(saved(2))).toEqual(saved(2));
  });

  it.each([null, 'saved', { type: 'saved', planId: 'p', tab: 't', revision: '2', schemaVersion: 2 }, { type: 'boom', planId: 'p', tab: 't' }])(
    'ignores %j',
    (data) => {
      expect(readNotice(data)).toBeNull();
    },
  );
});
