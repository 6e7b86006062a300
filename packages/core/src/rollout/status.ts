/** Where a district is, read from its snapshot. */
import { ROLLOUT_STATUSES, type RolloutStatus } from './stages.ts';

/**
 * The district's stage, `paused` or `declined`, from its snapshot's state value. Throws on a
 * value the district machine cannot have, which only a hand-made snapshot can hold.
 */
export function districtStatus(snapshot: { value: unknown }): RolloutStatus {
  const value = snapshot.value;
  if (typeof value === 'string' && (ROLLOUT_STATUSES as readonly string[]).includes(value)) return value as RolloutStatus;
  throw new Error(`not a district rollout state: ${JSON.stringify(value)}`);
}
