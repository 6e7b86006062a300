/** Small zod building blocks shared by the rollout's evidence, events and saved snapshots. */
import { z } from 'zod';
import { LIMITS } from '../plan/limits.ts';
import { DateSchema, DateTimeSchema } from '../plan/schema.ts';

const notBlank = (text: string) => text.trim() !== '';

/** A name, title or role: one line, not blank. */
export const NameText = z.string().max(LIMITS.maxShortText).refine(notBlank, 'must not be blank');
/** A statement, description or note; may be long, must not be blank. */
export const LongText = z.string().max(LIMITS.maxLongText).refine(notBlank, 'must not be blank');
/** A reason given for going back, pausing, declining or withdrawing; the machine refuses a blank one. */
export const ReasonText = z.string().max(LIMITS.maxLongText);
/** A whole number of people, visits or observations. */
export const CountNumber = z.number().int().min(0).max(10_000_000);
/** A finite number on a measure's own scale. */
export const MeasureNumber = z.number().refine(Number.isFinite, 'must be a finite number');
/** When something happened: a date (`2019-09-01`) or a date and time with offset. */
export const WhenText = z.union([DateSchema, DateTimeSchema]);

/** True when `text` has something other than whitespace. */
export function hasText(text: string | undefined | null): text is string {
  return typeof text === 'string' && notBlank(text);
}
