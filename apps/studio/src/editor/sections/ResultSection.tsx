/** The result statement and its measures. */
import { memo } from 'react';
import { CADENCES, type Measure, type MeasurePoint, type Plan } from '@sixsources/core';
import { useT } from '../../i18n/useT.ts';
import { useEditPlan, usePlanSelector } from '../../plan/usePlan.ts';
import { TextField } from '../fields/TextField.tsx';
import { NumberField } from '../fields/NumberField.tsx';
import { DateField } from '../fields/DateField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { ItemCard } from '../ItemCard.tsx';
import { AddItemButton } from '../AddItemButton.tsx';

const selectResult = (plan: Plan) => plan.result;

export function ResultSection() {
  const t = useT();
  const edit = useEditPlan();
  const result = usePlanSelector(selectResult);
  const { measures } = result;
  return (
    <section className="editor-section card" aria-labelledby="section-result" data-path="result">
      <h2 id="section-result">{t('editor.section.result')}</h2>
      <div className="field-grid">
        <TextField
          label={t('editor.field.resultStatement')}
          path="result.statement"
          value={result.statement}
          multiline
          hint={t('editor.hint.resultStatement')}
          onChange={(statement) => edit({ type: 'result.update', changes: { statement } }, { typingIn: 'result.statement' })}
        />
      </div>
      <h3 className="list-heading" data-path="result.measures" tabIndex={-1}>
        {t('editor.measures')}
      </h3>
      {measures.length === 0 ? (
        <p className="muted">{t('editor.empty')}</p>
      ) : (
        <ol className="item-list">
          {measures.map((measure, index) => (
            <MeasureCard key={measure.id} measure={measure} index={index} count={measures.length} />
          ))}
        </ol>
      )}
      <AddItemButton kind="measure" label={t('editor.add.measure')} />
    </section>
  );
}

const MeasureCard = memo(function MeasureCard({ measure, index, count }: { measure: Measure; index: number; count: number }) {
  const t = useT();
  const edit = useEditPlan();
  const path = `result.measures.${index}`;
  const update = (changes: Partial<Omit<Measure, 'id' | 'observations'>>, field?: string) =>
    edit({ type: 'measure.update', id: measure.id, changes }, field === undefined ? undefined : { typingIn: `measure.${measure.id}.${field}` });
  const point = (which: 'baseline' | 'target', change: Partial<MeasurePoint>): MeasurePoint => {
    const next: MeasurePoint = { ...measure[which], ...change };
    // An emptied value or date is left out, not stored as undefined.
    if (next.value === undefined) delete next.value;
    if (next.date === undefined) delete next.date;
    return next;
  };
  return (
    <ItemCard kind="measure" id={measure.id} index={index} count={count} name={t('editor.item.measure', { n: index + 1 })} path={path} headingLevel={4}>
      <TextField label={t('editor.field.measureName')} path={`${path}.name`} value={measure.name} onChange={(name) => update({ name }, 'name')} />
      <TextField label={t('editor.field.unit')} path={`${path}.unit`} value={measure.unit} hint={t('editor.hint.unit')} onChange={(unit) => update({ unit }, 'unit')} />
      <SelectField
        label={t('editor.field.direction')}
        path={`${path}.direction`}
        value={measure.direction}
        options={(['increase', 'decrease'] as const).map((direction) => ({ value: direction, label: t(`domain.direction.${direction}`) }))}
        onChange={(direction) => update({ direction })}
      />
      <SelectField
        label={t('editor.field.cadence')}
        path={`${path}.cadence`}
        value={measure.cadence}
        options={CADENCES.map((cadence) => ({ value: cadence, label: t(`domain.cadence.${cadence}`) }))}
        onChange={(cadence) => update({ cadence })}
      />
      <NumberField
        label={t('editor.field.baselineValue')}
        path={`${path}.baseline.value`}
        value={measure.baseline.value}
        onChange={(value) => update({ baseline: point('baseline', { value }) }, 'baseline.value')}
      />
      <DateField
        label={t('editor.field.baselineDate')}
        path={`${path}.baseline.date`}
        value={measure.baseline.date}
        onChange={(date) => update({ baseline: point('baseline', { date }) })}
      />
      <NumberField
        label={t('editor.field.targetValue')}
        path={`${path}.target.value`}
        value={measure.target.value}
        onChange={(value) => update({ target: point('target', { value }) }, 'target.value')}
      />
      <DateField
        label={t('editor.field.targetDate')}
        path={`${path}.target.date`}
        value={measure.target.date}
        onChange={(date) => update({ target: point('target', { date }) })}
      />
      <p className="muted field-wide observation-count" data-path={`${path}.observations`} tabIndex={-1}>
        {t('editor.observationCount', { count: measure.observations.length })}
      </p>
    </ItemCard>
  );
});
