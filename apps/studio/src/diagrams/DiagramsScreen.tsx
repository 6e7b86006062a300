import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { planDiagram, type Plan, type PlanDiagramKind } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { DiagramFrame } from './DiagramFrame.tsx';
import { DiagramPanel } from './DiagramPanel.tsx';
import { DiagramTabs } from './DiagramTabs.tsx';
import { fileSlug, todayIso } from './naming.ts';
import { PlanMapPanel } from './PlanMapPanel.tsx';
import { useWarmMermaid } from './useWarmMermaid.ts';

// The rollout chart brings the rollout machine with it: fetched only when that tab is chosen.
const RolloutDiagram = lazy(() => import('./RolloutDiagram.tsx').then(({ RolloutDiagram }) => ({ default: RolloutDiagram })));

/** The diagrams this screen offers: the core's four plan diagrams and the rollout stages. */
export const DIAGRAM_SCREEN_KINDS = ['plan', 'sources', 'timeline', 'rollout', 'progress'] as const;
/** One diagram of the screen. */
export type DiagramScreenKind = (typeof DIAGRAM_SCREEN_KINDS)[number];

/** Props of the diagrams screen. */
export interface DiagramsScreenProps {
  /** The open plan. */
  plan: Plan;
  /** The diagram shown first (default the plan map). */
  initialKind?: DiagramScreenKind;
}

/**
 * Diagrams of the open plan: plan map, six-source grid, timeline, rollout stages and measure
 * progress. The plan map is drawn by the studio itself, at once; the others by mermaid, which
 * is fetched once the first picture is on screen and the page is idle, or when one is shown.
 */
export function DiagramsScreen({ plan, initialKind = 'plan' }: DiagramsScreenProps) {
  const t = useT();
  const [kind, setKind] = useState<DiagramScreenKind>(initialKind);
  const [measureId, setMeasureId] = useState<string | null>(null);
  const ids = useId();
  const panelId = `${ids}-panel`;
  const tabId = (k: DiagramScreenKind) => `${ids}-tab-${k}`;
  const measures = plan.result.measures;
  const measure = measures.find((m) => m.id === measureId) ?? measures[0];

  useWarmMermaid();

  const source = useMemo(() => {
    if (kind === 'plan' || kind === 'rollout') return null;
    const options = kind === 'progress' && measure !== undefined ? { measureId: measure.id } : { today: todayIso() };
    return planDiagram(plan, kind satisfies PlanDiagramKind, options);
  }, [plan, kind, measure]);

  const name = t(`diagrams.kind.${kind}`);
  const panel = {
    label: t('diagrams.figure', { kind: name, title: plan.title }),
    caption: t(`diagrams.caption.${kind}`),
    fileName: `${fileSlug(plan.title)}-${kind}`,
  };
  return (
    <section className="diagrams-screen" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`}>{t('diagrams.title')}</h1>
      <p className="intro">{t('diagrams.intro')}</p>
      <DiagramTabs
        label={t('diagrams.kinds')}
        kinds={DIAGRAM_SCREEN_KINDS}
        selected={kind}
        nameOf={(k) => t(`diagrams.kind.${k}`)}
        onSelect={setKind}
        panelId={panelId}
        tabId={tabId}
      />
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(kind)}>
        {kind === 'progress' && measures.length > 1 && (
          <div className="diagram-options">
            <label htmlFor={`${ids}-measure`}>{t('diagrams.measure')}</label>
            <select id={`${ids}-measure`} value={measure?.id ?? ''} onChange={(event) => setMeasureId(event.target.value)}>
              {measures.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'plan' ? (
          <PlanMapPanel plan={plan} {...panel} />
        ) : kind === 'rollout' ? (
          <Suspense fallback={<DiagramFrame {...panel} source={null} picture={null} svgMarkup={() => null} pending error={null} />}>
            <RolloutDiagram planId={plan.id} {...panel} />
          </Suspense>
        ) : (
          // A new kind starts a new picture: the last good picture of another kind is never shown.
          <DiagramPanel key={kind} source={source} {...panel} />
        )}
      </div>
    </section>
  );
}
