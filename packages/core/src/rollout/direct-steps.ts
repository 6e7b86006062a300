/**
 * Taking the most frequent rollout events without a full interpreter step.
 *
 * Most events a rollout takes only record a fact: a targetless transition whose actions assign
 * to the context (and perhaps send one event on). xstate's step for it (select transitions,
 * exit and enter nothing, resolve actions, look for eventless transitions, build a new
 * snapshot) cost more than the district's own work and made most of the garbage. A machine
 * wrapped here answers those events itself, with the transition's own guard and assignments,
 * and returns the snapshot the step would: the same but for the new context. Every other event,
 * and every event the direct step declines, goes through the interpreter as defined. Pure
 * transitions (`transition(machine, …)`) take the same path. An inspector sees the event, the
 * actions and the new snapshot, but no microstep. `machine.provide({})` is the machine as
 * defined, for tests that compare the two.
 */
import type { AnyActorRef, AnyActorScope, AnyStateMachine, AnyStateNode, EventObject, MachineContext } from 'xstate';

type Transition<M extends AnyStateMachine> = M['transition'];

/**
 * The step `direct` takes for an event, or `undefined` to leave the event to the interpreter.
 * Called for active snapshots only.
 */
export type DirectStep<M extends AnyStateMachine> = (...args: Parameters<Transition<M>>) => ReturnType<Transition<M>> | undefined;

/**
 * `machine`, taking events of the given `types` that `direct` answers for without an
 * interpreter step. Each type must be taken by a targetless transition on the machine's root
 * that no state overrides, in a machine without eventless transitions: then a step for it
 * changes the context and runs actions, nothing else. This is checked here, once, so a later
 * change to the machine cannot silently leave a direct step behind.
 */
export function withDirectSteps<M extends AnyStateMachine>(machine: M, types: readonly string[], direct: DirectStep<M>): M {
  checkTakenOnRootOnly(machine, types);
  const taken: ReadonlySet<string> = new Set(types);
  // Typed as any machine's here: `DirectStep<M>` already ties `direct` to this machine's types.
  type AnyTransition = AnyStateMachine['transition'];
  const transition: AnyTransition = machine.transition.bind(machine);
  const step = direct as unknown as (...args: Parameters<AnyTransition>) => ReturnType<AnyTransition> | undefined;
  const taking: AnyTransition = (snapshot, event, actorScope) =>
    (snapshot.status === 'active' && taken.has(event.type) ? step(snapshot, event, actorScope) : undefined) ??
    transition(snapshot, event, actorScope);
  machine.transition = taking as Transition<M>;
  return machine;
}

/** Throws unless every event of `types` is taken only by targetless transitions on the root. */
function checkTakenOnRootOnly(machine: AnyStateMachine, types: readonly string[]): void {
  const refuse = (why: string) => new Error(`${machine.id} cannot take events directly: ${why}`);
  const nodes: AnyStateNode[] = [machine.root];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as AnyStateNode;
    nodes.push(...Object.values(node.states));
    if (node.always !== undefined && node.always.length > 0) throw refuse(`${node.id} has eventless transitions`);
    for (const type of types) {
      const handlers = Object.keys(node.on).filter((descriptor) => matches(descriptor, type));
      if (node !== machine.root) {
        if (handlers.length > 0) throw refuse(`${node.id} overrides ${type}`);
      } else if (handlers.length !== 1 || node.on[type] === undefined || node.on[type].some((t) => t.target !== undefined)) {
        throw refuse(`its root does not take ${type} by targetless transitions alone`);
      }
    }
  }
}

/** Whether an event descriptor (`a.b`, `a.*`, `*`) matches `type`. */
function matches(descriptor: string, type: string): boolean {
  return descriptor === type || descriptor === '*' || (descriptor.endsWith('.*') && type.startsWith(descriptor.slice(0, -1)));
}

/**
 * `snapshot` with `update` assigned to its context, as `assign` gives it: a new snapshot and a
 * new context, in the same state, with the same children. (xstate rebuilds the state value and
 * tags of an unchanged state; they are equal, so they are kept.)
 */
export function withContext<S extends { context: object }>(snapshot: S, update: Partial<S['context']>): S {
  return { ...snapshot, context: { ...snapshot.context, ...update } };
}

/** The parts of an actor's scope a direct step uses. */
export type DirectScope = Pick<AnyActorScope, 'self' | 'system' | 'defer' | 'actionExecutor'>;

/**
 * Hands `sendTo(to, event)` to the actor's executor as the interpreter would: the executor
 * reports it and runs it, and running it sends `event` once the current step is over.
 */
export function executeSendTo(scope: DirectScope, info: { context: MachineContext; event: EventObject }, to: AnyActorRef, event: EventObject): void {
  scope.actionExecutor({
    type: 'xstate.sendTo',
    info: { ...info, self: scope.self, system: scope.system },
    params: { to, event },
    exec: sendWhenDone(scope, to, event),
  });
}

/** Made here, not inline, so that no per-event closure gets a name attached by tools that keep function names. */
function sendWhenDone(scope: DirectScope, to: AnyActorRef, event: EventObject): () => void {
  return () => scope.defer(() => to.send(event));
}
