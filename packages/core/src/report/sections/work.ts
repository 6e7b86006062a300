/** Strategies with owners, dates and status; and the influencers who can carry the change. */
import type { Strategy } from '../../plan/schema.ts';
import type { Tactic } from '../../plan/sources.ts';
import { isSource, sourceName, tacticNameIn } from '../../diagrams/words.ts';
import type { ReportContext } from '../context.ts';
import { mdInline, mdTable } from '../markdown.ts';
import { lookup } from '../words.ts';

function statusText(strategy: Strategy, { words, today }: ReportContext): string {
  const status = mdInline(lookup(words.statuses, strategy.status));
  const open = strategy.status === 'planned' || strategy.status === 'in-progress';
  const overdue = open && today !== undefined && strategy.due !== undefined && strategy.due < today;
  return overdue ? `${status} (**${words.overdue}**)` : status;
}

function strategyRow(strategy: Strategy, index: number, context: ReportContext): string[] {
  const { language, behaviorNumber } = context;
  const behaviors = [...new Set(strategy.behaviorIds)]
    .map((id) => behaviorNumber.get(id))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  return [
    String(index + 1),
    isSource(strategy.source) ? sourceName(language, strategy.source) : mdInline(strategy.source),
    mdInline(tacticNameIn(language, strategy.tactic as Tactic)),
    mdInline(strategy.description),
    behaviors.join(', '),
    mdInline(strategy.owner ?? ''),
    mdInline(strategy.start ?? ''),
    mdInline(strategy.due ?? ''),
    statusText(strategy, context),
  ];
}

export function strategiesSection(context: ReportContext): string {
  const { plan, words } = context;
  const c = words.strategyColumns;
  const body =
    plan.strategies.length === 0
      ? words.noStrategies
      : mdTable(
          [c.number, c.source, c.tactic, c.description, c.behaviors, c.owner, c.start, c.due, c.status],
          plan.strategies.map((strategy, i) => strategyRow(strategy, i, context)),
        );
  return `## ${words.headings.strategies}\n\n${body}`;
}

export function influencersSection({ plan, words }: ReportContext): string {
  const c = words.influencerColumns;
  const body =
    plan.influencers.length === 0
      ? words.noInfluencers
      : mdTable(
          [c.name, c.role, c.kind, c.stance, c.reach],
          plan.influencers.map((person) => [
            mdInline(person.name),
            mdInline(person.role),
            mdInline(lookup(words.influencerKinds, person.kind)),
            mdInline(lookup(words.stances, person.stance)),
            mdInline(person.reach),
          ]),
        );
  return `## ${words.headings.influencers}\n\n${body}`;
}
