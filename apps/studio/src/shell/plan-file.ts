/** Writing a plan file, loaded when a banner's download is clicked (the first screen does without the core's plan schema). */
export { serializePlan } from '@sixsources/core';
