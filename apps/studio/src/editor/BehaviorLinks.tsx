/** Checkboxes linking one item (a moment, a deviant, a strategy…) to the plan's vital behaviors. */
import { useId } from 'react';
import type { LinkableKind, VitalBehavior } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { useFindingsAt } from '../coach/CoachContext.ts';
import { useEditPlan } from '../plan/usePlan.ts';
import { behaviorLabel } from './behavior-labels.ts';
import { FieldNotes } from './fields/FieldNotes.tsx';

export function BehaviorLinks({
  kind,
  itemId,
  linked,
  behaviors,
  path,
  legend,
}: {
  kind: LinkableKind;
  itemId: string;
  linked: readonly string[];
  behaviors: readonly VitalBehavior[];
  /** Path of the item's `behaviorIds`, for coach findings. */
  path: string;
  legend?: string;
}) {
  const t = useT();
  const id = useId();
  const edit = useEditPlan();
  const findings = useFindingsAt(path);
  return (
    <fieldset className="behavior-links" data-path={path} tabIndex={-1} aria-describedby={findings.length > 0 ? `${id}-notes` : undefined}>
      <legend>{legend ?? t('editor.links')}</legend>
      {behaviors.length === 0 ? (
        <p className="muted">{t('editor.linksNone')}</p>
      ) : (
        <ul>
          {behaviors.map((behavior, index) => (
            <li key={behavior.id}>
              <label>
                <input
                  type="checkbox"
                  checked={linked.includes(behavior.id)}
                  onChange={(event) =>
                    edit({ type: event.target.checked ? 'link' : 'unlink', kind, id: itemId, behaviorId: behavior.id })
                  }
                />
                <span>{behaviorLabel(t, behavior, index)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldNotes id={id} findings={findings} refusal={null} />
    </fieldset>
  );
}
