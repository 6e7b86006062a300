/**
 * The plan file's format name and schema version, in a module of their own (no zod): an app
 * can compare versions without building the schemas.
 */

/** The `format` field of every plan file. */
export const PLAN_FORMAT = 'sixsources.plan';
/** The schema version this library writes and reads natively. */
export const PLAN_SCHEMA_VERSION = 2;
