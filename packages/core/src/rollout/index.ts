/**
 * District rollouts: the district, campus and cohort lifecycles as xstate machines, their
 * evidence gates, persistence with versions, and diagrams.
 */
export * from './stages.ts';
export * from './thresholds.ts';
export * from './evidence.ts';
export * from './events.ts';
export * from './log.ts';
export * from './context.ts';
export * from './campus-machine.ts';
export * from './facts.ts';
export * from './gate-criteria.ts';
export * from './gates.ts';
export * from './status.ts';
export * from './risks.ts';
export * from './district-machine.ts';
export * from './inputs.ts';
export * from './refusal.ts';
export * from './cohort-machine.ts';
export * from './cohort-summary.ts';
export * from './persisted-schema.ts';
export * from './migrations.ts';
export * from './persistence.ts';
export * from './create.ts';
export * from './state-diagram.ts';
export * from './rollout-diagram.ts';
export * from './cohort-diagram.ts';
