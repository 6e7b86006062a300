/**
 * Recording, correcting and removing observations of a measure.
 * Observations stay in date order (same-day observations in the order recorded), so charts
 * and "latest value" read them as they are.
 */
import { freeze } from 'immer';
import { LIMITS } from '../plan/limits.ts';
import { ObservationSchema, type Observation, type Plan } from '../plan/schema.ts';
import type { RecordObservationCommand, RemoveObservationCommand, UpdateObservationCommand } from './commands.ts';
import { indexOfId } from './collections.ts';
import { checkProtectedKeys, idForNewItem, parseValue, refuse, sameValue, withChanges } from './checks.ts';
import { NO_CHANGE, inserted, removed, replaceValues, setFields, type PlannedEdit } from './recipe.ts';

type ObservationCommand = RecordObservationCommand | UpdateObservationCommand | RemoveObservationCommand;

/**
 * Where an observation of `date` goes: after every observation dated on or before it.
 * A binary search, since a measure may hold 10,000 observations; on a list a file left out
 * of order it still returns a valid position.
 */
function sortedIndex(observations: readonly Observation[], date: string): number {
  let low = 0;
  let high = observations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // ISO calendar dates compare correctly as strings.
    if ((observations[middle] as Observation).date <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Checks an `observation.*` command and plans its change. */
export function planObservationCommand(plan: Plan, command: ObservationCommand): PlannedEdit {
  const measureIndex = indexOfId(plan.result.measures, command.measureId);
  if (measureIndex < 0) {
    const id = command.measureId;
    return refuse({ code: 'not-found', kind: 'measure', id, message: `no measure has the id "${id}"` });
  }
  const path = ['result', 'measures', measureIndex, 'observations'] as const;
  const observations = plan.result.measures[measureIndex]?.observations ?? [];

  if (command.type === 'observation.record') {
    if (observations.length >= LIMITS.maxObservations) {
      const limit = LIMITS.maxObservations;
      return refuse({ code: 'limit-reached', limit, message: `a measure holds at most ${limit} observations` });
    }
    const { id: requested, ...fields } = command.observation;
    const id = idForNewItem(plan, requested, 'obs');
    if (!id.ok) return id;
    const parsed = parseValue(ObservationSchema, withChanges({ id: id.value }, fields));
    if (!parsed.ok) return parsed;
    const observation = freeze(parsed.value, true);
    return replaceValues([[path, inserted(observations, sortedIndex(observations, observation.date), observation)]]);
  }

  const index = indexOfId(observations, command.id);
  if (index < 0) {
    const id = command.id;
    return refuse({ code: 'not-found', kind: 'observation', id, message: `no observation has the id "${id}"` });
  }

  if (command.type === 'observation.remove') {
    return replaceValues([[path, removed(observations, index)]]);
  }

  const protectedKeys = checkProtectedKeys(command.changes, ['id']);
  if (!protectedKeys.ok) return protectedKeys;
  const current = observations[index] as Observation;
  const parsed = parseValue(ObservationSchema, withChanges(current, command.changes));
  if (!parsed.ok) return parsed;
  const updated = freeze(parsed.value, true);
  if (sameValue(current, updated)) return NO_CHANGE;
  if (updated.date === current.date) {
    const keys = new Set([...Object.keys(current), ...Object.keys(updated)]) as Set<keyof Observation>;
    const changed = [...keys].filter((key) => current[key] !== updated[key]);
    return setFields([...path, index], Object.fromEntries(changed.map((key) => [key, updated[key]])));
  }
  // A new date may move the observation: take it out, then put it back in date order.
  const without = removed(observations, index);
  return replaceValues([[path, inserted(without, sortedIndex(without, updated.date), updated)]]);
}
