/**
 * The edit commands of the model-based editing test: each sends one `plan.edit` to the
 * authoring actor, predicts its outcome from the model alone, and checks the actor against
 * it. Arguments are drawn as numbers and resolved against the model when the command runs,
 * so a sequence stays meaningful while fast-check shrinks it.
 */
import type fc from 'fast-check';
import { expect } from 'vitest';
import type { PlanCommand } from '../../src/edit/index.ts';
import { LIMITS, isTacticOf, type Plan, type Source, type StrategyStatus, type Tactic } from '../../src/plan/index.ts';
import {
  expectMatchesModel,
  idTaken,
  recordStep,
  tally,
  type BehaviorRecord,
  type Content,
  type Session,
  type SessionModel,
  type StrategyRecord,
} from './edit-session-model.ts';

/** One command of a session, as `fc.commands` runs it. */
export type SessionCommand = fc.Command<SessionModel, Session>;

/** What the model expects of an edit: refused (with a code when only one check can fail), or the content after it (`null`: nothing changes). */
type Prediction = { refused: string } | { next: Content | null };

const refused = (code: string): Prediction => ({ refused: code });
const unchanged: Prediction = { next: null };

/** How a new item's id is chosen: generated, from a small shared pool, malformed, or one already taken. */
export type IdChoice = { kind: 'generated' } | { kind: 'pool'; n: number } | { kind: 'malformed' } | { kind: 'taken'; n: number };

/** Sends one edit and checks it against the model's prediction. */
abstract class EditCommand implements SessionCommand {
  constructor(readonly pauseMs: number) {}

  /** The command to send, resolved against the model. */
  protected abstract command(model: SessionModel): PlanCommand;
  /** What the model expects of it in a draft. */
  protected abstract predict(model: SessionModel, command: PlanCommand): Prediction;
  /** The undo group, for edits that merge while typing. */
  protected group(_command: PlanCommand): string | undefined {
    return undefined;
  }
  /** The content after an add of an item whose id the editor generated. */
  protected settle(next: Content, _plan: Plan): Content {
    return next;
  }

  check(): boolean {
    return true;
  }

  run(model: SessionModel, session: Session): void {
    model.clock += this.pauseMs;
    const at = new Date(model.clock).toISOString();
    const command = this.command(model);
    const group = this.group(command);
    const before = session.actor.getSnapshot().context.plan;
    session.actor.send({ type: 'plan.edit', command, at, ...(group !== undefined && { group }) });
    const { plan, lastEditError } = session.actor.getSnapshot().context;
    const prediction = isOpenFor(model, command) ? this.predict(model, command) : refused('plan-locked');
    if ('refused' in prediction) {
      tally(model, 'refused edits');
      expect(plan, 'a refused edit leaves the plan as it was').toBe(before);
      if (prediction.refused !== 'any') expect(lastEditError?.code, JSON.stringify(lastEditError)).toBe(prediction.refused);
      model.editRefused = true;
    } else {
      model.editRefused = false;
      if (prediction.next === null) {
        expect(plan, 'an edit that changes nothing leaves the plan as it was').toBe(before);
      } else {
        tally(model, 'accepted edits');
        const next = this.settle(prediction.next, plan);
        expect(plan.updatedAt).toBe(at);
        recordStep(model, { before: { plan: before, content: model.content }, after: { plan, content: next }, at: model.clock, ...(group !== undefined && { group }) });
        model.content = next;
      }
    }
    expectMatchesModel(model, session);
  }

  toString(): string {
    return `${this.constructor.name}(${JSON.stringify(this).slice(0, 160)})`;
  }
}

/** The product's promise: drafts take every edit; later steps take only progress updates; archived plans none. */
function isOpenFor(model: SessionModel, command: PlanCommand): boolean {
  if (model.status === 'draft') return true;
  if (model.status === 'archived') return false;
  return command.type === 'strategy.update' && Object.keys(command.changes).every((key) => key === 'status');
}

function newItemId(model: SessionModel, choice: IdChoice): string | undefined {
  switch (choice.kind) {
    case 'generated':
      return undefined;
    case 'pool':
      return `part-${choice.n}`;
    case 'malformed':
      return 'not an id!';
    case 'taken': {
      const taken = [...model.otherIds, ...model.content.behaviors.map((b) => b.id), ...model.content.strategies.map((s) => s.id)];
      return taken.length === 0 ? 'part-0' : (taken[choice.n % taken.length] as string);
    }
  }
}

