/** Renders the whole studio on an in-memory store, opened on one plan's screen. */
import { render, screen } from '@testing-library/react';
import { createPlanFromTemplate, type TemplateName } from '@sixsources/core';
import { App } from '../../src/App.tsx';
import { Studio } from '../../src/session/studio.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { createRecord } from '../../src/storage/record.ts';
import type { PlanScreen } from '../../src/shell/route.ts';

/** A studio holding one plan made from `template`, showing `screen` of it once it has loaded. */
export async function renderStudio(planScreen: PlanScreen, template: TemplateName = 'socorro-literacy') {
  const plan = createPlanFromTemplate(template, { id: 'plan-under-test', now: new Date('2024-05-01T12:00:00Z') });
  const backend = memoryBackend([[plan.id, createRecord(plan, 1, '2024-05-01T12:00:00.000Z')]]);
  const studio = new Studio({ openBackend: () => backend, autosaveDelayMs: 10 });
  await studio.start({ language: 'en', seed: false });
  window.location.hash = `#/plan/${plan.id}/${planScreen}`;
  const view = render(<App studio={studio} language="en" />);
  // Screens load lazily: wait for the screen's own heading.
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return { ...view, studio, backend, plan };
}
