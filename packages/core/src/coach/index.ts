/** The coach: findings about a plan, their catalogue and texts, and the coverage matrix. */
export * from './types.ts';
export * from './codes.ts';
export * from './research.ts';
export type { FindingParams, MeasurePart, PhrasingKind } from './params.ts';
export { COACH_MESSAGES, type FindingText, type LocalizedText } from './messages.ts';
export { findUnobservablePhrasing, type UnobservablePhrasing } from './phrasing.ts';
export { findingsBySeverity, sortFindings } from './findings.ts';
export { COACH_RULES, MAX_VITAL_BEHAVIORS } from './rules/index.ts';
export type { CoachRule, PlanPart, RuleContext } from './rule.ts';
export type { CoachContext, OwnerLoad } from './context.ts';
export * from './coach-plan.ts';
