export * from './types.ts';
export * from './coach-plan.ts';
