/** Linking and unlinking discovery items and strategies to vital behaviors. */
import { LIMITS } from '../plan/limits.ts';
import type { Plan } from '../plan/schema.ts';
import type { LinkCommand, UnlinkCommand } from './commands.ts';
import { COLLECTIONS, indexOfId, isLinkableKind, itemsOf } from './collections.ts';
import { checkBehaviorLinks, refuse } from './checks.ts';
import { NO_CHANGE, setFields, type PlannedEdit } from './recipe.ts';

/** Checks a `link` or `unlink` command and plans its change. Both are idempotent. */
export function planLinkCommand(plan: Plan, command: LinkCommand | UnlinkCommand): PlannedEdit {
  const { kind, id, behaviorId } = command;
  if (!isLinkableKind(kind)) {
    const type = `${command.type} ${String(kind)}`;
    return refuse({ code: 'unknown-command', type, message: `${String(kind)} items cannot link to behaviors` });
  }
  const items = itemsOf(plan, kind);
  const index = indexOfId(items, id);
  if (index < 0) return refuse({ code: 'not-found', kind, id, message: `no ${kind} has the id "${id}"` });
  const linked = (items[index] as { behaviorIds: readonly string[] }).behaviorIds;
  let next: readonly string[];
  if (command.type === 'link') {
    const known = checkBehaviorLinks(plan, [behaviorId]);
    if (!known.ok) return known;
    if (linked.includes(behaviorId)) return NO_CHANGE;
    if (linked.length >= LIMITS.maxLinks) {
      const limit = LIMITS.maxLinks;
      return refuse({ code: 'limit-reached', limit, message: `an item links at most ${limit} behaviors` });
    }
    next = [...linked, behaviorId];
  } else {
    // Unlinking never checks that the behavior exists: it may repair a dangling link.
    if (!linked.includes(behaviorId)) return NO_CHANGE;
    next = linked.filter((other) => other !== behaviorId);
  }
  return setFields([...COLLECTIONS[kind].path, index], { behaviorIds: Object.freeze(next) });
}