/** The first check of a new item that fails, in the order the product states them, or null. */
function newItemProblem(model: SessionModel, id: string | undefined, at: number, length: number): string | null {
  if (at > length) return 'out-of-range';
  if (id !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return 'invalid-id';
  if (id !== undefined && idTaken(model, id)) return 'duplicate-id';
  return null;
}

const tooLong = (value: string) => [...value].length > LIMITS.maxLongText;

/** Links checked as the product states: no behavior twice, then only behaviors the plan has. */
function linkProblem(model: SessionModel, behaviorIds: readonly string[]): string | null {
  if (new Set(behaviorIds).size !== behaviorIds.length) return 'duplicate-link';
  if (behaviorIds.some((id) => !model.content.behaviors.some((behavior) => behavior.id === id))) return 'unknown-behavior';
  return null;
}

/** Resolves picks to behavior ids; a pick past the list names a behavior that does not exist. */
function pickBehaviors(model: SessionModel, picks: readonly number[]): string[] {
  const ids = model.content.behaviors.map((behavior) => behavior.id);
  return picks.map((pick) => (pick >= 1_000 || ids.length === 0 ? 'beh-ghost' : (ids[pick % ids.length] as string)));
}

function pickId(items: readonly { id: string }[], pick: number, ghost: string): string {
  return pick >= 1_000 || items.length === 0 ? ghost : (items[pick % items.length] as { id: string }).id;
}

const withItem = <T>(items: readonly T[], at: number, item: T): T[] => [...items.slice(0, at), item, ...items.slice(at)];

export class AddBehavior extends EditCommand {
  constructor(
    readonly id: IdChoice,
    readonly at: number,
    readonly action: string,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    const id = newItemId(model, this.id);
    return { type: 'behavior.add', ...(id !== undefined && { id }), at: this.at % (model.content.behaviors.length + 2), fields: { action: this.action } };
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { id, at = 0 } = command as { id?: string; at?: number };
    const problem = newItemProblem(model, id, at, model.content.behaviors.length) ?? (tooLong(this.action) ? 'invalid-value' : null);
    if (problem !== null) return refused(problem);
    const behavior: BehaviorRecord = { id: id ?? '(generated)', action: this.action };
    return { next: { ...model.content, behaviors: withItem(model.content.behaviors, at, behavior) } };
  }
  protected override settle(next: Content, plan: Plan): Content {
    // A generated id is random by design: learn it from where the behavior went.
    return { ...next, behaviors: next.behaviors.map((b, i) => (b.id === '(generated)' ? { ...b, id: (plan.behaviors[i] as { id: string }).id } : b)) };
  }
}

export class AddStrategy extends EditCommand {
  constructor(
    readonly id: IdChoice,
    readonly at: number,
    readonly source: Source,
    readonly tactic: Tactic,
    readonly links: number[],
    readonly description: string,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    const id = newItemId(model, this.id);
    const fields = { source: this.source, tactic: this.tactic, description: this.description, behaviorIds: pickBehaviors(model, this.links) };
    return { type: 'strategy.add', ...(id !== undefined && { id }), at: this.at % (model.content.strategies.length + 2), fields };
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { id, at = 0, fields } = command as { id?: string; at?: number; fields: { behaviorIds: string[] } };
    const problem =
      newItemProblem(model, id, at, model.content.strategies.length) ??
      (tooLong(this.description) ? 'invalid-value' : null) ??
      (isTacticOf(this.source, this.tactic) ? null : 'tactic-not-of-source') ??
      linkProblem(model, fields.behaviorIds);
    if (problem !== null) return refused(problem);
    const strategy: StrategyRecord = {
      id: id ?? '(generated)',
      source: this.source,
      tactic: this.tactic,
      status: 'planned',
      description: this.description,
      behaviorIds: fields.behaviorIds,
    };
    return { next: { ...model.content, strategies: withItem(model.content.strategies, at, strategy) } };
  }
  protected override settle(next: Content, plan: Plan): Content {
    return { ...next, strategies: next.strategies.map((s, i) => (s.id === '(generated)' ? { ...s, id: (plan.strategies[i] as { id: string }).id } : s)) };
  }
}

export class UpdateBehaviorAction extends EditCommand {
  constructor(
    readonly pick: number,
    readonly action: string,
    readonly typing: boolean,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    return { type: 'behavior.update', id: pickId(model.content.behaviors, this.pick, 'beh-ghost'), changes: { action: this.action } };
  }
  protected override group(command: PlanCommand): string | undefined {
    return this.typing ? `behaviors.${(command as { id: string }).id}.action` : undefined;
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { id } = command as { id: string };
    const index = model.content.behaviors.findIndex((behavior) => behavior.id === id);
    if (index < 0) return refused('not-found');
    if (tooLong(this.action)) return refused('invalid-value');
    if (model.content.behaviors[index]?.action === this.action) return unchanged;
    const behaviors = model.content.behaviors.map((b, i) => (i === index ? { ...b, action: this.action } : b));
    return { next: { ...model.content, behaviors } };
  }
}

/** The ways a strategy is changed: progress (status), wording (typed), links, or its source. */
export type StrategyChange =
  | { kind: 'status'; status: StrategyStatus }
  | { kind: 'description'; description: string; typing: boolean }
  | { kind: 'links'; picks: number[] }
  | { kind: 'source'; source: Source };

export class UpdateStrategy extends EditCommand {
  constructor(
    readonly pick: number,
    readonly change: StrategyChange,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    const id = pickId(model.content.strategies, this.pick, 'str-ghost');
    const change = this.change;
    switch (change.kind) {
      case 'status':
        return { type: 'strategy.update', id, changes: { status: change.status } };
      case 'description':
        return { type: 'strategy.update', id, changes: { description: change.description } };
      case 'links':
        return { type: 'strategy.update', id, changes: { behaviorIds: pickBehaviors(model, change.picks) } };
      case 'source':
        return { type: 'strategy.update', id, changes: { source: change.source } };
    }
  }
  protected override group(command: PlanCommand): string | undefined {
    const typing = this.change.kind === 'description' && this.change.typing;
    return typing ? `strategies.${(command as { id: string }).id}.description` : undefined;
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { id, changes } = command as { id: string; changes: Partial<StrategyRecord> };
    const index = model.content.strategies.findIndex((strategy) => strategy.id === id);
    const current = model.content.strategies[index];
    if (current === undefined) return refused('not-found');
    let next: StrategyRecord = { ...current, ...changes };
    if (changes.description !== undefined && tooLong(changes.description)) return refused('invalid-value');
    if (changes.source !== undefined && !isTacticOf(changes.source, current.tactic)) next = { ...next, tactic: 'other' };
    if (changes.behaviorIds !== undefined && JSON.stringify(changes.behaviorIds) !== JSON.stringify(current.behaviorIds)) {
      const problem = linkProblem(model, changes.behaviorIds);
      if (problem !== null) return refused(problem);
    }
    if (JSON.stringify(next) === JSON.stringify(current)) return unchanged;
    return { next: { ...model.content, strategies: model.content.strategies.map((s, i) => (i === index ? next : s)) } };
  }
}

export class RemoveBehavior extends EditCommand {
  constructor(
    readonly pick: number,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    return { type: 'behavior.remove', id: pickId(model.content.behaviors, this.pick, 'beh-ghost') };
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { id } = command as { id: string };
    if (!model.content.behaviors.some((behavior) => behavior.id === id)) return refused('not-found');
    // Removing a behavior removes every link to it, so nothing is left dangling.
    return {
      next: {
        behaviors: model.content.behaviors.filter((behavior) => behavior.id !== id),
        strategies: model.content.strategies.map((s) => ({ ...s, behaviorIds: s.behaviorIds.filter((other) => other !== id) })),
      },
    };
  }
}

export class RemoveStrategy extends EditCommand {
  constructor(
    readonly pick: number,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    return { type: 'strategy.remove', id: pickId(model.content.strategies, this.pick, 'str-ghost') };
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { id } = command as { id: string };
    if (!model.content.strategies.some((strategy) => strategy.id === id)) return refused('not-found');
    return { next: { ...model.content, strategies: model.content.strategies.filter((strategy) => strategy.id !== id) } };
  }
}

export class MoveBehavior extends EditCommand {
  constructor(
    readonly from: number,
    readonly to: number,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    const span = model.content.behaviors.length + 1; // one past the end is out of range
    return { type: 'behavior.move', from: this.from % span, to: this.to % span };
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { from, to } = command as { from: number; to: number };
    const length = model.content.behaviors.length;
    if (from >= length || to >= length) return refused('out-of-range');
    if (from === to) return unchanged;
    const rest = model.content.behaviors.filter((_, i) => i !== from);
    return { next: { ...model.content, behaviors: withItem(rest, to, model.content.behaviors[from] as BehaviorRecord) } };
  }
}

export class LinkStrategy extends EditCommand {
  constructor(
    readonly link: boolean,
    readonly strategyPick: number,
    readonly behaviorPick: number,
    pauseMs: number,
  ) {
    super(pauseMs);
  }
  protected command(model: SessionModel): PlanCommand {
    const id = pickId(model.content.strategies, this.strategyPick, 'str-ghost');
    const [behaviorId] = pickBehaviors(model, [this.behaviorPick]) as [string];
    return { type: this.link ? 'link' : 'unlink', kind: 'strategy', id, behaviorId };
  }
  protected predict(model: SessionModel, command: PlanCommand): Prediction {
    const { id, behaviorId } = command as { id: string; behaviorId: string };
    const index = model.content.strategies.findIndex((strategy) => strategy.id === id);
    const strategy = model.content.strategies[index];
    if (strategy === undefined) return refused('not-found');
    const linked = strategy.behaviorIds.includes(behaviorId);
    if (this.link && !model.content.behaviors.some((behavior) => behavior.id === behaviorId)) return refused('unknown-behavior');
    if (this.link === linked) return unchanged;
    const behaviorIds = this.link ? [...strategy.behaviorIds, behaviorId] : strategy.behaviorIds.filter((other) => other !== behaviorId);
    return { next: { ...model.content, strategies: model.content.strategies.map((s, i) => (i === index ? { ...s, behaviorIds } : s)) } };
  }
}
