/**
 * The fields of one strategy: source, tactic from that source's catalogue, what will be done,
 * the behaviors it targets, owner, dates and status. Used by the editor and the matrix.
 */
import { SOURCES, STRATEGY_STATUSES, isTacticOf, tacticsOf, type Strategy } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { useEditPlan } from '../plan/usePlan.ts';
import { TextField } from './fields/TextField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { DateField } from './fields/DateField.tsx';
import { BehaviorLinks } from './BehaviorLinks.tsx';

export function StrategyFields({ strategy, index }: { strategy: Strategy; index: number }) {
  const t = useT();
  const edit = useEditPlan();
  const path = `strategies.${index}`;
  const update = (changes: Partial<Omit<Strategy, 'id'>>, field?: string) =>
    edit({ type: 'strategy.update', id: strategy.id, changes }, field === undefined ? undefined : { typingIn: `strategy.${strategy.id}.${field}` });
  return (
    <>
      <SelectField
        label={t('editor.field.source')}
        path={`${path}.source`}
        value={strategy.source}
        options={SOURCES.map((source) => ({ value: source, label: t(`domain.source.${source}`) }))}
        // A tactic of the old source would not fit the new one.
        onChange={(source) => update({ source, tactic: isTacticOf(source, strategy.tactic) ? strategy.tactic : 'other' })}
      />
      <SelectField
        label={t('editor.field.tactic')}
        path={`${path}.tactic`}
        value={strategy.tactic}
        options={tacticsOf(strategy.source).map((tactic) => ({ value: tactic, label: t(`domain.tactic.${tactic}`) }))}
        onChange={(tactic) => update({ tactic })}
      />
      <TextField
        label={t('editor.field.description')}
        path={`${path}.description`}
        value={strategy.description}
        multiline
        onChange={(description) => update({ description }, 'description')}
      />
      <BehaviorLinks kind="strategy" itemId={strategy.id} linked={strategy.behaviorIds} path={`${path}.behaviorIds`} />
      <TextField
        label={t('editor.field.owner')}
        path={`${path}.owner`}
        value={strategy.owner ?? ''}
        onChange={(owner) => update({ owner: owner === '' ? undefined : owner }, 'owner')}
      />
      <SelectField
        label={t('editor.field.status')}
        path={`${path}.status`}
        value={strategy.status}
        options={STRATEGY_STATUSES.map((status) => ({ value: status, label: t(`domain.status.${status}`) }))}
        onChange={(status) => update({ status })}
      />
      <DateField label={t('editor.field.start')} path={`${path}.start`} value={strategy.start} onChange={(start) => update({ start })} />
      <DateField label={t('editor.field.due')} path={`${path}.due`} value={strategy.due} onChange={(due) => update({ due })} />
    </>
  );
}
