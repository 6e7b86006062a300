/**
 * Cross-reference checks the schema cannot express: links resolve, ids are unique,
 * tactics match their source, dates run forward.
 */
import type { Plan } from './schema.ts';
import { SOURCES, SOURCE_NAMES, isTacticOf, tacticName } from './sources.ts';
import type { PlanIssue } from './issues.ts';

/** What a part of the plan is called in messages. */
type PartKind =
  | 'measure'
  | 'observation'
  | 'behavior'
  | 'obvious note'
  | 'crucial moment'
  | 'positive deviant'
  | 'culture buster'
  | 'strategy'
  | 'influencer';

/** The part that owns an id: what it is and where it sits. */
interface Owner {
  kind: PartKind;
  list: string;
  index: number;
}

/** The lists whose items link to vital behaviors, with the verb their messages use. */
const BEHAVIOR_LINKS = [
  { list: 'strategies', kind: 'strategy', verb: 'targets' },
  { list: 'crucialMoments', kind: 'crucial moment', verb: 'links' },
  { list: 'positiveDeviants', kind: 'positive deviant', verb: 'links' },
  { list: 'cultureBusters', kind: 'culture buster', verb: 'links' },
  { list: 'obvious', kind: 'obvious note', verb: 'links' },
] as const;

/**
 * Every problem with the links between parts of a validated plan, in one pass:
 * - every `behaviorIds` entry names a vital behavior in the plan, once;
 * - ids are unique across the whole plan (one namespace: measures, observations,
 *   behaviors, notes, moments, deviants, busters, strategies, influencers);
 * - a strategy's tactic belongs to its source;
 * - a strategy is not due before it starts, and a target date is not before its baseline date.
 *
 * Paths are relative to the plan (`strategies.3.behaviorIds.0`) and messages name both
 * ends of a broken link. Runs in time linear in the size of the plan.
 */
export function checkReferences(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const owners = collectIds(plan, issues);

  for (const { list, kind, verb } of BEHAVIOR_LINKS) {
    const items = plan[list];
    for (let index = 0; index < items.length; index++) {
      const item = items[index] as (typeof items)[number];
      const links = item.behaviorIds;
      const first = firstIndexes(links);
      for (let linkIndex = 0; linkIndex < links.length; linkIndex++) {
        const behaviorId = links[linkIndex] as string;
        const owner = owners.get(behaviorId);
        if (owner?.kind === 'behavior' && !listsTwice(links, linkIndex, first)) continue;
        // Only problems pay for building paths and messages.
        const path = `${list}.${index}.behaviorIds.${linkIndex}`;
        const subject = `${kind} "${item.id}"`;
        if (owner === undefined) {
          issues.push({
            path,
            code: 'broken-reference',
            message: `${subject} ${verb} behavior "${behaviorId}", which is not in the plan`,
          });
        } else if (owner.kind !== 'behavior') {
          issues.push({
            path,
            code: 'broken-reference',
            message: `${subject} ${verb} "${behaviorId}", which is ${article(owner.kind)} ${owner.kind} (${ownerPath(owner)}), not a behavior`,
          });
        } else {
          issues.push({ path, code: 'duplicate-id', message: `${subject} lists behavior "${behaviorId}" twice` });
        }
      }
    }
  }

  plan.strategies.forEach((strategy, index) => {
    if (!isTacticOf(strategy.source, strategy.tactic)) {
      const home = SOURCES.find((source) => isTacticOf(source, strategy.tactic));
      const belongs = home === undefined ? '' : ` (it belongs to ${SOURCE_NAMES[home].toLowerCase()})`;
      issues.push({
        path: `strategies.${index}.tactic`,
        code: 'wrong-tactic',
        message: `strategy "${strategy.id}" uses the tactic "${tacticName(strategy.tactic)}", which is not a tactic of ${SOURCE_NAMES[strategy.source].toLowerCase()}${belongs}`,
      });
    }
    // ISO calendar dates compare correctly as strings.
    if (strategy.start !== undefined && strategy.due !== undefined && strategy.due < strategy.start) {
      issues.push({
        path: `strategies.${index}.due`,
        code: 'dates-out-of-order',
        message: `strategy "${strategy.id}" is due ${strategy.due}, before it starts on ${strategy.start}`,
      });
    }
  });

  plan.result.measures.forEach((measure, index) => {
    const baselineDate = measure.baseline.date;
    const targetDate = measure.target.date;
    if (baselineDate !== undefined && targetDate !== undefined && targetDate < baselineDate) {
      issues.push({
        path: `result.measures.${index}.target.date`,
        code: 'dates-out-of-order',
        message: `measure "${measure.id}" has its target date ${targetDate} before its baseline date ${baselineDate}`,
      });
    }
  });

  return issues;
}

/** Maps every id to the part that owns it, reporting any id used a second time. */
function collectIds(plan: Plan, issues: PlanIssue[]): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  // Paths are built only for duplicates, so a large plan costs one map entry per part.
  const claimAll = (items: readonly { id: string }[], kind: PartKind, list: string) => {
    for (let index = 0; index < items.length; index++) {
      const id = (items[index] as { id: string }).id;
      const first = owners.get(id);
      if (first === undefined) {
        owners.set(id, { kind, list, index });
        continue;
      }
      issues.push({
        path: `${list}.${index}.id`,
        code: 'duplicate-id',
        message: `${kind} "${id}" reuses the id of ${article(first.kind)} ${first.kind} (${ownerPath(first)}); ids must be unique in a plan`,
      });
    }
  };

  claimAll(plan.result.measures, 'measure', 'result.measures');
  plan.result.measures.forEach((measure, m) => {
    claimAll(measure.observations, 'observation', `result.measures.${m}.observations`);
  });
  claimAll(plan.behaviors, 'behavior', 'behaviors');
  claimAll(plan.obvious, 'obvious note', 'obvious');
  claimAll(plan.crucialMoments, 'crucial moment', 'crucialMoments');
  claimAll(plan.positiveDeviants, 'positive deviant', 'positiveDeviants');
  claimAll(plan.cultureBusters, 'culture buster', 'cultureBusters');
  claimAll(plan.strategies, 'strategy', 'strategies');
  claimAll(plan.influencers, 'influencer', 'influencers');
  return owners;
}

function ownerPath(owner: Owner): string {
  return `${owner.list}.${owner.index}`;
}

/** Link lists are usually short enough that scanning beats building a map. */
const SHORT_LIST = 16;

/** For long link lists: where each id first appears. */
function firstIndexes(links: readonly string[]): Map<string, number> | null {
  if (links.length <= SHORT_LIST) return null;
  const first = new Map<string, number>();
  for (let i = links.length - 1; i >= 0; i--) first.set(links[i] as string, i);
  return first;
}

/** True when `links[at]` already appeared earlier in the list. */
function listsTwice(links: readonly string[], at: number, first: Map<string, number> | null): boolean {
  if (at === 0) return false;
  const id = links[at] as string;
  return first === null ? links.lastIndexOf(id, at - 1) !== -1 : (first.get(id) as number) < at;
}

function article(kind: PartKind): string {
  return /^[aeiou]/.test(kind) ? 'an' : 'a';
}
