/**
 * @sixsources/core — influence plans and district rollouts as typed data.
 *
 * The public API: everything an app, a CLI or a consultant's pipeline needs.
 * Knows nothing of React, the DOM or storage.
 */
export * from './plan/index.ts';
export * from './edit/index.ts';
export * from './coach/index.ts';
export * from './diagrams/index.ts';
export * from './report/index.ts';
export * from './templates/index.ts';
export * from './rollout/index.ts';
