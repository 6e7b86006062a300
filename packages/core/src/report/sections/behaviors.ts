/** Vital behaviors with what was found about them, and findings linked to no behavior. */
import type { CrucialMoment, CultureBuster, ObviousNote, PositiveDeviant, VitalBehavior } from '../../plan/schema.ts';
import { groupByBehavior, type ReportContext } from '../context.ts';
import { mdBlock, mdInline } from '../markdown.ts';
import { lookup } from '../words.ts';

const moment = (item: CrucialMoment) => mdInline(item.when);
const deviant = (item: PositiveDeviant) => `${mdInline(item.who)}: ${mdInline(item.practice)}`;
const buster = (item: CultureBuster) => mdInline(item.description);
const obvious = (item: ObviousNote) => mdInline(item.text);

/** A bold label and a nested list, or nothing when the list is empty. */
function labelledList(label: string, items: string[]): string[] {
  if (items.length === 0) return [];
  return [`- **${label}:**`, ...items.map((item) => `  - ${item === '' ? '—' : item}`)];
}

export function behaviorsSection(context: ReportContext): string {
  const { plan, words, behaviorNumber } = context;
  const w = words.behavior;
  const moments = groupByBehavior(plan.crucialMoments, behaviorNumber);
  const deviants = groupByBehavior(plan.positiveDeviants, behaviorNumber);
  const busters = groupByBehavior(plan.cultureBusters, behaviorNumber);
  const notes = groupByBehavior(plan.obvious, behaviorNumber);
  const parts = [`## ${words.headings.behaviors}`];
  if (plan.behaviors.length === 0) parts.push(words.noBehaviors);
  plan.behaviors.forEach((behavior: VitalBehavior, i) => {
    // Items are grouped under the first behavior with an id; a repeated id gets none.
    const own = behaviorNumber.get(behavior.id) === i + 1;
    const of = <T>(grouped: { byBehavior: Map<string, T[]> }) => (own ? (grouped.byBehavior.get(behavior.id) ?? []) : []);
    const lines = [
      `- **${w.measuredBy}:** ${mdInline(behavior.measuredBy) || '—'}`,
      `- **${w.origin}:** ${mdInline(lookup(words.origins, behavior.origin))}`,
      ...labelledList(w.moments, of(moments).map(moment)),
      ...labelledList(w.deviants, of(deviants).map(deviant)),
      ...labelledList(w.busters, of(busters).map(buster)),
      ...labelledList(w.obvious, of(notes).map(obvious)),
    ];
    parts.push(`### ${i + 1}. ${mdInline(behavior.who) || '—'}`, mdBlock(behavior.action, words.notWritten), lines.join('\n'));
  });
  const unlinked = [
    ...labelledList(w.moments, moments.unlinked.map(moment)),
    ...labelledList(w.deviants, deviants.unlinked.map(deviant)),
    ...labelledList(w.busters, busters.unlinked.map(buster)),
    ...labelledList(w.obvious, notes.unlinked.map(obvious)),
  ];
  if (unlinked.length > 0) parts.push(`### ${words.headings.unlinked}`, unlinked.join('\n'));
  return parts.join('\n\n');
}
