/**
 * Adding a strategy from a matrix cell: the cell fixes the behavior and the source; the person
 * picks a tactic from that source's catalogue and says what will be done. One undo step.
 */
import { useId, useRef, useState } from 'react';
import { LIMITS, newId, tacticsOf, type Source, type Tactic } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { useEditPlan } from '../plan/usePlan.ts';
import { describeRefusal } from '../editor/fields/refusal.ts';
import type { EditRefusal } from '@sixsources/core';
import { Dialog, type DialogHandle } from './Dialog.tsx';

export function NewStrategyDialog({
  source,
  behaviorId,
  behaviorName,
  onClose,
}: {
  source: Source;
  behaviorId: string | null;
  behaviorName: string;
  onClose: () => void;
}) {
  const t = useT();
  const edit = useEditPlan();
  const ids = useId();
  const tactics = tacticsOf(source);
  const [tactic, setTactic] = useState<Tactic>(tactics[0] ?? 'other');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [refusal, setRefusal] = useState<EditRefusal | null>(null);
  const dialog = useRef<DialogHandle>(null);
  const close = () => dialog.current?.close();

  const create = () => {
    const refused = edit({
      type: 'strategy.add',
      id: newId('str'),
      fields: {
        source,
        tactic,
        description: description.trim(),
        behaviorIds: behaviorId === null ? [] : [behaviorId],
        ...(owner.trim() !== '' && { owner: owner.trim() }),
      },
    });
    if (refused === null) close();
    else setRefusal(refused);
  };

  return (
    <Dialog ref={dialog} title={t('matrix.newTitle')} onClose={onClose} testId="new-strategy-dialog">
      <form
        method="dialog"
        className="dialog-form"
        data-native-undo
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <p className="muted">
          {t('matrix.newFor', { behavior: behaviorName })}
          <br />
          {t('matrix.newSource', { source: t(`domain.source.${source}`) })}
        </p>
        <fieldset className="tactic-choice">
          <legend>{t('matrix.chooseTactic')}</legend>
          {tactics.map((option, index) => (
            <label key={option} className="tactic-option">
              <input
                type="radio"
                name={`${ids}-tactic`}
                value={option}
                checked={tactic === option}
                onChange={() => setTactic(option)}
                autoFocus={index === 0}
              />
              <span>{t(`domain.tactic.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${ids}-description`}>{t('matrix.description')}</label>
          <textarea
            id={`${ids}-description`}
            rows={3}
            maxLength={LIMITS.maxLongText}
            value={description}
            aria-describedby={`${ids}-description-hint`}
            onChange={(event) => setDescription(event.target.value)}
          />
          <p id={`${ids}-description-hint`} className="field-hint">
            {t('matrix.descriptionHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-owner`}>{t('matrix.owner')}</label>
          <input id={`${ids}-owner`} type="text" maxLength={LIMITS.maxShortText} value={owner} onChange={(event) => setOwner(event.target.value)} />
        </div>
        {refusal !== null && (
          <p className="field-problem" role="alert">
            {describeRefusal(t, refusal)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button primary">
            {t('matrix.create')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('matrix.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
