import type { VitalBehavior } from '@sixsources/core';
import type { Translate } from '../i18n/useT.ts';

/** How a vital behavior is named in lists and checkboxes: "K-3 teachers: run a data dig…". */
export function behaviorLabel(t: Translate, behavior: VitalBehavior, index: number, maxAction = 90): string {
  const who = behavior.who.trim();
  const action = behavior.action.trim();
  if (who === '' && action === '') return t('editor.untitledBehavior', { n: index + 1 });
  const shortAction = action.length > maxAction ? `${action.slice(0, maxAction - 1)}…` : action;
  if (who === '') return shortAction;
  if (action === '') return who;
  return t('editor.behaviorLabel', { who, action: shortAction });
}
