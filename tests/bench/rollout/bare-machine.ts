/**
 * The baseline of the rollout ratios: a bare one-state xstate machine that counts `tick`
 * events. Dividing by it leaves what the rollout machines add on top of xstate itself, and
 * travels between machines better than milliseconds do.
 *
 * xstate resolves to the same copy the core uses (one version in the lockfile).
 */
import { assign, createActor, createMachine } from 'xstate';
import { time } from '../stats.ts';

const bareMachine = createMachine({
  context: { count: 0 },
  on: { tick: { actions: assign({ count: ({ context }: { context: { count: number } }) => context.count + 1 }) } },
});

/** A started bare actor. */
export interface BareActor {
  /** Milliseconds to process `events` events sent one by one. */
  send(events: number): number;
  stop(): void;
}

/** Starts a bare one-state actor. */
export function startBareActor(): BareActor {
  const actor = createActor(bareMachine).start();
  const event = { type: 'tick' } as const;
  return {
    send: (events) =>
      time(() => {
        for (let i = 0; i < events; i++) actor.send(event);
      }),
    stop: () => actor.stop(),
  };
}
