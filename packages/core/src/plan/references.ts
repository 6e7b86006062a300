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

interface Owner {
  kind: PartKind;
  path: string;
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
    plan[list].forEach((item, index) => {
      const seen = new Set<string>();
      item.behaviorIds.forEach((behaviorId, linkIndex) => {
        const path = `${list}.${index}.behaviorIds.${linkIndex}`;
        const subject = `${kind} "${item.id}"`;
        if (seen.has(behaviorId)) {
          issues.push({ path, code: 'duplicate-id', message: `${subject} lists behavior "${behaviorId}" twice` });
          return;
        }
        seen.add(behaviorId);
        const owner = owners.get(behaviorId);
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
            message: `${subject} ${verb} "${behaviorId}", which is ${article(owner.kind)} ${owner.kind} (${owner.path}), not a behavior`,
          });
        }
      });
    });
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
  const claim = (id: string, kind: PartKind, path: string) => {
    const first = owners.get(id);
    if (first === undefined) {
      owners.set(id, { kind, path });
      return;
    }
    issues.push({
      path: `${path}.id`,
      code: 'duplicate-id',
      message: `${kind} "${id}" reuses the id of ${article(first.kind)} ${first.kind} (${first.path}); ids must be unique in a plan`,
    });
  };

  plan.result.measures.forEach((measure, m) => {
    claim(measure.id, 'measure', `result.measures.${m}`);
    measure.observations.forEach((observation, o) => {
      claim(observation.id, 'observation', `result.measures.${m}.observations.${o}`);
    });
  });
  plan.behaviors.forEach((item, i) => claim(item.id, 'behavior', `behaviors.${i}`));
  plan.obvious.forEach((item, i) => claim(item.id, 'obvious note', `obvious.${i}`));
  plan.crucialMoments.forEach((item, i) => claim(item.id, 'crucial moment', `crucialMoments.${i}`));
  plan.positiveDeviants.forEach((item, i) => claim(item.id, 'positive deviant', `positiveDeviants.${i}`));
  plan.cultureBusters.forEach((item, i) => claim(item.id, 'culture buster', `cultureBusters.${i}`));
  plan.strategies.forEach((item, i) => claim(item.id, 'strategy', `strategies.${i}`));
  plan.influencers.forEach((item, i) => claim(item.id, 'influencer', `influencers.${i}`));
  return owners;
}

function article(kind: PartKind): string {
  return /^[aeiou]/.test(kind) ? 'an' : 'a';
}
