/**
 * A cohort at a glance as a mermaid flowchart: one box per stage, in order, holding the
 * districts in it; paused and declined districts in boxes of their own. Blocked and paused
 * districts are marked with fixed class names; district names appear only in quoted,
 * entity-encoded labels.
 */
import { mermaidLabel, mermaidLines } from '../diagrams/mermaid-text.ts';
import type { CohortSummary } from './cohort-summary.ts';
import { ROLLOUT_STAGES, ROLLOUT_STAGE_INFO, type RolloutStatus } from './stages.ts';

/** Class names of the cohort diagram. */
export const COHORT_DIAGRAM_CLASSES = { blocked: 'blocked', paused: 'paused', declined: 'declined' } as const;

/** Criteria named on a blocked district's box before "…and N more". */
const MAX_CRITERIA_SHOWN = 2;

/** The cohort summary as a mermaid `flowchart LR`. */
export function cohortDiagram(summary: CohortSummary): string {
  const lines = ['flowchart LR'];
  const groups: RolloutStatus[] = [...ROLLOUT_STAGES];
  if (summary.byStatus.paused > 0) groups.push('paused');
  if (summary.byStatus.declined > 0) groups.push('declined');
  const marks: { id: string; className: string }[] = [];

  for (const status of groups) {
    const title = `${ROLLOUT_STAGE_INFO[status].label} (${summary.byStatus[status]})`;
    lines.push(`  subgraph stage_${status}[${mermaidLabel(title)}]`, '    direction TB');
    summary.districts.forEach((district, index) => {
      if (district.status !== status) return;
      const id = `district_${index}`;
      lines.push(`    ${id}[${mermaidLines([district.name, ...districtNotes(district)])}]`);
      if (status === 'paused') marks.push({ id, className: COHORT_DIAGRAM_CLASSES.paused });
      else if (status === 'declined') marks.push({ id, className: COHORT_DIAGRAM_CLASSES.declined });
      else if (district.blockedBy.length > 0) marks.push({ id, className: COHORT_DIAGRAM_CLASSES.blocked });
    });
    lines.push('  end');
  }
  lines.push(`  ${ROLLOUT_STAGES.map((stage) => `stage_${stage}`).join(' --> ')}`);
  lines.push(`  classDef ${COHORT_DIAGRAM_CLASSES.blocked} stroke:#b42318,stroke-width:2px`);
  lines.push(`  classDef ${COHORT_DIAGRAM_CLASSES.paused} stroke:#b45309,stroke-width:2px,stroke-dasharray:5 3`);
  lines.push(`  classDef ${COHORT_DIAGRAM_CLASSES.declined} fill:#e5e7eb,color:#4b5563`);
  for (const mark of marks) lines.push(`  class ${mark.id} ${mark.className}`);
  return `${lines.join('\n')}\n`;
}

function districtNotes(district: CohortSummary['districts'][number]): string[] {
  if (district.status === 'paused') return [`resumes ${district.pausedFrom ?? ''}`.trim()];
  if (district.blockedBy.length === 0) return [];
  const shown = district.blockedBy.slice(0, MAX_CRITERIA_SHOWN).map((item) => item.id);
  const more = district.blockedBy.length - shown.length;
  return [`blocked: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`];
}
