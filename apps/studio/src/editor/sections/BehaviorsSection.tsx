/** The vital behaviors: who does what, how it is counted, where it came from, and its crucial moments. */
import { memo, useDeferredValue, useId } from 'react';
import { BEHAVIOR_ORIGINS, type CrucialMoment, type Plan, type VitalBehavior } from '@sixsources/core';
import { useT } from '../../i18n/useT.ts';
import { useEditPlan, usePlanSelector } from '../../plan/usePlan.ts';
import { TextField } from '../fields/TextField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { ItemCard } from '../ItemCard.tsx';
import { AddItemButton } from '../AddItemButton.tsx';
import { useFindingsAt } from '../../coach/CoachContext.ts';
import { FieldNotes } from '../fields/FieldNotes.tsx';

const selectBehaviors = (plan: Plan) => plan.behaviors;
const selectMoments = (plan: Plan) => plan.crucialMoments;

export function BehaviorsSection() {
  const t = useT();
  const behaviors = usePlanSelector(selectBehaviors);
  const moments = useDeferredValue(usePlanSelector(selectMoments));
  const findings = useFindingsAt('behaviors');
  const notesId = useId();
  return (
    <section className="editor-section card" aria-labelledby="section-behaviors" aria-describedby={findings.length > 0 ? `${notesId}-notes` : undefined}>
      <h2 id="section-behaviors" data-path="behaviors" tabIndex={-1}>
        {t('editor.section.behaviors')}
      </h2>
      <p className="section-intro">{t('editor.behaviorsIntro')}</p>
      <FieldNotes id={notesId} findings={findings} refusal={null} />
      {behaviors.length === 0 ? (
        <p className="muted">{t('editor.empty')}</p>
      ) : (
        <ol className="item-list">
          {behaviors.map((behavior, index) => (
            <BehaviorCard key={behavior.id} behavior={behavior} index={index} count={behaviors.length} moments={moments} />
          ))}
        </ol>
      )}
      <AddItemButton kind="behavior" label={t('editor.add.behavior')} />
    </section>
  );
}

const BehaviorCard = memo(function BehaviorCard({
  behavior,
  index,
  count,
  moments,
}: {
  behavior: VitalBehavior;
  index: number;
  count: number;
  moments: readonly CrucialMoment[];
}) {
  const t = useT();
  const edit = useEditPlan();
  const path = `behaviors.${index}`;
  const update = (changes: Partial<Omit<VitalBehavior, 'id'>>, field?: string) =>
    edit({ type: 'behavior.update', id: behavior.id, changes }, field === undefined ? undefined : { typingIn: `behavior.${behavior.id}.${field}` });
  return (
    <ItemCard kind="behavior" id={behavior.id} index={index} count={count} name={t('editor.item.behavior', { n: index + 1 })} path={path}>
      <TextField label={t('editor.field.who')} path={`${path}.who`} value={behavior.who} hint={t('editor.hint.who')} onChange={(who) => update({ who }, 'who')} />
      <SelectField
        label={t('editor.field.origin')}
        path={`${path}.origin`}
        value={behavior.origin}
        options={BEHAVIOR_ORIGINS.map((origin) => ({ value: origin, label: t(`domain.origin.${origin}`) }))}
        onChange={(origin) => update({ origin })}
      />
      <TextField
        label={t('editor.field.action')}
        path={`${path}.action`}
        value={behavior.action}
        multiline
        hint={t('editor.hint.action')}
        onChange={(action) => update({ action }, 'action')}
      />
      <TextField
        label={t('editor.field.measuredBy')}
        path={`${path}.measuredBy`}
        value={behavior.measuredBy}
        multiline
        onChange={(measuredBy) => update({ measuredBy }, 'measuredBy')}
      />
      <fieldset className="behavior-links field-wide">
        <legend>{t('editor.behaviorMoments')}</legend>
        {moments.length === 0 ? (
          <p className="muted">{t('editor.behaviorMomentsNone')}</p>
        ) : (
          <ul>
            {moments.map((moment, momentIndex) => (
              <li key={moment.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={moment.behaviorIds.includes(behavior.id)}
                    onChange={(event) =>
                      edit({ type: event.target.checked ? 'link' : 'unlink', kind: 'crucialMoment', id: moment.id, behaviorId: behavior.id })
                    }
                  />
                  <span>{moment.when.trim() === '' ? t('editor.item.crucialMoment', { n: momentIndex + 1 }) : moment.when}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </ItemCard>
  );
});
