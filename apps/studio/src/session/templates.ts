/**
 * The core's plan templates, loaded when a plan is first made from one: a returning visitor's
 * library does without their text.
 */
export { createPlanFromTemplate } from '@sixsources/core';
