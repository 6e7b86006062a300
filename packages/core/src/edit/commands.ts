/**
 * Every change a person can make to an influence plan, as a named, typed command.
 *
 * Command types are dotted (`behavior.add`, `strategy.move`, `observation.record`) so they
 * read like the events of a state machine and can travel inside one (`plan.edit`).
 */
import type {
  CrucialMoment,
  CultureBuster,
  Influencer,
  Language,
  Measure,
  Observation,
  ObviousNote,
  Organization,
  PositiveDeviant,
  Strategy,
  VitalBehavior,
} from '../plan/schema.ts';

/** The kinds of listed items in a plan, each with the shape of one item. */
export interface PlanItems {
  behavior: VitalBehavior;
  strategy: Strategy;
  crucialMoment: CrucialMoment;
  positiveDeviant: PositiveDeviant;
  cultureBuster: CultureBuster;
  obvious: ObviousNote;
  influencer: Influencer;
  measure: Measure;
}

/** One kind of listed item: `behavior`, `strategy`, `measure`, … */
export type ItemKind = keyof PlanItems;

/** Kinds of item that point at vital behaviors through `behaviorIds`. */
export type LinkableKind = 'strategy' | 'crucialMoment' | 'positiveDeviant' | 'cultureBuster' | 'obvious';

/**
 * The fields a command may set on an item: all but its id (ids never change, so links stay
 * valid) and a measure's observations (recorded with `observation.*` commands).
 */
export type ItemFields<K extends ItemKind> = Omit<PlanItems[K], 'id' | 'observations'>;

/** Fields of a new item; missing ones get neutral defaults. A strategy must name its source. */
export type NewItemFields<K extends ItemKind> = K extends 'strategy'
  ? Partial<ItemFields<'strategy'>> & Pick<Strategy, 'source'>
  : Partial<ItemFields<K>>;

/** Adds an item at `at` (default: the end). Without `id`, a fresh one is generated. */
export type AddItemCommand<K extends ItemKind> = {
  type: `${K}.add`;
  id?: string;
  at?: number;
} & (K extends 'strategy' ? { fields: NewItemFields<K> } : { fields?: NewItemFields<K> });

/** Changes some fields of one item; a field set to `undefined` is cleared (optional fields only). */
export interface UpdateItemCommand<K extends ItemKind> {
  type: `${K}.update`;
  id: string;
  changes: Partial<ItemFields<K>>;
}

/** Removes one item. Removing a vital behavior also removes every link to it. */
export interface RemoveItemCommand<K extends ItemKind> {
  type: `${K}.remove`;
  id: string;
}

/** Reorders a list: the item at index `from` ends up at index `to`. */
export interface MoveItemCommand<K extends ItemKind> {
  type: `${K}.move`;
  from: number;
  to: number;
}

/** The add, update, remove and move commands of every kind of item. */
export type ItemCommand = {
  [K in ItemKind]: AddItemCommand<K> | UpdateItemCommand<K> | RemoveItemCommand<K> | MoveItemCommand<K>;
}[ItemKind];

/** Links a discovery item or a strategy to a vital behavior (does nothing if already linked). */
export interface LinkCommand {
  type: 'link';
  kind: LinkableKind;
  id: string;
  behaviorId: string;
}

/** Removes a link between a discovery item or a strategy and a vital behavior. */
export interface UnlinkCommand {
  type: 'unlink';
  kind: LinkableKind;
  id: string;
  behaviorId: string;
}

/** Records one observation of a measure; observations are kept in date order. */
export interface RecordObservationCommand {
  type: 'observation.record';
  measureId: string;
  observation: Omit<Observation, 'id'> & { id?: string };
}

/** Corrects an observation's date, value or note. */
export interface UpdateObservationCommand {
  type: 'observation.update';
  measureId: string;
  id: string;
  changes: Partial<Omit<Observation, 'id'>>;
}

/** Removes one observation of a measure. */
export interface RemoveObservationCommand {
  type: 'observation.remove';
  measureId: string;
  id: string;
}

/** Rewords the result statement. Measures have their own commands. */
export interface UpdateResultCommand {
  type: 'result.update';
  changes: { statement?: string };
}

/** The plan-wide fields a person edits; organization fields merge into the current ones. */
export interface PlanFieldChanges {
  title?: string;
  language?: Language;
  problemOfPractice?: string;
  beliefStatement?: string;
  organization?: Partial<Organization>;
}

/** Changes the title, language, organization, problem of practice or belief statement. */
export interface UpdatePlanCommand {
  type: 'plan.update';
  changes: PlanFieldChanges;
}

/** Any change a person can make to a plan. Switch on `type`. */
export type PlanCommand =
  | ItemCommand
  | LinkCommand
  | UnlinkCommand
  | RecordObservationCommand
  | UpdateObservationCommand
  | RemoveObservationCommand
  | UpdateResultCommand
  | UpdatePlanCommand;

/** The `type` of every command, e.g. `behavior.remove`. */
export type PlanCommandType = PlanCommand['type'];
