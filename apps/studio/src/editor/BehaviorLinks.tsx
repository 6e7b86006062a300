/** Checkboxes linking one item (a moment, a deviant, a strategy…) to the plan's vital behaviors. */
import { memo, useId } from 'react';
import type { LinkableKind } from '@sixsources/core';
import { useT, type Translate } from '../i18n/useT.ts';
import { useFindingsAt } from '../coach/CoachContext.ts';
import { useEditPlan } from '../plan/usePlan.ts';
import { behaviorLabel } from './behavior-labels.ts';
import { FieldNotes } from './fields/FieldNotes.tsx';
import { useBehaviorChoice, useBehaviorChoiceIds } from './BehaviorChoices.tsx';

export function BehaviorLinks({
  kind,
  itemId,
  linked,
  path,
  legend,
}: {
  kind: LinkableKind;
  itemId: string;
  linked: readonly string[];
  /** Path of the item's `behaviorIds`, for coach findings. */
  path: string;
  legend?: string;
}) {
  const t = useT();
  const id = useId();
  const edit = useEditPlan();
  const findings = useFindingsAt(path);
  const ids = useBehaviorChoiceIds();
  const toggle = (behaviorId: string, checked: boolean) => edit({ type: checked ? 'link' : 'unlink', kind, id: itemId, behaviorId });
  return (
    <fieldset className="behavior-links" data-path={path} tabIndex={-1} aria-describedby={findings.length > 0 ? `${id}-notes` : undefined}>
      <legend>{legend ?? t('editor.links')}</legend>
      {ids.length === 0 ? (
        <p className="muted">{t('editor.linksNone')}</p>
      ) : (
        <ul>
          {ids.map((behaviorId) => (
            <BehaviorCheckbox key={behaviorId} t={t} behaviorId={behaviorId} checked={linked.includes(behaviorId)} onToggle={toggle} />
          ))}
        </ul>
      )}
      <FieldNotes id={id} findings={findings} refusal={null} />
    </fieldset>
  );
}

/** One checkbox; it re-renders when its behavior, place or state changes (`onToggle` is read when clicked). */
const BehaviorCheckbox = memo(
  function BehaviorCheckbox({
    t,
    behaviorId,
    checked,
    onToggle,
  }: {
    t: Translate;
    behaviorId: string;
    checked: boolean;
    onToggle: (behaviorId: string, checked: boolean) => void;
  }) {
    const choice = useBehaviorChoice(behaviorId);
    if (choice === undefined) return null;
    return (
      <li>
        <label>
          <input type="checkbox" checked={checked} onChange={(event) => onToggle(behaviorId, event.target.checked)} />
          <span>{behaviorLabel(t, choice.behavior, choice.index)}</span>
        </label>
      </li>
    );
  },
  (a, b) => a.t === b.t && a.behaviorId === b.behaviorId && a.checked === b.checked,
);
