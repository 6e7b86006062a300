/** Title, organization facts, problem of practice, belief statement, and the result with its measures. */
import type { Measure, MeasurePoint } from '../../plan/schema.ts';
import type { ReportContext } from '../context.ts';
import { latestObservation, progressPercent } from '../measure-progress.ts';
import { mdBlock, mdInline, mdTable } from '../markdown.ts';
import { lookup } from '../words.ts';
import { cadenceNameIn } from '../../plan/names.ts';

export function titleSection({ plan, words, today }: ReportContext): string {
  const title = mdInline(plan.title) || words.untitled;
  const facts = [words.reportOf];
  if (today !== undefined) facts.push(`${words.reportDate}: ${today}`);
  facts.push(`${words.lastUpdated}: ${mdInline(plan.updatedAt.slice(0, 10))}`);
  return `# ${title}\n\n${facts.join(' · ')}`;
}

export function organizationSection({ plan, words, number }: ReportContext): string {
  const org = plan.organization;
  const w = words.organization;
  const facts: [string, string][] = [
    [w.name, mdInline(org.name)],
    [w.kind, mdInline(lookup(words.organizationKinds, org.kind))],
  ];
  if (org.students !== undefined) facts.push([w.students, number(org.students)]);
  if (org.campuses !== undefined) facts.push([w.campuses, number(org.campuses)]);
  if (org.teachers !== undefined) facts.push([w.teachers, number(org.teachers)]);
  if (org.location !== undefined && org.location.trim() !== '') facts.push([w.location, mdInline(org.location)]);
  const list = facts.map(([label, value]) => `- **${label}:** ${value === '' ? '—' : value}`).join('\n');
  return `## ${words.headings.organization}\n\n${list}`;
}

export function problemSection({ plan, words }: ReportContext): string {
  return `## ${words.headings.problem}\n\n${mdBlock(plan.problemOfPractice, words.notWritten)}`;
}

export function beliefSection({ plan, words }: ReportContext): string {
  return `## ${words.headings.belief}\n\n${mdBlock(plan.beliefStatement, words.notWritten)}`;
}

function point(point: MeasurePoint, number: ReportContext['number']): string {
  if (point.value === undefined) return '';
  return point.date === undefined ? number(point.value) : `${number(point.value)} (${mdInline(point.date)})`;
}

function measureRow(measure: Measure, { words, number, percent, language }: ReportContext): string[] {
  const latest = latestObservation(measure);
  const progress = progressPercent(measure);
  const name = `${mdInline(measure.name)} (${mdInline(measure.unit)})`;
  const cadence = `${mdInline(cadenceNameIn(language, measure.cadence))}, ${mdInline(lookup(words.directions, measure.direction))}`;
  return [
    name,
    cadence,
    point(measure.baseline, number),
    point(measure.target, number),
    latest === undefined ? '' : `${number(latest.value)} (${mdInline(latest.date)})`,
    progress === undefined ? '' : percent(progress),
  ];
}

export function resultSection(context: ReportContext): string {
  const { plan, words } = context;
  const c = words.measureColumns;
  const measures =
    plan.result.measures.length === 0
      ? words.noMeasures
      : mdTable(
          [c.measure, c.cadence, c.baseline, c.target, c.latest, c.progress],
          plan.result.measures.map((measure) => measureRow(measure, context)),
        );
  return `## ${words.headings.result}\n\n${mdBlock(plan.result.statement, words.notWritten)}\n\n${measures}`;
}
