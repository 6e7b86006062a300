/**
 * Caps applied to every plan document before and during validation.
 * They bound the work an import can cause, whatever the file holds.
 */
export const LIMITS = {
  /** Largest accepted file, in bytes of UTF-8 text. */
  maxDocumentBytes: 5 * 1024 * 1024,
  /** Deepest accepted nesting of arrays and objects (a valid plan needs about 6). */
  maxDepth: 32,
  /** Names, titles, roles, units and other one-line fields. */
  maxShortText: 300,
  /** Statements, descriptions and notes. */
  maxLongText: 10_000,
  /** Behaviors, moments, deviants, busters, obvious notes, influencers, measures. */
  maxItems: 2_000,
  /** Strategies in one plan. */
  maxStrategies: 10_000,
  /** Observations of one measure. */
  maxObservations: 10_000,
  /** Ids listed in one link field. */
  maxLinks: 2_000,
} as const;
