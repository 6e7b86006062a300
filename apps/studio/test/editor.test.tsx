import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderStudio } from './support/render-studio.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.location.hash = '';
});

// The whole editor is a large page for happy-dom; queries are scoped to keep tests quick.
const behaviorsSection = () => screen.getByRole('heading', { name: 'Vital behaviors', level: 2 }).closest('section') as HTMLElement;
const behaviorCards = () => behaviorsSection().querySelectorAll<HTMLElement>(':scope > ol > li.item-card');
const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;

describe('the plan editor', () => {
  it('adds a vital behavior, lets you describe it, and undoes and redoes it', async () => {
    const { studio, plan } = await renderStudio('edit');
    const before = behaviorCards().length;
    fireEvent.click(within(behaviorsSection()).getByRole('button', { name: 'Add a vital behavior' }));
    // Seen once in a full run on a busy machine: the card was not there yet right after the click.
    await waitFor(() => expect(behaviorCards()).toHaveLength(before + 1));
    const added = behaviorCards()[before] as HTMLElement;
    expect(within(added).getByRole('heading').textContent).toBe(`Behavior ${before + 1}`);
    fireEvent.change(within(added).getByLabelText('Who'), { target: { value: 'Campus principals' } });
    expect(studio.latestPlan(plan.id)?.behaviors[before]?.who).toBe('Campus principals');

    const undo = screen.getByRole('button', { name: 'Undo' });
    fireEvent.click(undo);
    expect(valueOf(within(behaviorCards()[before] as HTMLElement).getByLabelText('Who'))).toBe('');
    fireEvent.click(undo);
    expect(behaviorCards()).toHaveLength(before);
    expect(studio.latestPlan(plan.id)?.behaviors).toHaveLength(before);
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(behaviorCards()).toHaveLength(before + 1);
  }, 20_000);

  it('groups a burst of typing in one field into one undo step, with keyboard undo and redo', async () => {
    await renderStudio('edit');
    // Freeze the clock so the whole burst falls in the core's merge window, however slow the test machine.
    vi.useFakeTimers({ toFake: ['Date'] });
    const overview = screen.getByRole('region', { name: 'Overview' });
    const title = within(overview).getByLabelText('Plan title');
    const original = valueOf(title);
    fireEvent.focus(title);
    for (const text of ['R', 'Re', 'Rea', 'Read']) fireEvent.change(title, { target: { value: text } });
    expect(valueOf(title)).toBe('Read');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(valueOf(within(overview).getByLabelText('Plan title'))).toBe(original);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(valueOf(within(overview).getByLabelText('Plan title'))).toBe('Read');
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(valueOf(within(overview).getByLabelText('Plan title'))).toBe('Read');
  }, 20_000);

  it('starts a new undo step when you come back to a field', async () => {
    await renderStudio('edit');
    vi.useFakeTimers({ toFake: ['Date'] });
    const overview = screen.getByRole('region', { name: 'Overview' });
    const title = within(overview).getByLabelText('Plan title');
    fireEvent.focus(title);
    fireEvent.change(title, { target: { value: 'First' } });
    fireEvent.focus(title);
    fireEvent.change(title, { target: { value: 'First and second' } });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(valueOf(within(overview).getByLabelText('Plan title'))).toBe('First');
  }, 20_000);

  it('says why a change was refused and leaves the plan as it was', async () => {
    const { studio, plan } = await renderStudio('edit');
    const strategies = screen.getByRole('heading', { name: 'Strategies', level: 2 }).closest('section') as HTMLElement;
    const first = strategies.querySelector<HTMLElement>('li.item-card') as HTMLElement;
    fireEvent.change(within(first).getByLabelText('Due'), { target: { value: '2031-06-30' } });
    fireEvent.change(within(first).getByLabelText('Starts'), { target: { value: '2030-09-01' } });
    expect(within(first).queryByRole('alert')).toBeNull();
    fireEvent.change(within(first).getByLabelText('Due'), { target: { value: '2030-01-01' } });
    expect(within(first).getByRole('alert').textContent).toMatch(/before the start date/);
    const strategy = studio.latestPlan(plan.id)?.strategies[0];
    expect(strategy?.start).toBe('2030-09-01');
    expect(strategy?.due).toBe('2031-06-30');
  }, 20_000);

  it('saves an edit to storage with the next revision', async () => {
    const { backend, plan } = await renderStudio('edit');
    const overview = screen.getByRole('region', { name: 'Overview' });
    fireEvent.change(within(overview).getByLabelText('Plan title'), { target: { value: 'Reading for every child' } });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
    });
    const stored = backend.data.get(plan.id) as { document: { plan: { title: string } }; revision: number };
    expect(stored.document.plan.title).toBe('Reading for every child');
    expect(stored.revision).toBe(2);
    expect(screen.getByTestId('save-status').textContent).toBe('Saved');
  }, 20_000);
});
