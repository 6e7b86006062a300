import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { renderStudio } from './support/render-studio.tsx';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

/** Lets the deferred coach render catch up. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 20)));

describe('the six-source matrix', () => {
  it('adds a strategy from an empty cell and the coach panel follows', async () => {
    await renderStudio('matrix', 'district-blended-learning');
    await settle();
    const coach = screen.getByTestId('coach-panel');
    const fewBefore = within(coach).queryAllByText(/draws on 2 of the six sources/).length;
    expect(fewBefore).toBeGreaterThan(0);

    const rows = screen.getAllByTestId('matrix-row');
    const row = rows[1] as HTMLElement;
    expect(within(row).getByTestId('source-count').textContent).toMatch(/2 of 6 sources/);
    const cell = within(row).getByTestId('cell-personal-motivation');
    expect(cell.dataset['empty']).toBe('true');

    fireEvent.click(within(cell).getByRole('button', { name: /^Add a strategy for .* from Personal motivation$/ }));
    const dialog = screen.getByTestId('new-strategy-dialog');
    fireEvent.click(within(dialog).getByLabelText('Tell meaningful stories'));
    fireEvent.change(within(dialog).getByLabelText('What will be done'), {
      target: { value: 'Open each staff meeting with a two-minute story from a classroom that regrouped' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add strategy' }));
    await settle();

    const updatedRow = screen.getAllByTestId('matrix-row')[1] as HTMLElement;
    const updatedCell = within(updatedRow).getByTestId('cell-personal-motivation');
    expect(updatedCell.dataset['empty']).toBeUndefined();
    expect(within(updatedCell).getByText('Tell meaningful stories')).toBeTruthy();
    expect(within(updatedRow).getByTestId('source-count').textContent).toMatch(/3 of 6 sources/);
    const fewAfter = within(screen.getByTestId('coach-panel')).queryAllByText(/draws on 2 of the six sources/).length;
    expect(fewAfter).toBe(fewBefore - 1);
  });

  it('offers only the tactics of the cell\'s source', async () => {
    await renderStudio('matrix');
    const row = screen.getAllByTestId('matrix-row')[0] as HTMLElement;
    fireEvent.click(within(within(row).getByTestId('cell-structural-motivation')).getByRole('button', { name: /^Add a strategy/ }));
    const dialog = screen.getByTestId('new-strategy-dialog');
    const names = within(dialog)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent);
    expect(names).toEqual(['Small, soon rewards tied to the behavior', 'Remove disincentives', 'Demand accountability (last resort)', 'Other']);
  });
});
